package se.samordnaren.equity;

import java.time.LocalDate;

/**
 * A member's discharge as the form sends it: granted (on {@code grantedOn}, which is then required), refused, or
 * outstanding; {@code grantedOn} is ignored unless granted.
 */
public record DischargeDraft(long id, int version, DischargeState state, LocalDate grantedOn, String reference) {
}
