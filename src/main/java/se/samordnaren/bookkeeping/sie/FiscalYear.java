package se.samordnaren.bookkeeping.sie;

import java.time.LocalDate;

/** {@code #RAR}: a fiscal year; index 0 is the current year, -1 the one before. Broken years (July–June) are common. */
public record FiscalYear(int index, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
