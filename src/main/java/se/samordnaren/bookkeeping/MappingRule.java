package se.samordnaren.bookkeeping;

/**
 * A rule of the account mapping: an account, a cost object ("dim:object") or both, placed on a budget item or
 * ignored (not actuals). The most specific rule wins: account and object, then object alone, then account alone.
 */
public record MappingRule(Long id, String account, Integer dimension, String object, Long budgetItemId,
                          String budgetItemName, boolean ignored, Integer version) {

    /** "6:EVI", or null for a rule on the account alone. */
    public String objectKey() {
        return object == null ? null : dimension + ":" + object;
    }

    public boolean isNew() {
        return id == null;
    }
}
