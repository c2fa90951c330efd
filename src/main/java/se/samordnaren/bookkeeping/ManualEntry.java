package se.samordnaren.bookkeeping;

import java.math.BigDecimal;

/**
 * An actual entered by hand for one budget item and month (positive: income received, cost spent); {@code id} and
 * {@code version} null for one not saved yet; {@code amount} null to remove it.
 */
public record ManualEntry(Long id, long itemId, int year, int month, BigDecimal amount, String note, Integer version) {
}
