package se.samordnaren.budget;

import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;

/**
 * One version in the list of budgets: what it is, where it was decided (null while a draft), whether it is its
 * year's reference, what it was copied from, and the figures of its budget year.
 */
public record BudgetVersionSummary(long id, int version, int year, BudgetVersionKind kind, String name,
                                   ParagraphRef decidedAt, boolean reference, Long copiedFromId,
                                   String copiedFromName, BigDecimal income, BigDecimal costs, BigDecimal result) {

    public boolean decided() {
        return decidedAt != null;
    }
}
