package se.samordnaren.bookkeeping.sie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of a voucher ({@code #TRANS}); debit positive, credit negative. {@code date} is the row's own date or, when the
 * file gives none, the voucher's. {@code added} marks a row the file flags as added afterwards ({@code #RTRANS} with
 * its {@code #TRANS}, counted once); {@code quantity}, {@code text} and {@code sign} may be null.
 */
public record Transaction(String account, List<ObjectRef> objects, BigDecimal amount, LocalDate date, String text,
                          BigDecimal quantity, String sign, boolean added, int line) {

    public Transaction {
        objects = List.copyOf(objects);
    }
}
