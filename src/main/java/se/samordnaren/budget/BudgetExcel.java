package se.samordnaren.budget;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import se.samordnaren.ui.ExcelExport;
import se.samordnaren.ui.TableColumns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The budget screens' tables as Excel files (ui.ExcelExport: real numbers with the kr format, Swedish headers from
 * budget_sv), made from what the screen already read: no statement of their own.
 */
final class BudgetExcel {

    private BudgetExcel() {
    }

    /** One row of an exported table: a line, a subtotal or the result, with its amounts in column order. */
    record Row(String name, String category, List<BigDecimal> amounts) {
    }

    /** The "Exportera till Excel" link of a budget screen. */
    static Anchor link(Component view, String fileName, SerializableSupplier<byte[]> content) {
        return ExcelExport.downloadLink(view.getTranslation("chart.exportExcel"), fileName + ".xlsx", content);
    }

    /** The list of versions: year, name, kind, where decided, reference, and the budget year's figures. */
    static byte[] versions(Component tr, List<BudgetVersionSummary> versions) {
        TableColumns<BudgetVersionSummary> columns = TableColumns.<BudgetVersionSummary>create()
                .number(tr.getTranslation("budget.version.year"), BudgetVersionSummary::year)
                .text(tr.getTranslation("budget.version.name"), BudgetVersionSummary::name)
                .text(tr.getTranslation("budget.version.kind"), v -> tr.getTranslation(v.kind().translationKey()))
                .text(tr.getTranslation("budget.excel.decidedAt"), v -> v.decidedAt() == null
                        ? tr.getTranslation("budget.status.draft") : v.decidedAt().label())
                .text(tr.getTranslation("budget.reference"), v -> v.reference() ? tr.getTranslation("budget.excel.yes") : "")
                .money(tr.getTranslation("budget.figures.income"), BudgetVersionSummary::income)
                .money(tr.getTranslation("budget.figures.costs"), BudgetVersionSummary::costs)
                .money(tr.getTranslation("budget.figures.result"), BudgetVersionSummary::result);
        return ExcelExport.xlsx(tr.getTranslation("budget.title"), columns, versions);
    }

    /** One version: income lines, their sum, cost lines, their sum and the result, one amount column per year. */
    static byte[] version(Component tr, BudgetVersionDetail detail) {
        List<Integer> years = detail.years();
        List<Row> rows = new ArrayList<>();
        for (BudgetDirection direction : BudgetDirection.values()) {
            for (BudgetVersionDetail.Line line : detail.lines(direction)) {
                rows.add(new Row(line.name(), tr.getTranslation(line.category().translationKey()), years.stream()
                        .map(y -> line.cells().stream().filter(c -> c.year() == y).map(BudgetVersionDetail.Cell::amount)
                                .filter(java.util.Objects::nonNull).findFirst().orElse(null)).toList()));
            }
            rows.add(new Row(tr.getTranslation(direction == BudgetDirection.INCOME ? "budget.table.incomeTotal"
                    : "budget.table.costsTotal"), null, totals(detail, years,
                    direction == BudgetDirection.INCOME ? BudgetYearTotal::income : BudgetYearTotal::costs)));
        }
        rows.add(new Row(tr.getTranslation("budget.table.result"), null, totals(detail, years, BudgetYearTotal::result)));
        TableColumns<Row> columns = TableColumns.<Row>create()
                .text(tr.getTranslation("budget.table.item"), Row::name)
                .text(tr.getTranslation("budget.item.category"), Row::category);
        for (int i = 0; i < years.size(); i++) {
            int index = i;
            columns.money(years.get(i) + " (" + tr.getTranslation(i == 0 ? "budget.table.budgetYear"
                    : "budget.table.planYear") + ")", r -> r.amounts().get(index));
        }
        return ExcelExport.xlsx(detail.name(), columns, rows);
    }

    private static List<BigDecimal> totals(BudgetVersionDetail detail, List<Integer> years,
                                           Function<BudgetYearTotal, BigDecimal> figure) {
        return years.stream().map(y -> detail.totals().stream().filter(t -> t.year() == y).map(figure)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null)).toList();
    }

    /** Two versions side by side for the given years: per year A, B and the difference B − A. */
    static byte[] comparison(Component tr, BudgetComparison comparison, List<Integer> years) {
        List<Row> rows = new ArrayList<>();
        for (BudgetDirection direction : BudgetDirection.values()) {
            boolean income = direction == BudgetDirection.INCOME;
            for (BudgetComparison.Line line : comparison.lines(direction)) {
                List<BigDecimal> amounts = new ArrayList<>();
                for (int y : years) {
                    BudgetComparison.Cell cell = line.cells().stream().filter(c -> c.year() == y).findFirst()
                            .orElse(new BudgetComparison.Cell(y, null, null, null));
                    amounts.add(cell.a());
                    amounts.add(cell.b());
                    amounts.add(cell.difference());
                }
                rows.add(new Row(line.name(), tr.getTranslation(line.category().translationKey()), amounts));
            }
            rows.add(new Row(tr.getTranslation(income ? "budget.table.incomeTotal" : "budget.table.costsTotal"), null,
                    figures(comparison, years, income ? BudgetComparison.Totals::income : BudgetComparison.Totals::costs)));
        }
        rows.add(new Row(tr.getTranslation("budget.table.result"), null,
                figures(comparison, years, BudgetComparison.Totals::result)));
        TableColumns<Row> columns = TableColumns.<Row>create()
                .text(tr.getTranslation("budget.table.item"), Row::name)
                .text(tr.getTranslation("budget.item.category"), Row::category);
        int index = 0;
        for (int y : years) {
            for (String side : List.of("A", "B", tr.getTranslation("budget.compare.difference"))) {
                int i = index++;
                columns.money(y + " " + side, r -> r.amounts().get(i));
            }
        }
        String title = tr.getTranslation("budget.compare.caption", comparison.a().name(), comparison.b().name());
        return ExcelExport.xlsx(List.of(new ExcelExport.SheetData<>(tr.getTranslation("budget.compare.title"), title,
                columns, rows)));
    }

    private static List<BigDecimal> figures(BudgetComparison comparison, List<Integer> years,
                                            Function<BudgetComparison.Totals, BudgetComparison.Figures> figures) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (int y : years) {
            BudgetComparison.Figures f = comparison.totals().stream().filter(t -> t.year() == y).findFirst()
                    .map(figures).orElse(new BudgetComparison.Figures(null, null, null));
            amounts.add(f.a());
            amounts.add(f.b());
            amounts.add(f.difference());
        }
        return amounts;
    }
}
