package se.samordnaren.decision;

/** A follow-up is open until a later § closes it (column follow_up.status). */
public enum FollowUpStatus {
    OPEN, CLOSED
}
