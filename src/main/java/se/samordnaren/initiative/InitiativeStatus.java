package se.samordnaren.initiative;

/** The life of an insats; which moves are allowed is decided by the database (initiative_status_allowed). */
public enum InitiativeStatus {
    IDEA, APPLIED, GRANTED, RUNNING, EXTENDED, SHORTENED, ENDED, STOPPED;

    public String translationKey() {
        return "initiative.status." + name();
    }

    /** Ended or stopped: an actual end date is required. */
    public boolean isFinished() {
        return this == ENDED || this == STOPPED;
    }
}
