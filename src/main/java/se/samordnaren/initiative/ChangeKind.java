package se.samordnaren.initiative;

/** What a change decision does to an insats: the ledger kind it writes and the status it sets (null = unchanged). */
public enum ChangeKind {
    EXTEND(GrantKind.EXTENSION, InitiativeStatus.EXTENDED),
    INCREASE(GrantKind.INCREASE, null),
    SHORTEN(GrantKind.REDUCTION, InitiativeStatus.SHORTENED),
    STOP(GrantKind.STOP, InitiativeStatus.STOPPED);

    private final GrantKind grantKind;
    private final InitiativeStatus status;

    ChangeKind(GrantKind grantKind, InitiativeStatus status) {
        this.grantKind = grantKind;
        this.status = status;
    }

    public GrantKind grantKind() {
        return grantKind;
    }

    public InitiativeStatus status() {
        return status;
    }

    public String translationKey() {
        return "initiative.change." + name();
    }
}
