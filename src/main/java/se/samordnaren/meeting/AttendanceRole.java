package se.samordnaren.meeting;

/** How a person takes part in a meeting, as the protocol header groups them. The translation key meeting.attendanceRole.NAME gives the Swedish word. */
public enum AttendanceRole {
    DECISION_MAKER, SERVING_SUBSTITUTE, SUBSTITUTE, OTHER_PRESENT, SECRETARY;

    public String translationKey() {
        return "meeting.attendanceRole." + name();
    }
}
