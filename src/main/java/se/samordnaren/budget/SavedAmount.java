package se.samordnaren.budget;

/** The cell's row after a save, to keep editing it: both null when the cell is empty now. */
public record SavedAmount(Long amountId, Integer amountVersion) {
}
