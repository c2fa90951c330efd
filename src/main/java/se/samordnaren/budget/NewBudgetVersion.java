package se.samordnaren.budget;

/** A new version of a year's budget: empty, or a copy of another version with its amounts ({@code copyFromId}). */
public record NewBudgetVersion(int year, BudgetVersionKind kind, String name, String note, Long copyFromId) {
}
