package se.samordnaren.bookkeeping;

import java.util.List;

/**
 * The first rows of a CSV or Excel file for choosing its columns: the columns (with the headings of the heading row),
 * the rows as text, and the settings a first guess gives (headings such as "Datum", "Konto", "Belopp").
 */
public record TableSample(List<ColumnSettings.Column> columns, List<Row> rows, ColumnSettings guess) {

    public TableSample {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row: its number in the file and its cells as a person reads them. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
