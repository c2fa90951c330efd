package se.samordnaren.equity;

import java.math.BigDecimal;

/**
 * "How much must be spent (or may be kept) to come within the guideline by the end of {@code year}": the forecast
 * (or, for a closed year, the actual) equity at the year's end minus the allowed level, in kronor. {@code mustSpend}:
 * the equity is above the guideline and {@code amount} more than planned must be spent by then; otherwise
 * {@code amount} is the room below the allowed level that may be kept.
 */
public record SpendingTarget(int year, boolean forecast, BigDecimal equityEnd, BigDecimal allowed,
                             BigDecimal maxShare, String source, BigDecimal amount, boolean mustSpend) {
}
