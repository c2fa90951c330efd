package se.samordnaren.people;

import java.time.LocalDate;

/** A paragraph of the minutes whose decision links to a record: "Beslutat: Styrelsen 2021-03-19 § 2". */
public record DecidedAt(long meetingId, String bodyName, LocalDate meetingDate, int paragraphNumber, String note) {
}
