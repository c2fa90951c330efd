package se.samordnaren.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table, defined once and used twice: as a Vaadin {@link Grid} on the screen (money as
 * "1 400 000 kr", right-aligned; a cell with a link opens the figure's source) and as an Excel sheet through
 * {@link ExcelExport} (real numbers and dates). Headers are what the view passes, i.e. its translated texts.
 */
public final class TableColumns<T> implements Serializable {

    /** What a column holds, which decides how it is shown and how it is written to Excel. */
    public enum Kind {
        TEXT, MONEY, NUMBER,
        /** A percentage as 0–100 (75 means 75 %). */
        PERCENT,
        DATE
    }

    /** One column: its header, kind, value and (optionally) where a click on the value leads. */
    public record Column<T>(String header, Kind kind, SerializableFunction<T, ?> value,
                            SerializableFunction<T, String> link) implements Serializable {

        public Object valueOf(T row) {
            return value.apply(row);
        }

        /** The value as shown on the screen ("1 400 000 kr", "75 %", "2021-03-19"); empty for no value. */
        public String display(T row) {
            Object v = value.apply(row);
            if (v == null) {
                return "";
            }
            return switch (kind) {
                case TEXT -> v.toString();
                case MONEY -> Formats.money(decimal(v));
                case NUMBER -> Formats.number(decimal(v));
                case PERCENT -> Formats.percent(decimal(v).setScale(0, java.math.RoundingMode.HALF_UP));
                case DATE -> Formats.date((LocalDate) v);
            };
        }

        /** Where the value leads, or null. */
        public String linkOf(T row) {
            return link == null ? null : link.apply(row);
        }

        static BigDecimal decimal(Object v) {
            return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
        }
    }

    private final List<Column<T>> columns = new ArrayList<>();

    private TableColumns() {
    }

    public static <T> TableColumns<T> create() {
        return new TableColumns<>();
    }

    public TableColumns<T> text(String header, SerializableFunction<T, String> value) {
        return add(header, Kind.TEXT, value, null);
    }

    public TableColumns<T> text(String header, SerializableFunction<T, String> value, SerializableFunction<T, String> link) {
        return add(header, Kind.TEXT, value, link);
    }

    public TableColumns<T> money(String header, SerializableFunction<T, BigDecimal> value) {
        return add(header, Kind.MONEY, value, null);
    }

    public TableColumns<T> money(String header, SerializableFunction<T, BigDecimal> value, SerializableFunction<T, String> link) {
        return add(header, Kind.MONEY, value, link);
    }

    public TableColumns<T> number(String header, SerializableFunction<T, ? extends Number> value) {
        return add(header, Kind.NUMBER, value, null);
    }

    /** A percentage given as 0–100. */
    public TableColumns<T> percent(String header, SerializableFunction<T, BigDecimal> value) {
        return add(header, Kind.PERCENT, value, null);
    }

    public TableColumns<T> date(String header, SerializableFunction<T, LocalDate> value) {
        return add(header, Kind.DATE, value, null);
    }

    public TableColumns<T> date(String header, SerializableFunction<T, LocalDate> value, SerializableFunction<T, String> link) {
        return add(header, Kind.DATE, value, link);
    }

    private TableColumns<T> add(String header, Kind kind, SerializableFunction<T, ?> value, SerializableFunction<T, String> link) {
        columns.add(new Column<>(header, kind, value, link));
        return this;
    }

    public List<Column<T>> columns() {
        return List.copyOf(columns);
    }

    /** A grid showing all these rows (no paging: for the short tables of a dashboard or a report). */
    public Grid<T> grid(List<T> rows) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addClassName("table-columns-grid");
        boolean first = true;
        for (Column<T> column : columns) {
            Grid.Column<T> c = grid.addComponentColumn(row -> cell(column, row))
                    .setHeader(column.header())
                    .setAutoWidth(true)
                    .setResizable(true);
            if (column.kind() == Kind.TEXT && first) {
                c.setFlexGrow(1).setFrozen(true);
            } else {
                c.setFlexGrow(0);
            }
            if (column.kind() == Kind.MONEY || column.kind() == Kind.NUMBER || column.kind() == Kind.PERCENT) {
                c.setTextAlign(ColumnTextAlign.END);
            }
            first = false;
        }
        grid.setItems(rows);
        return grid;
    }

    private static <T> Component cell(Column<T> column, T row) {
        String text = column.display(row);
        String link = column.linkOf(row);
        if (link == null || text.isEmpty()) {
            return new Span(text);
        }
        return new Anchor(link, text);
    }
}
