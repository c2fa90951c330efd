package se.samordnaren.reminder;

/** What a reminder is about (reminder.kind); subject_id is the follow-up's or the meeting's id. */
public enum ReminderKind {
    FOLLOW_UP_DUE, SIGNATURE_OUTSTANDING, SIGNING_REQUESTED
}
