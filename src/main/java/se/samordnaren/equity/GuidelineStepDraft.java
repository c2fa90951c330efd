package se.samordnaren.equity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A guideline step as the form sends it: new ({@code id} null) or a change of the version that was opened. */
public record GuidelineStepDraft(Long id, Integer version, LocalDate validFrom, BigDecimal allocationUpTo,
                                 BigDecimal maxShare, String source) {
}
