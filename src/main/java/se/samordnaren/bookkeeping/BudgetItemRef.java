package se.samordnaren.bookkeeping;

import se.samordnaren.budget.BudgetCategory;
import se.samordnaren.budget.BudgetDirection;

/** A budget item as the actuals name it: a line that lives across budget versions and years. */
public record BudgetItemRef(long id, String name, BudgetDirection direction, BudgetCategory category) {
}
