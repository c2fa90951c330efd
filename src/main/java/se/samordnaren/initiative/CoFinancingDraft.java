package se.samordnaren.initiative;

import java.math.BigDecimal;

/** Co-financing of an insats in one year: ESF, or another source named in {@code sourceName}. */
public record CoFinancingDraft(long initiativeId, CoFinancingSource source, String sourceName, int year,
                               BigDecimal amount, String note) {
}
