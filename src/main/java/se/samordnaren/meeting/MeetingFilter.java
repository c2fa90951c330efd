package se.samordnaren.meeting;

/** Filters of the meetings list; null means "all". */
public record MeetingFilter(Long bodyId, Integer year, MeetingStatus status) {

    public static MeetingFilter all() {
        return new MeetingFilter(null, null, null);
    }
}
