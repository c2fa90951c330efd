package se.samordnaren.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting to plan ({@code id} null) or the edited header of one ({@code id}, {@code version} as read). */
public record MeetingPlan(
        Long id,
        Integer version,
        Long bodyId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        boolean digital) {

    public static MeetingPlan of(Minutes.Header h) {
        return new MeetingPlan(h.id(), h.version(), h.bodyId(), h.date(), h.startTime(), h.endTime(), h.location(), h.digital());
    }
}
