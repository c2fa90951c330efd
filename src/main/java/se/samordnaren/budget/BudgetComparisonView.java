package se.samordnaren.budget;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.budget.BudgetComparison.Cell;
import se.samordnaren.budget.BudgetComparison.Figures;
import se.samordnaren.budget.BudgetComparison.Line;
import se.samordnaren.budget.BudgetComparison.Side;
import se.samordnaren.budget.BudgetComparison.Totals;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.StaticMarkup;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Two budget versions side by side: per line and year the amount in a, in b and the difference (b − a), the
 * subtotals of income and costs and the result. A year can be picked to make the table fit a phone.
 */
@Route("budget/jamfor/:a([0-9]{1,18})/:b([0-9]{1,18})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/budget.css")
class BudgetComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BudgetQueries queries;

    BudgetComparison comparison;
    final Div header = new Div();
    final Select<Integer> year = new Select<>();
    final Button swap = new Button();
    /** "Exportera till Excel": the comparison for the shown year(s). */
    final Div excelExport = new Div();
    /** The table, as markup ({@link StaticMarkup}): only shows, and a component per cell was ~0.85 MB per open page. */
    final Div tableArea = new Div();

    BudgetComparisonView(BudgetQueries queries) {
        this.queries = queries;
        addClassName("budget-view");
        setWidthFull();
        setMaxWidth("1400px");
        year.setLabel(getTranslation("budget.compare.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("budget.compare.allYears"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("budget.compare.allYears") : String.valueOf(y));
        year.addValueChangeListener(e -> showTable());
        swap.setText(getTranslation("budget.compare.swap"));
        swap.setIcon(VaadinIcon.EXCHANGE.create());
        swap.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        swap.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("budget/jamfor/" + comparison.b().id() + "/"
                + comparison.a().id())));
        excelExport.addClassName("excel-export-slot");
        excelExport.add(BudgetExcel.link(this, getTranslation("budget.compare.title"),
                () -> BudgetExcel.comparison(this, comparison, shownYears())));
        HorizontalLayout tools = new HorizontalLayout(year, swap, excelExport);
        tools.setAlignItems(Alignment.BASELINE);
        tools.addClassName("budget-actions");
        tableArea.setWidthFull();
        header.setWidthFull();
        add(header, tools, tableArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        var found = params.getLong("a").flatMap(a -> params.getLong("b").flatMap(b -> queries.compare(a, b)));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        comparison = found.get();
        showHeader();
        year.setItems(comparison.years());
        year.setValue(null);
        showTable();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void showHeader() {
        header.removeAll();
        Anchor back = new Anchor("budget", "← " + getTranslation("budget.backToList"));
        back.addClassName("sub-label");
        Div sides = new Div(side("A", comparison.a()), side("B", comparison.b()));
        sides.addClassName("budget-compare-sides");
        Span explain = new Span(getTranslation("budget.compare.explain"));
        explain.addClassName("sub-label");
        header.add(back, new H1(getTranslation("budget.compare.title")), sides, explain);
    }

    private Div side(String letter, Side side) {
        Span mark = new Span(letter);
        mark.addClassName("budget-side-mark");
        Div div = new Div(mark, new Anchor("budget/" + side.id(), side.name()), BudgetUi.kindBadge(this, side.kind()),
                BudgetUi.status(this, side.decidedAt()));
        div.addClassName("budget-compare-side");
        return div;
    }

    /** The table for the chosen year (or all), from the comparison already read: no statement. */
    void showTable() {
        List<Integer> years = shownYears();
        NativeTable table = new NativeTable();
        table.addClassNames("budget-table", "budget-compare-table");
        table.setCaptionText(getTranslation("budget.compare.caption", comparison.a().name(), comparison.b().name()));
        NativeTableRow yearsRow = table.getHead().addRow();
        NativeTableHeaderCell item = header(getTranslation("budget.table.item"), "col");
        item.getElement().setAttribute("rowspan", "2");
        item.addClassName("item-head");
        yearsRow.add(item);
        NativeTableRow sidesRow = table.getHead().addRow();
        for (int y : years) {
            NativeTableHeaderCell yearCell = header(String.valueOf(y), "colgroup");
            yearCell.getElement().setAttribute("colspan", "3");
            yearCell.addClassName("year");
            yearsRow.add(yearCell);
            sidesRow.add(header("A", "col"), header("B", "col"), header(getTranslation("budget.compare.difference"), "col"));
        }
        group(table.getBody(), years, BudgetDirection.INCOME);
        group(table.addBody(), years, BudgetDirection.COST);
        NativeTableRow result = table.getFoot().addRow();
        result.addClassName("result");
        result.add(header(getTranslation("budget.table.result"), "row"));
        totalCells(result, years, Totals::result);
        Div scroll = new Div(table);
        scroll.addClassName("budget-table-scroll");
        // It scrolls sideways on a phone: reachable by keyboard (arrows scroll it), named for a screen reader.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("budget.compare.title"));
        tableArea.removeAll();
        tableArea.add(StaticMarkup.freeze(scroll));
    }

    /** The chosen year, or all years of the comparison. */
    List<Integer> shownYears() {
        return year.getValue() == null ? comparison.years() : List.of(year.getValue());
    }

    private void group(NativeTableBody body, List<Integer> years, BudgetDirection direction) {
        boolean income = direction == BudgetDirection.INCOME;
        NativeTableRow title = body.addRow();
        title.addClassName("group");
        NativeTableHeaderCell titleCell = header(getTranslation(income ? "budget.table.income" : "budget.table.costs"), "colgroup");
        titleCell.getElement().setAttribute("colspan", String.valueOf(years.size() * 3 + 1));
        title.add(titleCell);
        for (Line line : comparison.lines(direction)) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell name = header(line.name(), "row");
            Span category = new Span(getTranslation(line.category().translationKey()));
            category.addClassName("sub-label");
            name.add(category);
            row.add(name);
            for (int y : years) {
                Cell cell = line.cells().stream().filter(c -> c.year() == y).findFirst()
                        .orElse(new Cell(y, null, null, null));
                row.add(amount(cell.a()), amount(cell.b()), difference(cell.difference()));
            }
        }
        NativeTableRow subtotal = body.addRow();
        subtotal.addClassName("subtotal");
        subtotal.add(header(getTranslation(income ? "budget.table.incomeTotal" : "budget.table.costsTotal"), "row"));
        totalCells(subtotal, years, income ? Totals::income : Totals::costs);
    }

    private void totalCells(NativeTableRow row, List<Integer> years, Function<Totals, Figures> figures) {
        for (int y : years) {
            Figures f = comparison.totals().stream().filter(t -> t.year() == y).findFirst().map(figures)
                    .orElse(new Figures(null, null, null));
            row.add(amount(f.a()), amount(f.b()), difference(f.difference()));
        }
    }

    /** Amounts without "kr" (the caption says kronor), so three years fit beside each other. */
    private NativeTableCell amount(BigDecimal value) {
        Span span = new Span(value == null ? "–" : Formats.number(value));
        span.addClassName("money");
        if (value != null && value.signum() < 0) {
            span.addClassName("negative");
        }
        NativeTableCell cell = new NativeTableCell(span);
        cell.addClassName("amount");
        return cell;
    }

    /** "+100 000", "−100 000", "0"; "–" where a version does not cover the year. */
    private NativeTableCell difference(BigDecimal value) {
        Span span = new Span(value == null ? "–" : (value.signum() > 0 ? "+" : "") + Formats.number(value));
        span.addClassName("money");
        if (value != null && value.signum() != 0) {
            span.addClassName(value.signum() > 0 ? "more" : "less");
        }
        NativeTableCell cell = new NativeTableCell(span);
        cell.addClassNames("amount", "difference");
        return cell;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.compare.title");
    }
}
