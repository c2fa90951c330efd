package se.samordnaren.meeting;

import java.time.LocalDate;

/**
 * Where something was decided: "Styrelsen 2021-03-19 § 5". Use with se.samordnaren.ui.DecidedAtLink
 * (bodyName, meetingDate, paragraphNumber, meetingId).
 */
public record DecisionRef(
        long meetingId,
        String bodyName,
        LocalDate meetingDate,
        int paragraphNumber,
        DecisionOutcome outcome,
        String title) {

    /** "Styrelsen 2021-03-19 § 5" */
    public String label() {
        return bodyName + " " + meetingDate + " § " + paragraphNumber;
    }
}
