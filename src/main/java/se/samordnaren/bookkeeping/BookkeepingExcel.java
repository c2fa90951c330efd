package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.ui.ExcelExport;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.TableColumns;

import java.util.List;

/**
 * The bookkeeping screens' tables as Excel files (ui.ExcelExport: real numbers with the kr format, Swedish headers
 * from bookkeeping_sv), made from what the screen already read: no statement of their own.
 */
final class BookkeepingExcel {

    private BookkeepingExcel() {
    }

    /** The "Exportera till Excel" link of a bookkeeping screen. */
    static Anchor link(Component view, String fileName, SerializableSupplier<byte[]> content) {
        return ExcelExport.downloadLink(view.getTranslation("chart.exportExcel"), fileName + ".xlsx", content);
    }

    /** The actuals of a year: per line (item, the sums, the result) twelve months and the whole year. */
    static byte[] actuals(Component tr, ActualsYear year) {
        TableColumns<ActualsLine> columns = TableColumns.<ActualsLine>create()
                .text(tr.getTranslation("bookkeeping.actuals.item"), line -> name(tr, line));
        for (int month = 1; month <= 12; month++) {
            int m = month;
            columns.money(capitalised(Formats.monthName(m)), line -> line.month(m));
        }
        columns.money(tr.getTranslation("bookkeeping.actuals.total"), ActualsLine::total);
        return ExcelExport.xlsx(tr.getTranslation("bookkeeping.actuals.title") + " " + year.year(), columns,
                year.lines());
    }

    /** What one import brought per budget item: rows and amount. */
    static byte[] importTotals(Component tr, ImportDetail detail) {
        TableColumns<ItemTotal> columns = TableColumns.<ItemTotal>create()
                .text(tr.getTranslation("bookkeeping.actuals.item"), ItemTotal::itemName)
                .number(tr.getTranslation("bookkeeping.import.rowsColumn"), ItemTotal::rows)
                .money(tr.getTranslation("bookkeeping.rows.actual"), ItemTotal::amount);
        return ExcelExport.xlsx(List.of(new ExcelExport.SheetData<>(tr.getTranslation("bookkeeping.detail.title"),
                detail.summary().fileName(), columns, detail.totals())));
    }

    private static String name(Component tr, ActualsLine line) {
        return switch (line.kind()) {
            case ITEM -> line.name();
            case SUBTOTAL -> tr.getTranslation(line.direction() == BudgetDirection.INCOME
                    ? "bookkeeping.actuals.incomeTotal" : "bookkeeping.actuals.costTotal");
            case RESULT -> tr.getTranslation("bookkeeping.actuals.result");
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
