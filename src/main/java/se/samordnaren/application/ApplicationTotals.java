package se.samordnaren.application;

import java.math.BigDecimal;

/** The applications a filter matches, counted, with the money their latest versions ask for. */
public record ApplicationTotals(int count, BigDecimal requestedTotal) {
}
