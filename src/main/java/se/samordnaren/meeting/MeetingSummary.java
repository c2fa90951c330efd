package se.samordnaren.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** One row of the meetings list. */
public record MeetingSummary(
        long id,
        long bodyId,
        String bodyName,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        boolean digital,
        MeetingStatus status,
        int paragraphCount) {
}
