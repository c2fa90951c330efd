package se.samordnaren.equity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ViewHeader;

import java.util.ArrayList;
import java.util.List;

/**
 * Eget kapital against the guideline: the latest year with the guideline's source beside the figure, every closed
 * year and the forecast from the decided budgets in one table (status in words), and "what it takes to come within
 * the guideline by year X". No charts here: the board's dashboard draws them.
 */
@Route("eget-kapital")
@Menu(order = 47, title = "nav.equity", icon = "vaadin:scale")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/allocation-equity.css")
class EquityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EquityService equity;
    EquityOverview overview;
    final Div headline = new Div();
    final Grid<EquityYear> grid = new Grid<>();
    final Paragraph forecastNote = new Paragraph();
    final ComboBox<Integer> targetYear = new ComboBox<>();
    final Paragraph target = new Paragraph();
    /** "Exportera till Excel": the history and forecast table. */
    final HorizontalLayout exportSlot = new HorizontalLayout();
    List<EquityYear> rows = List.of();

    EquityView(EquityService equity) {
        this.equity = equity;
        setWidthFull();
        setMaxWidth("1200px");
        addClassName("money-view");
        exportSlot.addClassName("export-slot");
        exportSlot.add(EquityExcel.link(this, getTranslation("equity.title"), () -> EquityExcel.equity(this, rows)));
        Anchor steps = new Anchor("eget-kapital/riktlinje", getTranslation("equity.guideline.link"));
        steps.addClassName("header-link");
        add(new ViewHeader(getTranslation("equity.title"), getTranslation("equity.description"), exportSlot, steps));
        headline.addClassName("equity-headline");
        configureGrid();
        forecastNote.addClassName("sub-label");
        targetYear.setLabel(getTranslation("equity.target.year"));
        targetYear.setItemLabelGenerator(String::valueOf);
        targetYear.addValueChangeListener(e -> showTarget(e.getValue()));
        target.addClassName("equity-target");
        add(headline, EquityUi.sectionTitle(this, "equity.table"), grid, forecastNote,
                EquityUi.sectionTitle(this, "equity.target.title"), new FilterBar(targetYear), target);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        overview = equity.overview();
        showHeadline();
        rows = new ArrayList<>(overview.history());
        rows.addAll(overview.forecast());
        grid.setItems(rows);
        forecastNote.setText(overview.forecast().isEmpty()
                ? getTranslation(overview.history().isEmpty() ? "equity.forecast.noResults" : "equity.forecast.none")
                : getTranslation("equity.forecast.basis"));
        List<Integer> years = (overview.forecast().isEmpty() ? overview.history() : overview.forecast()).stream()
                .filter(y -> y.allowed() != null).map(EquityYear::year).toList();
        targetYear.setItems(years);
        targetYear.setVisible(!years.isEmpty());
        Integer chosen = years.isEmpty() ? null : overview.forecast().isEmpty() ? years.getLast() : years.getFirst();
        targetYear.setValue(chosen);
        if (chosen == null) {
            showTarget(null);
        }
    }

    private void showHeadline() {
        headline.removeAll();
        var latest = overview.latest();
        if (latest.isEmpty()) {
            headline.add(new Paragraph(getTranslation("equity.empty")));
            return;
        }
        EquityYear y = latest.get();
        Div figures = new Div();
        figures.addClassName("money-summary");
        figures.add(EquityUi.figure(this, "equity.headline.equity", Formats.money(y.equityEnd())));
        Span yearLabel = EquityUi.subLabel(getTranslation("equity.headline.year", String.valueOf(y.year())));
        if (y.allowed() != null) {
            figures.add(EquityUi.figure(this, "equity.headline.allowed", Formats.money(y.allowed())));
            Div status = EquityUi.figure(this, "equity.headline.status", EquityUi.excess(this, y.excess()));
            status.add(EquityUi.level(this, y.level()));
            figures.add(status);
        }
        Div guideline = new Div();
        guideline.addClassName("equity-guideline-source");
        if (y.allowed() != null) {
            guideline.add(new Paragraph(getTranslation("equity.headline.rule", Formats.percent(y.maxShare()),
                    Formats.money(y.allocation()), Formats.percent(y.ratioPercent()))));
            guideline.add(EquityUi.subLabel(getTranslation("equity.guideline.sourceLabel", y.source())));
        } else {
            guideline.add(new Paragraph(getTranslation("equity.guideline.none")));
        }
        headline.add(yearLabel, figures, guideline);
    }

    private void configureGrid() {
        // The year, the equity and where it stands first: on a phone they show without scrolling sideways.
        grid.addComponentColumn(this::yearCell).setHeader(getTranslation("equity.year")).setAutoWidth(true)
                .setFlexGrow(0).setKey("year");
        grid.addColumn(y -> Formats.money(y.equityEnd())).setHeader(getTranslation("equity.col.equityEnd"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("equityEnd");
        grid.addComponentColumn(y -> EquityUi.level(this, y.level())).setHeader(getTranslation("equity.status"))
                .setAutoWidth(true).setKey("status");
        grid.addColumn(y -> EquityUi.excess(this, y.excess())).setHeader(getTranslation("equity.col.excess"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("excess");
        grid.addColumn(y -> y.allowed() == null ? "" : getTranslation("equity.allowedAt", Formats.money(y.allowed()),
                        Formats.percent(y.maxShare())))
                .setHeader(getTranslation("equity.col.allowed")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("allowed");
        grid.addColumn(y -> Formats.percent(y.ratioPercent())).setHeader(getTranslation("equity.col.ratio"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("ratio");
        grid.addColumn(y -> EquityUi.signed(y.result())).setHeader(getTranslation("equity.result"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("result");
        grid.addColumn(y -> Formats.money(y.allocation())).setHeader(getTranslation("equity.col.allocation"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("allocation");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(y -> y.forecast() ? "forecast" : null);
        EmptyState.show(grid, getTranslation("equity.empty"));
    }

    private Component yearCell(EquityYear y) {
        Div cell = new Div(new Span(String.valueOf(y.year())));
        cell.add(EquityUi.subLabel(getTranslation(y.forecast() ? "equity.kind.forecast" : "equity.kind.actual")));
        return cell;
    }

    /** The sentence of the calculator for the chosen year. */
    void showTarget(Integer year) {
        target.removeAll();
        if (year == null) {
            target.setText(getTranslation("equity.target.none"));
            return;
        }
        target.setText(equity.spendingTarget(year).map(this::sentence).orElse(getTranslation("equity.target.none")));
    }

    String sentence(SpendingTarget t) {
        String key = "equity.target." + (t.forecast() ? "forecast" : "actual") + "." + (t.mustSpend() ? "above" : "within");
        return getTranslation(key, String.valueOf(t.year()), Formats.money(t.amount()), Formats.money(t.equityEnd()),
                Formats.money(t.allowed()), Formats.percent(t.maxShare()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("equity.title");
    }
}
