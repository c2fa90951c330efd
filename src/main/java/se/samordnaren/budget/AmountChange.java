package se.samordnaren.budget;

import java.math.BigDecimal;

/**
 * One cell of a version typed by the user: the amount of an item in a year ({@code null}: emptied). The cell's row
 * as the user saw it: {@code amountId} and {@code amountVersion} null when it was empty.
 */
public record AmountChange(long versionId, long itemId, int year, BigDecimal amount, Long amountId,
                           Integer amountVersion) {
}
