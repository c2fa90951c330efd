package se.samordnaren.budget;

/** A budget item as the form sends it: {@code id} and {@code version} null for a new one. */
public record BudgetItemDraft(Long id, Integer version, String name, BudgetCategory category, Long memberId,
                              Long initiativeId, int position, boolean active) {

    public static BudgetItemDraft empty() {
        return new BudgetItemDraft(null, null, "", null, null, null, 0, true);
    }

    public static BudgetItemDraft of(BudgetItem item) {
        return new BudgetItemDraft(item.id(), item.version(), item.name(), item.category(), item.memberId(),
                item.initiativeId(), item.position(), item.active());
    }
}
