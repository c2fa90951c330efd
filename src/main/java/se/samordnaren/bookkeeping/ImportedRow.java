package se.samordnaren.bookkeeping;

import se.samordnaren.budget.BudgetDirection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored bookkeeping row with its import and budget item. {@code amount} is as in the file (debit positive);
 * {@code actual} is what it adds to its budget item (income and costs positive), null when it is on no item.
 */
public record ImportedRow(long id, long importId, int lineNo, RowSource source, String voucher, LocalDate bookedOn,
                          String account, String accountName, List<String> objects, BigDecimal amount,
                          String description, Long itemId, String itemName, BudgetDirection direction,
                          BigDecimal actual) {

    public ImportedRow {
        objects = List.copyOf(objects);
    }
}
