package se.samordnaren.application;

import java.time.LocalDate;

/** A decision (§) of the minutes with where and when it was taken: "Styrelsen 2021-03-19 § 5". */
public record DecisionPlace(long decisionId, String outcome, long meetingId, LocalDate meetingDate, String bodyName,
                            int paragraphNumber, String itemTitle, boolean minutesApproved) {
}
