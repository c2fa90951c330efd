package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.ViewHeader;

import java.util.List;
import java.util.Map;

/**
 * Utfall: the actuals of a year per budget item and month (income, the sum of income, costs, the sum of costs, the
 * result), by hand and from the bookkeeping. Every figure opens what is behind it: the amount by hand (which the
 * förbundschef and the ekonom change there) and the bookkeeping rows, each linked to its import.
 */
@Route("utfall")
@Menu(order = 44, title = "nav.actuals", icon = "vaadin:table")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/bookkeeping.css")
class ActualsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String YEAR_PARAMETER = "ar";

    private final ActualsService actuals;
    private final BookkeepingImportService imports;
    private final boolean mayWrite;

    final ComboBox<Integer> year = new ComboBox<>();
    final Grid<ActualsLine> grid = new Grid<>();
    final Button importButton = new Button();
    final Button mappingButton = new Button();
    final Paragraph latest = new Paragraph();
    /** "Exportera till Excel": the year's table as shown. */
    final Anchor excelExport;
    ActualsYear shown;
    FigureDialog figure;

    ActualsView(ActualsService actuals, BookkeepingImportService imports, CurrentUser currentUser) {
        this.actuals = actuals;
        this.imports = imports;
        this.mayWrite = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        setWidthFull();
        addClassName("actuals-view");

        year.setLabel(getTranslation("bookkeeping.actuals.year"));
        year.setItems(actuals.years());
        year.setWidth("8em");
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ActualsView.class,
                        QueryParameters.simple(Map.of(YEAR_PARAMETER, String.valueOf(e.getValue())))));
            }
        });
        importButton.setText(getTranslation("bookkeeping.actuals.import"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
        importButton.setVisible(mayWrite);
        mappingButton.setText(getTranslation("bookkeeping.actuals.mapping"));
        mappingButton.setIcon(VaadinIcon.LIST.create());
        mappingButton.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AccountMappingView.class)));
        add(new ViewHeader(getTranslation("bookkeeping.actuals.title"), getTranslation("bookkeeping.actuals.description")));
        excelExport = BookkeepingExcel.link(this, getTranslation("bookkeeping.actuals.title"),
                () -> BookkeepingExcel.actuals(this, shown));
        add(new FilterBar(year, mappingButton, importButton, excelExport));
        latest.addClassName("view-description");
        add(latest);

        // A phone keeps room for the months beside the frozen names (which wrap there); rem, not em: header and body
        // cells have different font sizes.
        // Templates, not a component per cell: a year of 240 budget items was 2 900 buttons and ~10 MB of heap per open
        // page (docs/performance.md, "Heap per signed-in session").
        grid.addColumn(LitRenderer.<ActualsLine>of("<span class=\"${item.cls}\">${item.name}</span>")
                        .withProperty("name", this::name)
                        .withProperty("cls", line -> line.kind() == ActualsLine.Kind.ITEM ? "" : "sum-label"))
                .setHeader(getTranslation("bookkeeping.actuals.itemInKronor"))
                .setFrozen(true).setWidth("clamp(8rem, 38vw, 17rem)").setFlexGrow(0).setKey("item");
        for (int month = 1; month <= 12; month++) {
            grid.addColumn(monthCell(month))
                    .setHeader(Formats.monthName(month).substring(0, 3)).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0).setKey("m" + month);
        }
        grid.addColumn(LitRenderer.<ActualsLine>of("<span class=\"money\">${item.text}</span>")
                        .withProperty("text", line -> line.total() == null ? "" : Formats.number(line.total())))
                .setHeader(getTranslation("bookkeeping.actuals.total")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setKey("total");
        grid.setPartNameGenerator(line -> switch (line.kind()) {
            case ITEM -> null;
            case SUBTOTAL -> "subtotal";
            case RESULT -> "result";
        });
        grid.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(null);
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(YEAR_PARAMETER,
                List.of());
        Integer chosen = asked.stream().filter(value -> value.matches("\\d{4}")).map(Integer::valueOf).findFirst()
                .orElse(null);
        List<Integer> years = actuals.years();
        show(chosen != null ? chosen : years.stream().filter(y -> y <= java.time.LocalDate.now().getYear())
                .findFirst().orElse(java.time.LocalDate.now().getYear()));
    }

    /** Reads the year again and shows it (after a change here or to see someone else's). */
    void show(int shownYear) {
        shown = actuals.year(shownYear);
        if (!year.getListDataView().contains(shownYear)) {
            List<Integer> years = new java.util.ArrayList<>(actuals.years());
            if (!years.contains(shownYear)) {
                years.add(shownYear);
                years.sort(java.util.Comparator.reverseOrder());
            }
            year.setItems(years);
        }
        year.setValue(shownYear);
        grid.setItems(shown.lines());
        grid.setEmptyStateText(shown.lines().isEmpty() ? getTranslation("bookkeeping.actuals.empty") : null);
        latest.removeAll();
        imports.latest().ifPresentOrElse(summary -> latest.add(new Span(getTranslation("bookkeeping.actuals.latest",
                        BookkeepingUi.period(summary.periodStart(), summary.periodEnd()),
                        Formats.dateTime(summary.importedAt()), summary.importedBy()) + " "),
                new Anchor(BookkeepingUi.importHref(summary.id()), summary.fileName())),
                () -> latest.add(new Span(getTranslation("bookkeeping.actuals.noImport"))));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private String name(ActualsLine line) {
        return switch (line.kind()) {
            case ITEM -> line.name();
            case SUBTOTAL -> getTranslation(line.direction() == se.samordnaren.budget.BudgetDirection.INCOME
                    ? "bookkeeping.actuals.incomeTotal" : "bookkeeping.actuals.costTotal");
            case RESULT -> getTranslation("bookkeeping.actuals.result");
        };
    }

    /**
     * An item's figure is a button that opens what is behind it ("–" where a writer may add one); the sums and a
     * reader's empty cells are plain text.
     */
    private LitRenderer<ActualsLine> monthCell(int month) {
        return LitRenderer.<ActualsLine>of("<vaadin-button theme=\"tertiary-inline\" class=\"${item.cls}\""
                        + " aria-label=\"${item.label}\" ?hidden=\"${!item.button}\" @click=\"${open}\">${item.text}</vaadin-button>"
                        + "<span class=\"money\" ?hidden=\"${item.button}\">${item.text}</span>")
                .withProperty("button", line -> isButton(line, month))
                .withProperty("text", line -> figureText(line, month))
                .withProperty("cls", line -> !isButton(line, month) ? ""
                        : (line.month(month) == null ? "figure-empty" : "figure") + (line.hasManual(month) ? " figure-manual" : ""))
                .withProperty("label", line -> !isButton(line, month) ? "" : getTranslation("bookkeeping.actuals.figureLabel",
                        line.name(), Formats.monthName(month), String.valueOf(shown.year()), line.month(month) == null
                                ? getTranslation("bookkeeping.actuals.none") : Formats.money(line.month(month))))
                .withFunction("open", line -> figureClicked(line, month));
    }

    private boolean isButton(ActualsLine line, int month) {
        return line.kind() == ActualsLine.Kind.ITEM && (line.month(month) != null || mayWrite);
    }

    private String figureText(ActualsLine line, int month) {
        if (line.month(month) == null) {
            return isButton(line, month) ? "–" : "";
        }
        return Formats.number(line.month(month));
    }

    /** What a figure's button does; a call for a cell that shows no button (a forged one) does nothing. */
    void figureClicked(ActualsLine line, int month) {
        if (isButton(line, month)) {
            openFigure(line.itemId(), month);
        }
    }

    /** Opens the figure of an item and month: the amount by hand and the bookkeeping rows behind it. */
    void openFigure(long itemId, int month) {
        actuals.cell(itemId, shown.year(), month).ifPresent(cell -> {
            figure = new FigureDialog(actuals, imports, cell, mayWrite, () -> show(shown.year()));
            figure.open();
        });
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("bookkeeping.actuals.title")
                : getTranslation("bookkeeping.actuals.title") + " " + shown.year();
    }
}
