package se.samordnaren.budget;

/**
 * A budget line that lives across versions and years ("Kansli", "IRIS", "Tilldelning Lunds kommun"): its direction
 * follows its category; an allocation line names its member, an insats line may name its insats.
 */
public record BudgetItem(long id, int version, String name, BudgetDirection direction, BudgetCategory category,
                         Long memberId, String memberName, Long initiativeId, String initiativeName, int position,
                         boolean active) {

    /** What the line is tied to: the member of an allocation line, the insats of an insats line, or nothing. */
    public String linkedTo() {
        return memberName != null ? memberName : initiativeName;
    }
}
