package se.samordnaren.reminder;

import java.time.LocalDate;

/**
 * One reminder on a user's start page: what it is about (a follow-up's description, or the minutes "Styrelsen
 * 2021-03-19"), when it is due, and where to go (a route of the application).
 */
public record Reminder(long id, int version, ReminderKind kind, long subjectId, LocalDate dueOn, String subject,
                       LocalDate meetingDate, String href) {
}
