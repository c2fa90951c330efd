package se.samordnaren.budget;

/** Whether a budget item brings money in or spends it; amounts are always positive. */
public enum BudgetDirection {
    INCOME, COST;

    public String translationKey() {
        return "budget.direction." + name();
    }
}
