package se.samordnaren.initiative;

import java.math.BigDecimal;

public record CoFinancingDraft(long initiativeId, CoFinancingSource source, String sourceName, int year,
                               BigDecimal amount, String note) {
}
