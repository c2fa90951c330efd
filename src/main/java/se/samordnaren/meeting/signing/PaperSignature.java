package se.samordnaren.meeting.signing;

import java.time.LocalDate;

/** A signatory's signature on the paper protocol, and the day they signed. */
public record PaperSignature(long personId, LocalDate signedOn) {
}
