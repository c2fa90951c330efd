package se.samordnaren.bookkeeping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A bookkeeping file read whole and found sound: what it says about itself (program, company, period), its rows, the
 * names it gives accounts and objects, and what was tolerated (Swedish warnings).
 */
record ParsedFile(ImportFormat format, String program, String company, String orgNumber, String charset,
                  LocalDate periodStart, LocalDate periodEnd, int vouchers, List<ImportRow> rows,
                  Map<String, String> accountNames, Map<String, String> objectNames, List<String> warnings) {

    ParsedFile {
        rows = List.copyOf(rows);
        accountNames = Map.copyOf(accountNames);
        objectNames = Map.copyOf(objectNames);
        warnings = List.copyOf(warnings);
    }
}
