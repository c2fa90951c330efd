package se.samordnaren.bookkeeping.sie;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code #PSALDO} or {@code #PBUDGET}: an account's change in one month. With no objects it is the account as a whole;
 * type 3 files add one record per object beside it, so the two must never be added together. {@code line} is the
 * record's line in the file.
 */
public record PeriodBalance(int year, YearMonth period, String account, List<ObjectRef> objects, BigDecimal amount,
                            BigDecimal quantity, int line) {

    public PeriodBalance {
        objects = List.copyOf(objects);
    }

    public boolean wholeAccount() {
        return objects.isEmpty();
    }
}
