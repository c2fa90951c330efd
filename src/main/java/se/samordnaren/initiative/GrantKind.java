package se.samordnaren.initiative;

/** A row of the grant ledger: the first grant, or an adjustment by a change decision (signed amount). */
public enum GrantKind {
    GRANT, EXTENSION, INCREASE, REDUCTION, STOP;

    public String translationKey() {
        return "initiative.grantKind." + name();
    }

    public boolean isNegative() {
        return this == REDUCTION || this == STOP;
    }
}
