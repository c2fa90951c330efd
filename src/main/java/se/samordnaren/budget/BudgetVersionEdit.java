package se.samordnaren.budget;

/** A version's name, kind and note, with the version number the user saw (optimistic locking). */
public record BudgetVersionEdit(long id, int version, String name, BudgetVersionKind kind, String note) {
}
