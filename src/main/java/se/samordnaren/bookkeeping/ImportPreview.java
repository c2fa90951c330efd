package se.samordnaren.bookkeeping;

import java.time.LocalDate;
import java.util.List;

/**
 * What saving a file would import, before anything is saved: the file's program, company and period, its vouchers
 * and rows, the totals per budget item, what is ignored by rule or is no actual at all (balance-sheet accounts), the
 * result accounts no rule places yet, the earlier imports it would replace, earlier imports of the very same file,
 * and warnings. {@code refusal} is the Swedish reason when the file cannot be imported at all (naming the line);
 * {@code needsColumns} when a CSV or Excel file has no column settings yet.
 */
public record ImportPreview(String fileName, ImportFormat format, String refusal, boolean needsColumns,
                            String program, String company, String orgNumber, String charset,
                            LocalDate periodStart, LocalDate periodEnd, int vouchers, int rows,
                            List<ItemTotal> totals, Total ignored, Total balance, List<UnmappedAccount> unmapped,
                            List<ImportSummary> replaces, List<ImportSummary> sameFile, List<String> warnings) {

    public ImportPreview {
        totals = List.copyOf(totals);
        unmapped = List.copyOf(unmapped);
        replaces = List.copyOf(replaces);
        sameFile = List.copyOf(sameFile);
        warnings = List.copyOf(warnings);
    }

    static ImportPreview refused(String fileName, ImportFormat format, String refusal) {
        return new ImportPreview(fileName, format, refusal, false, null, null, null, null, null, null, 0, 0,
                List.of(), Total.NONE, Total.NONE, List.of(), List.of(), List.of(), List.of());
    }

    static ImportPreview columnsNeeded(String fileName, ImportFormat format) {
        return new ImportPreview(fileName, format, null, true, null, null, null, null, null, null, 0, 0,
                List.of(), Total.NONE, Total.NONE, List.of(), List.of(), List.of(), List.of());
    }

    /** Whether the file can be saved as it is: readable, columns chosen, every result account placed. */
    public boolean canSave() {
        return refusal == null && !needsColumns && unmapped.isEmpty() && rows > 0;
    }
}
