package se.samordnaren.meeting;

/**
 * Published by {@link MeetingService#approve} inside the approving transaction, after the database has taken the
 * minutes' copies of names ({@link AsApproved}). Listeners run in that transaction: the printed protocol is stored
 * there ({@code meeting.pdf}), and if a listener fails the approval is rolled back.
 */
public record MinutesApproved(long meetingId) {
}
