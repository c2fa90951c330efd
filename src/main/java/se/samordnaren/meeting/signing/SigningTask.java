package se.samordnaren.meeting.signing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Minutes waiting for the signed-in user's signature (the start page's "Att justera"). */
public record SigningTask(long meetingId, String bodyName, LocalDate meetingDate, OffsetDateTime requestedAt) {
}
