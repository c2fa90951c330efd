package se.samordnaren.bookkeeping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of a bookkeeping file as it will be stored: a voucher's #TRANS, a period balance of a balances-only SIE file,
 * or a CSV/Excel row. {@code objects} are "dim:object" keys ("6:EVI"); {@code amount} is as in the file, debit
 * positive; {@code bookedOn} decides the month the row counts in.
 */
record ImportRow(int lineNo, RowSource source, String voucherSeries, String voucherNumber, LocalDate bookedOn,
                 String account, List<String> objects, BigDecimal amount, String description) {

    ImportRow {
        objects = List.copyOf(objects);
    }
}
