package se.samordnaren.bookkeeping.sie;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code #VER} with its rows. {@code transactions} are the rows that count (they sum to zero); {@code removed} are the
 * rows the file marks as removed afterwards ({@code #BTRANS}), kept for the record but not part of any total. Series and
 * number may be empty (type 4I files). {@code line} is the line of the {@code #VER}.
 */
public record Voucher(String series, String number, LocalDate date, String text, LocalDate registered, String sign,
                      int line, List<Transaction> transactions, List<Transaction> removed) {

    public Voucher {
        transactions = List.copyOf(transactions);
        removed = List.copyOf(removed);
    }

    /** "A 12", or "utan nummer" when the file leaves series and number empty. */
    public String label() {
        String label = (series + " " + number).strip();
        return label.isEmpty() ? "utan nummer" : label;
    }
}
