package se.samordnaren.bookkeeping;

import java.math.BigDecimal;

/** A number of rows and their sum. */
public record Total(int rows, BigDecimal amount) {

    public static final Total NONE = new Total(0, BigDecimal.ZERO);

    public boolean isEmpty() {
        return rows == 0;
    }
}
