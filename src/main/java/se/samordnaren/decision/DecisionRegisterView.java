package se.samordnaren.decision;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.meeting.Choice;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.meeting.LinkedRecord;
import se.samordnaren.meeting.StatusBadge;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.CellRenderers;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.ViewHeader;

import java.util.Comparator;

/** The decision register: every decision in one lazily loaded grid, filtered and sorted in the database. */
@Route("beslut")
@Menu(order = 15, title = "nav.decisions", icon = "vaadin:gavel")
@PermitAll
class DecisionRegisterView extends VerticalLayout implements HasDynamicTitle {

    private final DecisionRegisterService register;
    final ComboBox<Choice> body = new ComboBox<>();
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<DecisionOutcome> outcome = new ComboBox<>();
    final ComboBox<String> linkKind = new ComboBox<>();
    final TextField text = new TextField();
    final Span count = new Span();
    final Grid<DecisionRegisterService.Row> grid = new Grid<>();
    /** How many decisions the filter matches (the heading and the grid's size). */
    private int counted;

    DecisionRegisterView(DecisionRegisterService register) {
        this.register = register;
        setSizeFull();
        add(new ViewHeader(getTranslation("decisions.title"), getTranslation("decisions.description")));

        body.setLabel(getTranslation("decisions.filter.body"));
        body.setItems(register.bodies());
        body.setItemLabelGenerator(Choice::label);
        body.setPlaceholder(getTranslation("decisions.filter.all"));
        body.setClearButtonVisible(true);
        year.setLabel(getTranslation("decisions.filter.year"));
        year.setItems(register.years());
        year.setItemLabelGenerator(String::valueOf);
        year.setPlaceholder(getTranslation("decisions.filter.all"));
        year.setClearButtonVisible(true);
        year.setWidth("8em");
        outcome.setLabel(getTranslation("decisions.filter.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(outcomeKey(o)));
        outcome.setPlaceholder(getTranslation("decisions.filter.all"));
        outcome.setClearButtonVisible(true);
        linkKind.setLabel(getTranslation("decisions.filter.linkKind"));
        linkKind.setItems(register.linkKinds().stream()
                .sorted(Comparator.comparing(kind -> getTranslation(LinkedRecord.kindKey(kind)))).toList());
        linkKind.setItemLabelGenerator(kind -> getTranslation(LinkedRecord.kindKey(kind)));
        linkKind.setPlaceholder(getTranslation("decisions.filter.all"));
        linkKind.setClearButtonVisible(true);
        text.setLabel(getTranslation("decisions.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        body.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        linkKind.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(body, year, outcome, linkKind, text, count);
        add(filters);

        grid.addColumn(r -> Formats.date(r.paragraph().meetingDate())).setHeader(getTranslation("decisions.date"))
                .setKey("date").setSortProperty("date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.paragraph().bodyName()).setHeader(getTranslation("decisions.body"))
                .setKey("body").setSortProperty("body").setAutoWidth(true).setFlexGrow(0);
        // The link and the badge are templates filled in the browser, not a component per row (heap per open page).
        grid.addColumn(CellRenderers.link(r -> r.paragraph().href(), r -> r.paragraph().paragraph(), r -> r.paragraph().label(),
                        "decided-at-link")).setHeader(getTranslation("decisions.paragraph"))
                .setKey("paragraph").setSortProperty("paragraph").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DecisionRegisterService.Row::title).setHeader(getTranslation("decisions.heading"))
                .setKey("title").setSortProperty("title").setFlexGrow(2);
        grid.addColumn(CellRenderers.badge(r -> getTranslation(outcomeKey(r.outcome())), r -> StatusBadge.tone(r.outcome())))
                .setHeader(getTranslation("decisions.outcome")).setKey("outcome").setSortProperty("outcome")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.firstClause() == null ? "" : r.firstClause()).setHeader(getTranslation("decisions.firstClause"))
                .setKey("firstClause").setFlexGrow(3);
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        EmptyState.show(grid, getTranslation("decisions.empty"));
        grid.setSizeFull();
        // The heading's count is the grid's size: counted once per filter (in updateCount), not once more by the grid.
        grid.setItems(query -> register.page(filter(), Lazy.page(query)).stream(), query -> counted);
        add(grid);
        updateCount();
    }

    /** The register's words for an outcome ("Godkänt", "Beviljat" …). */
    private static String outcomeKey(DecisionOutcome outcome) {
        return "decisions.outcome." + outcome.name();
    }

    DecisionRegisterService.Filter filter() {
        return new DecisionRegisterService.Filter(
                body.getValue() == null ? null : body.getValue().id(),
                year.getValue(),
                outcome.getValue(),
                linkKind.getValue(),
                text.getValue());
    }

    void refresh() {
        updateCount();
        grid.getDataProvider().refreshAll();
    }

    private void updateCount() {
        counted = register.count(filter());
        count.setText(getTranslation("decisions.count", counted));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("decisions.title");
    }
}
