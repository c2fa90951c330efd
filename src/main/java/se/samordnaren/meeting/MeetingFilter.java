package se.samordnaren.meeting;

import java.time.LocalDate;

/** Filters of the meetings list; null means "all". {@code from}: meetings on or after that day. */
public record MeetingFilter(Long bodyId, Integer year, MeetingStatus status, LocalDate from) {

    public MeetingFilter(Long bodyId, Integer year, MeetingStatus status) {
        this(bodyId, year, status, null);
    }

    public static MeetingFilter all() {
        return new MeetingFilter(null, null, null, null);
    }
}
