package se.samordnaren.initiative;

import se.samordnaren.ui.DecidedAtLink;

import java.time.LocalDate;

/** Where a decision was taken: the data of a DecidedAtLink ("Styrelsen 2021-03-19 § 5"). */
public record DecisionRef(long decisionId, long meetingId, String bodyName, LocalDate meetingDate, int paragraphNumber,
                          String itemTitle, String outcome) {

    public String label() {
        return DecidedAtLink.label(bodyName, meetingDate, paragraphNumber);
    }

    public String href() {
        return DecidedAtLink.href(meetingId, paragraphNumber);
    }
}
