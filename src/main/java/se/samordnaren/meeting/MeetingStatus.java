package se.samordnaren.meeting;

/** The life of a meeting: planned, held, approved (justerat; then the minutes are locked). The translation key meeting.status.NAME gives the Swedish word. */
public enum MeetingStatus {
    PLANNED, HELD, APPROVED;

    public String translationKey() {
        return "meeting.status." + name();
    }
}
