package se.samordnaren.bookkeeping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A saved import without its file: what, which period, who and when, and whether a later import replaced it. */
public record ImportSummary(long id, String fileName, ImportFormat format, LocalDate periodStart, LocalDate periodEnd,
                            String program, String company, int vouchers, int rowCount, OffsetDateTime importedAt,
                            String importedBy, Long replacedById) {

    public boolean current() {
        return replacedById == null;
    }
}
