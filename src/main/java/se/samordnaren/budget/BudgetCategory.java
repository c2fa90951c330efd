package se.samordnaren.budget;

/** What a budget item is: the members' allocation and other income, or the insatser, the office, the board, other activities. */
public enum BudgetCategory {
    ALLOCATION(BudgetDirection.INCOME),
    OTHER_INCOME(BudgetDirection.INCOME),
    INITIATIVE(BudgetDirection.COST),
    OFFICE(BudgetDirection.COST),
    BOARD(BudgetDirection.COST),
    ACTIVITY(BudgetDirection.COST),
    OTHER_COST(BudgetDirection.COST);

    private final BudgetDirection direction;

    BudgetCategory(BudgetDirection direction) {
        this.direction = direction;
    }

    public BudgetDirection direction() {
        return direction;
    }

    public String translationKey() {
        return "budget.category." + name();
    }
}
