package se.samordnaren.bookkeeping;

import java.math.BigDecimal;
import java.util.List;

/**
 * An account in the current imports: its name from the file, its rows and net amount (debit positive), whether it is a
 * balance-sheet account (never actuals), how many of its rows no rule places now, the budget items its rows go to,
 * and whether a rule ignores some of them.
 */
public record SeenAccount(String account, String name, int rows, BigDecimal amount, boolean balance,
                          int unmappedRows, List<String> items, boolean ignored) {

    public SeenAccount {
        items = List.copyOf(items);
    }
}
