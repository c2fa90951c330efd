package se.samordnaren.initiative;

/**
 * Filters of the insats list; null = any. {@code grantYear}: has granted money that year (and the list shows that
 * year's money); {@code runningInYear}: the period overlaps that year.
 */
public record InitiativeFilter(InitiativeStatus status, String owner, Integer grantYear, Orientation orientation,
                               Integer runningInYear, String text) {

    public static InitiativeFilter none() {
        return new InitiativeFilter(null, null, null, null, null, null);
    }
}
