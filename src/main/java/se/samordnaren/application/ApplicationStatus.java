package se.samordnaren.application;

/** The state of an application, kept by the database from its latest step. */
public enum ApplicationStatus {
    RECEIVED, PREPARED, PROPOSED, REFERRED_BACK, DECIDED_GRANTED, DECIDED_REJECTED, WITHDRAWN;

    public String translationKey() {
        return "application.status." + name();
    }

    public boolean isFinal() {
        return this == DECIDED_GRANTED || this == WITHDRAWN;
    }
}
