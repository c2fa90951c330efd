package se.samordnaren.equity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One step of the national guideline: from {@code validFrom}, an association whose allocation is at most
 * {@code allocationUpTo} (null: any size) may keep {@code maxShare} % of it as equity. {@code inForce}: the step
 * belongs to the set that applies today.
 */
public record GuidelineStep(long id, LocalDate validFrom, BigDecimal allocationUpTo, BigDecimal maxShare,
                            String source, int version, boolean inForce) {
}
