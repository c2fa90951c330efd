package se.samordnaren.bookkeeping;

import se.samordnaren.budget.BudgetDirection;

import java.math.BigDecimal;

/**
 * What rows add up to on one budget item, signed as actuals are: income received and costs spent both positive.
 */
public record ItemTotal(long itemId, String itemName, BudgetDirection direction, int rows, BigDecimal amount) {
}
