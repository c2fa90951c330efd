package se.samordnaren.bookkeeping;

/**
 * Which stored rows to list: those of one import (any state), or those behind one figure of the actuals — one budget
 * item in one month (or a whole year when {@code month} is null) of the current imports.
 */
public record RowFilter(Long importId, Long itemId, Integer year, Integer month) {

    public static RowFilter ofImport(long importId) {
        return new RowFilter(importId, null, null, null);
    }

    public static RowFilter ofImport(long importId, Long itemId) {
        return new RowFilter(importId, itemId, null, null);
    }

    public static RowFilter ofFigure(long itemId, int year, Integer month) {
        return new RowFilter(null, itemId, year, month);
    }
}
