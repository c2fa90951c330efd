package se.samordnaren.equity;

import java.time.LocalDate;

/** A member's discharge as the form sends it: granted on a date, refused, or neither (outstanding). */
public record DischargeDraft(long id, int version, LocalDate grantedOn, boolean refused, String reference) {
}
