package se.samordnaren.bookkeeping;

import java.time.LocalDate;
import java.util.List;

/**
 * A CSV or Excel sheet as rows of cells: text (CSV, Excel text), a number or a date (Excel's own types). {@code number}
 * is the row's number as the user sees it (the line of a CSV file, the row of the sheet).
 */
record Table(List<Row> rows, String charset) {

    Table {
        rows = List.copyOf(rows);
    }

    record Row(int number, List<Cell> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : Cell.BLANK;
        }

        boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    sealed interface Cell permits Text, Number, Date {
        Cell BLANK = new Text("");

        boolean isBlank();

        /** The cell as a person reads it. */
        String display();
    }

    record Text(String value) implements Cell {
        public boolean isBlank() {
            return value.isBlank();
        }

        public String display() {
            return value.strip();
        }
    }

    record Number(double value) implements Cell {
        public boolean isBlank() {
            return false;
        }

        public String display() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                    : ImportAmounts.ofDouble(value).toPlainString();
        }
    }

    record Date(LocalDate value) implements Cell {
        public boolean isBlank() {
            return false;
        }

        public String display() {
            return value.toString();
        }
    }
}
