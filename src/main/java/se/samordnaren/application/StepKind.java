package se.samordnaren.application;

/** A step in an application's life cycle. AU_PROPOSAL and BOARD_DECISION rest on a § of the minutes. */
public enum StepKind {
    RECEIVED, PREPARED, AU_PROPOSAL, BOARD_DECISION, WITHDRAWN;

    public String translationKey() {
        return "application.step." + name();
    }
}
