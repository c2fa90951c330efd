package se.samordnaren.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.MemberService;
import se.samordnaren.people.PersonService;
import se.samordnaren.common.PageRequest;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.CellRenderers;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.GridLinks;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.ViewHeader;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The insats register: filters, granted money per insats and the totals per year of what the filter shows. */
@Route("insatser")
@Menu(order = 30, title = "nav.initiatives", icon = "vaadin:cubes")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/initiatives.css")
class InitiativesView extends VerticalLayout implements HasDynamicTitle {

    private final InitiativeService initiatives;
    final ComboBox<InitiativeStatus> status = new ComboBox<>();
    final ComboBox<String> owner = new ComboBox<>();
    final ComboBox<Integer> grantYear = new ComboBox<>();
    final ComboBox<Orientation> orientation = new ComboBox<>();
    final ComboBox<Integer> runningIn = new ComboBox<>();
    final TextField text = new TextField();
    final Grid<InitiativeRow> grid = new Grid<>();
    final Div totals = new Div();
    final Button addButton = new Button();
    private final Grid.Column<InitiativeRow> moneyColumn;
    InitiativeTotals current;
    /** The list as it opened, until the grid's first fetch has taken its rows. */
    private InitiativeService.ListStart opening;

    InitiativesView(InitiativeService initiatives, MemberService members, PersonService people, CurrentUser currentUser) {
        this.initiatives = initiatives;
        setSizeFull();

        addButton.setText(getTranslation("initiative.add"));
        addButton.setIcon(VaadinIcon.PLUS.create());
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        addButton.setVisible(currentUser.hasAnyRole(Role.FORBUNDSCHEF));
        addButton.addClickListener(e -> new InitiativeEditor(initiatives, members, people, InitiativeDraft.empty(null),
                List.of()).afterSave(this::open).open());
        add(new ViewHeader(getTranslation("initiative.title"), getTranslation("initiative.description"), addButton));

        // Owners, the years with granted money, the unfiltered totals and the grid's first page: one statement.
        InitiativeService.ListStart start = initiatives.listStart(PageRequest.first(grid.getPageSize()));
        opening = start;
        List<Integer> years = start.grantYears();
        int thisYear = LocalDate.now().getYear();
        List<Integer> yearChoices = years.isEmpty()
                ? IntStream.rangeClosed(thisYear - 5, thisYear + 2).boxed().toList()
                : IntStream.rangeClosed(years.getFirst(), Math.max(years.getLast(), thisYear)).boxed().toList();

        status.setLabel(getTranslation("initiative.filter.status"));
        status.setItems(InitiativeStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        owner.setLabel(getTranslation("initiative.filter.owner"));
        owner.setItems(start.owners());
        grantYear.setLabel(getTranslation("initiative.filter.grantYear"));
        grantYear.setItems(years);
        orientation.setLabel(getTranslation("initiative.filter.orientation"));
        orientation.setItems(Orientation.values());
        orientation.setItemLabelGenerator(o -> getTranslation(o.translationKey()));
        runningIn.setLabel(getTranslation("initiative.filter.runningIn"));
        runningIn.setItems(yearChoices);
        text.setLabel(getTranslation("initiative.filter.text"));
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(status, owner, grantYear, orientation, runningIn).forEach(c -> {
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> refresh());
        });
        text.addValueChangeListener(e -> refresh());
        Button clear = new Button(getTranslation("initiative.filter.clear"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        FilterBar filters = new FilterBar(text, status, owner, orientation, grantYear, runningIn, clear);
        filters.addClassName("initiative-filters");
        filters.setWidthFull();
        add(filters);

        H2 totalsTitle = new H2(getTranslation("initiative.totals"));
        totalsTitle.addClassName("section-title");
        totals.addClassName("year-totals");
        add(totalsTitle, totals);

        // Rows come page by page, sorted in the database (sort properties: InitiativeQueries.rows).
        // Link and badge cells are templates (CellRenderers), not components per row: a page of 50 rows held
        // ~200 components per open list (heap per open page, docs/performance.md).
        grid.addColumn(CellRenderers.linkWithNote(r -> "insatser/" + r.id(), InitiativeRow::name,
                        r -> r.parentName() == null ? null : getTranslation("initiative.subProjectOf", r.parentName()),
                        "sub-label"))
                .setHeader(getTranslation("initiative.name")).setFlexGrow(3).setKey("name").setSortProperty("name");
        grid.addColumn(InitiativeRow::owner).setHeader(getTranslation("initiative.owner")).setFlexGrow(2).setKey("owner")
                .setSortProperty("owner");
        grid.addColumn(r -> InitiativeUi.period(r.startDate(), r.plannedEndDate(), r.actualEndDate()))
                .setHeader(getTranslation("initiative.period")).setAutoWidth(true).setKey("period")
                .setSortProperty("period");
        grid.addColumn(CellRenderers.badge(r -> getTranslation(r.status().translationKey()), r -> InitiativeUi.tone(r.status())))
                .setHeader(getTranslation("initiative.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status").setSortProperty("status");
        moneyColumn = grid.addColumn(r -> Formats.money(money(r))).setKey("money").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("money");
        Lazy.items(grid, page -> {
            // The first fetch of the unfiltered list takes the rows the opening statement read; then SQL as ever.
            InitiativeService.ListStart first = opening;
            opening = null;
            return first == null ? initiatives.rows(filter(), page)
                    : first.rowsFor(page).orElseGet(() -> initiatives.rows(filter(), page));
        });
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        GridLinks.openOnEnter(grid, r -> open(r.id()));
        grid.setSizeFull();
        add(grid);
        show(start.totals());
    }

    private BigDecimal money(InitiativeRow row) {
        return grantYear.getValue() == null ? row.grantedTotal() : row.grantedIn(grantYear.getValue());
    }

    InitiativeFilter filter() {
        return new InitiativeFilter(status.getValue(), owner.getValue(), grantYear.getValue(), orientation.getValue(),
                runningIn.getValue(), text.getValue());
    }

    void refresh() {
        opening = null;
        grid.getDataProvider().refreshAll();
        show(initiatives.totals(filter()));
    }

    /** The filter's totals: the empty-state text, the money column's heading and the cards per year. */
    private void show(InitiativeTotals shown) {
        current = shown;
        // The empty-state text only when nothing matches (it is on the page whenever it is set).
        grid.setEmptyStateText(current.count() == 0 ? getTranslation("initiative.empty") : null);
        moneyColumn.setHeader(grantYear.getValue() == null
                ? getTranslation("initiative.grantedAll") : getTranslation("initiative.grantedIn", String.valueOf(grantYear.getValue())));
        // The cards are one piece of markup, not three components per year (heap per open page): they only show.
        StringBuilder cards = new StringBuilder("<div class=\"year-totals-cards\">");
        if (current.perYear().isEmpty()) {
            cards.append("<span>").append(escape(getTranslation("initiative.noGrants"))).append("</span>");
        }
        for (YearAmount total : current.perYear()) {
            boolean selected = grantYear.getValue() != null && grantYear.getValue() == total.year();
            cards.append("<div class=\"year-total").append(selected ? " selected" : "").append("\">")
                    .append("<span class=\"year\">").append(total.year()).append("</span>")
                    .append("<span class=\"amount\">").append(escape(Formats.money(total.amount()))).append("</span></div>");
        }
        totals.removeAll();
        totals.add(new Html(cards.append("</div>").toString()));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private void clearFilters() {
        status.clear();
        owner.clear();
        grantYear.clear();
        orientation.clear();
        runningIn.clear();
        text.clear();
        refresh();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(InitiativeView.class,
                new RouteParameters(InitiativeView.PARAMETER, String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiative.title");
    }
}
