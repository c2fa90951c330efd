package se.samordnaren.bookkeeping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A first guess of how to read a CSV or Excel export, from its headings ("Datum", "Konto", "Belopp" or "Debet" and
 * "Kredit", "Text", "Projekt", "Ver.nr" …), and the sample of rows the user picks the columns from.
 */
final class ColumnGuess {

    static final int SAMPLE_ROWS = 8;
    private static final int HEADING_SEARCH = 10;

    private ColumnGuess() {
    }

    static TableSample sample(Table table, char delimiter, Integer headerRow) {
        int heading = headerRow != null ? headerRow : headingRow(table);
        List<String> headings = heading <= 0 ? List.of() : table.rows().stream()
                .filter(row -> row.number() == heading).findFirst()
                .map(row -> row.cells().stream().map(Table.Cell::display).toList()).orElse(List.of());
        int width = table.rows().stream().limit(HEADING_SEARCH + SAMPLE_ROWS).mapToInt(row -> row.cells().size())
                .max().orElse(0);
        List<ColumnSettings.Column> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            columns.add(new ColumnSettings.Column(i, i < headings.size() ? headings.get(i) : null));
        }
        List<TableSample.Row> rows = table.rows().stream()
                .filter(row -> row.number() > heading && !row.isBlank()).limit(SAMPLE_ROWS)
                .map(row -> new TableSample.Row(row.number(), row.cells().stream().map(Table.Cell::display).toList()))
                .toList();
        return new TableSample(columns, rows, guess(columns, heading, delimiter));
    }

    /** The first row (of the first ten) with text in two cells and no date: the headings; 0 when the data starts at once. */
    static int headingRow(Table table) {
        for (Table.Row row : table.rows().stream().limit(HEADING_SEARCH).toList()) {
            if (row.isBlank()) {
                continue;
            }
            boolean hasDate = row.cells().stream().anyMatch(cell -> cell instanceof Table.Date
                    || (cell instanceof Table.Text text && TabularImport.parseDate(text.value().strip()) != null));
            long texts = row.cells().stream()
                    .filter(cell -> cell instanceof Table.Text text && text.value().strip().matches(".*\\p{L}.*"))
                    .count();
            if (hasDate) {
                return 0;
            }
            if (texts >= 2) {
                return row.number();
            }
        }
        return 0;
    }

    private static ColumnSettings guess(List<ColumnSettings.Column> columns, int headerRow, char delimiter) {
        ColumnSettings.Column date = find(columns, h -> h.contains("datum") || h.equals("date"));
        ColumnSettings.Column account = find(columns, h -> h.startsWith("konto") || h.equals("account"));
        ColumnSettings.Column amount = find(columns, h -> h.startsWith("belopp") || h.startsWith("summa")
                || h.equals("amount"));
        ColumnSettings.Column debit = find(columns, h -> h.startsWith("debet") || h.equals("debit"));
        ColumnSettings.Column credit = find(columns, h -> h.startsWith("kredit") || h.equals("credit"));
        ColumnSettings.Column text = find(columns, h -> h.contains("text") || h.startsWith("beskrivning")
                || h.startsWith("benämning") || h.equals("description"));
        ColumnSettings.Column object = find(columns, h -> h.startsWith("projekt") || h.startsWith("objekt")
                || h.startsWith("kostnadsställe") || h.startsWith("resultatenhet"));
        ColumnSettings.Column voucher = find(columns, h -> h.startsWith("ver") && !h.startsWith("verksamhet")
                && !h.contains("datum") && !h.contains("text"));
        if (amount != null) {
            debit = null;
            credit = null;
        }
        int dimension = object != null && object.header() != null
                && object.header().toLowerCase(Locale.ROOT).startsWith("kostnadsställe") ? 1
                : ColumnSettings.DEFAULT_OBJECT_DIMENSION;
        return new ColumnSettings(headerRow, String.valueOf(delimiter), delimiter != ',', date, account, amount, debit,
                credit, text, object, dimension, voucher);
    }

    private static ColumnSettings.Column find(List<ColumnSettings.Column> columns, Predicate<String> heading) {
        return columns.stream()
                .filter(column -> column.header() != null && heading.test(column.header().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}]", "")))
                .findFirst().orElse(null);
    }
}
