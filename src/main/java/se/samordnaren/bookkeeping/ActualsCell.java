package se.samordnaren.bookkeeping;

import se.samordnaren.budget.BudgetDirection;

import java.math.BigDecimal;

/**
 * One figure of the actuals: a budget item in a month, with the amount entered by hand ({@code manual}, null when
 * none) and what the current imports' rows add (their number and sum).
 */
public record ActualsCell(long itemId, String itemName, BudgetDirection direction, int year, int month,
                          ManualEntry manual, Total imported) {

    public BigDecimal total() {
        BigDecimal hand = manual == null || manual.amount() == null ? BigDecimal.ZERO : manual.amount();
        return hand.add(imported.amount());
    }
}
