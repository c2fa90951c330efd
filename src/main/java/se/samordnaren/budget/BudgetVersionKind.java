package se.samordnaren.budget;

/** The budget decided in autumn (with its plan years), the revised one (the year's reference), or a working draft. */
public enum BudgetVersionKind {
    BUDGET, REVISED, DRAFT;

    public String translationKey() {
        return "budget.versionKind." + name();
    }
}
