package se.samordnaren.bookkeeping;

import java.util.List;

/**
 * One saved import: its summary, the file's size and SHA-256, what its rows add up to per budget item, what was
 * ignored by rule and what is on balance-sheet accounts, the warnings of its reading, and the import that replaced it.
 */
public record ImportDetail(ImportSummary summary, long sizeBytes, String sha256,
                           List<ItemTotal> totals, Total ignored, Total balance, List<String> warnings,
                           ImportSummary replacedBy) {

    public ImportDetail {
        totals = List.copyOf(totals);
        warnings = List.copyOf(warnings);
    }
}
