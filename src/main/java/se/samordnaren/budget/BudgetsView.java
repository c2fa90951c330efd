package se.samordnaren.budget;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.MemberService;
import se.samordnaren.initiative.InitiativeService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.CardTools;
import se.samordnaren.ui.CellRenderers;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.StaticMarkup;
import se.samordnaren.ui.ViewHeader;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budgets: per year (newest first) its versions — kind, decided at which § or still a draft, which one is the
 * year's reference, the budget year's income, costs and result — with "Ny version", "Kopiera" and "Jämför"; below,
 * the budget items every version is made of. The förbundschef and the ekonom write; the board and the auditors read.
 */
@Route("budget")
@Menu(order = 41, title = "nav.budget", icon = "vaadin:table")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.STYRELSE, Roles.REVISOR})
@StyleSheet("styles/budget.css")
class BudgetsView extends VerticalLayout implements HasDynamicTitle {

    private final BudgetQueries queries;
    private final BudgetService budgets;
    private final MemberService members;
    private final InitiativeService initiatives;
    final boolean mayWrite;

    final Button newVersionButton = new Button();
    final Button newItemButton = new Button();
    /** "Exportera till Excel": the versions as listed. */
    final Div excelExport = new Div();
    final Div years = new Div();
    final Grid<BudgetItem> itemsGrid = new Grid<>();
    /** The version cards of the last refresh, and their tools. */
    Div versionCards;
    private CardTools versionTools;
    List<BudgetVersionSummary> versions = List.of();
    Dialog openDialog;

    BudgetsView(BudgetQueries queries, BudgetService budgets, MemberService members, InitiativeService initiatives,
                CurrentUser currentUser) {
        this.queries = queries;
        this.budgets = budgets;
        this.members = members;
        this.initiatives = initiatives;
        this.mayWrite = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        addClassName("budget-view");
        setWidthFull();
        setMaxWidth("1200px");

        newVersionButton.setText(getTranslation("budget.version.new"));
        newVersionButton.setIcon(VaadinIcon.PLUS.create());
        newVersionButton.addThemeVariants(ButtonVariant.PRIMARY);
        newVersionButton.addClickListener(e -> openNewVersion(null));
        newVersionButton.setVisible(mayWrite);
        excelExport.addClassName("excel-export-slot");
        excelExport.add(BudgetExcel.link(this, getTranslation("budget.title"),
                () -> BudgetExcel.versions(this, versions)));
        add(new ViewHeader(getTranslation("budget.title"), getTranslation("budget.description"), excelExport,
                newVersionButton));

        years.addClassName("budget-years");
        years.setWidthFull();
        add(years);

        H2 itemsTitle = new H2(getTranslation("budget.items.title"));
        itemsTitle.addClassName("section-title");
        Paragraph itemsHelp = new Paragraph(getTranslation("budget.items.description"));
        itemsHelp.addClassName("view-description");
        newItemButton.setText(getTranslation("budget.item.new"));
        newItemButton.setIcon(VaadinIcon.PLUS.create());
        newItemButton.addThemeVariants(ButtonVariant.SMALL);
        newItemButton.addClickListener(e -> openItem(BudgetItemDraft.empty()));
        newItemButton.setVisible(mayWrite);
        configureItems();
        add(itemsTitle, itemsHelp, newItemButton, itemsGrid);
        refresh();
    }

    private void configureItems() {
        itemsGrid.addColumn(BudgetItem::name).setHeader(getTranslation("budget.item.name")).setFlexGrow(2)
                .setKey("name");
        itemsGrid.addColumn(i -> getTranslation(i.category().translationKey()))
                .setHeader(getTranslation("budget.item.category")).setAutoWidth(true).setKey("category");
        itemsGrid.addColumn(i -> getTranslation(i.direction().translationKey()))
                .setHeader(getTranslation("budget.item.direction")).setAutoWidth(true).setKey("direction");
        itemsGrid.addColumn(BudgetItem::linkedTo).setHeader(getTranslation("budget.item.linkedTo")).setFlexGrow(2)
                .setKey("linkedTo");
        // Templates, not a badge and a button per row (240 lines on 15 years; heap per open page, docs/performance.md).
        itemsGrid.addColumn(CellRenderers.badge(
                        i -> getTranslation(i.active() ? "budget.item.activeState" : "budget.item.inactive"),
                        i -> i.active() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL))
                .setHeader(getTranslation("budget.item.state")).setAutoWidth(true).setFlexGrow(0).setKey("state");
        if (mayWrite) {
            ActionsColumn.header(itemsGrid.addColumn(LitRenderer.<BudgetItem>of(
                            "<vaadin-button theme=\"tertiary small icon\" aria-label=\"${item.label}\" @click=\"${edit}\">"
                                    + "<vaadin-icon icon=\"vaadin:edit\"></vaadin-icon></vaadin-button>")
                            .withProperty("label", i -> getTranslation("budget.item.editNamed", i.name()))
                            .withFunction("edit", this::editItemClicked))
                    .setAutoWidth(true).setFlexGrow(0).setKey("edit"));
        }
        itemsGrid.setAllRowsVisible(true);
        itemsGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        EmptyState.show(itemsGrid, getTranslation("budget.items.empty"));
    }

    /** Reads the versions and the items again (two statements, one per region) and shows them. */
    void refresh() {
        versions = queries.versions();
        showYears();
        itemsGrid.setItems(queries.items());
    }

    /**
     * The years and their version cards as markup ({@link StaticMarkup}) with their Jämför and Kopiera as plain buttons
     * ({@link CardTools}, one click listener for all): 31 versions on 15 years were ~20 components each, kept in the
     * session while the page is open (heap per open page, docs/performance.md). Built anew on every refresh.
     */
    private void showYears() {
        years.removeAll();
        versionCards = new Div();
        versionCards.addClassName("budget-year-list");
        versionTools = new CardTools("budget-version");
        if (versions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("budget.versions.empty"));
            none.addClassName("budget-empty");
            versionCards.add(none);
        }
        Map<Integer, List<BudgetVersionSummary>> byYear = new LinkedHashMap<>();
        for (BudgetVersionSummary v : versions) {
            byYear.computeIfAbsent(v.year(), y -> new java.util.ArrayList<>()).add(v);
        }
        byYear.forEach((year, ofYear) -> versionCards.add(yearSection(year, ofYear)));
        StaticMarkup.freeze(versionCards);
        versionTools.listen(versionCards);
        years.add(versionCards);
    }

    private Component yearSection(int year, List<BudgetVersionSummary> ofYear) {
        Div section = new Div();
        section.addClassName("budget-year");
        H2 title = new H2(String.valueOf(year));
        title.addClassName("section-title");
        String reference = ofYear.stream().filter(BudgetVersionSummary::reference).map(BudgetVersionSummary::name)
                .findFirst().map(name -> getTranslation("budget.year.reference", name))
                .orElse(getTranslation("budget.year.noReference"));
        Span referenceLine = new Span(reference);
        referenceLine.addClassName("sub-label");
        section.add(title, referenceLine);
        Div cards = new Div();
        cards.addClassName("budget-cards");
        ofYear.forEach(v -> cards.add(card(v)));
        section.add(cards);
        return section;
    }

    private Component card(BudgetVersionSummary v) {
        Div card = new Div();
        card.addClassName("budget-card");
        if (v.reference()) {
            card.addClassName("reference");
        }
        Anchor name = new Anchor("budget/" + v.id(), v.name());
        name.addClassName("budget-card-name");
        Div heading = new Div(name, BudgetUi.kindBadge(this, v.kind()));
        if (v.reference()) {
            heading.add(BudgetUi.referenceBadge(this));
        }
        heading.addClassName("budget-card-heading");
        card.add(heading, BudgetUi.status(this, v.decidedAt()));

        Div figures = new Div();
        figures.addClassName("budget-figures");
        figures.add(figure("budget.figures.income", v.income()), figure("budget.figures.costs", v.costs()),
                figure("budget.figures.result", v.result()));
        Span figuresTitle = new Span(getTranslation("budget.figures.title", String.valueOf(v.year())));
        figuresTitle.addClassName("sub-label");
        card.add(figuresTitle, figures);
        if (v.copiedFromName() != null) {
            Span copied = new Span(getTranslation("budget.version.copiedFrom", v.copiedFromName()));
            copied.addClassName("sub-label");
            card.add(copied);
        }

        Element actions = new Element("div");
        actions.setAttribute("class", "budget-card-actions");
        actions.appendChild(versionTools.action("compare-" + v.id(), VaadinIcon.SCALE, getTranslation("budget.compare.action"),
                        () -> open(new CompareDialog(versions, v)))
                .setAttribute("aria-label", getTranslation("budget.compare.named", v.name())));
        if (mayWrite) {
            actions.appendChild(versionTools.action("copy-" + v.id(), VaadinIcon.COPY_O, getTranslation("budget.version.copy"),
                            () -> openNewVersion(v))
                    .setAttribute("aria-label", getTranslation("budget.version.copyNamed", v.name())));
        }
        card.getElement().appendChild(actions);
        return card;
    }

    private Div figure(String key, java.math.BigDecimal amount) {
        Span label = new Span(getTranslation(key));
        label.addClassName("figure-label");
        Div figure = new Div(label, BudgetUi.money(amount));
        figure.addClassName("budget-figure");
        return figure;
    }

    private void openNewVersion(BudgetVersionSummary source) {
        int defaultYear = versions.stream().mapToInt(BudgetVersionSummary::year).max()
                .orElse(LocalDate.now().getYear() - 1) + 1;
        NewVersionDialog dialog = new NewVersionDialog(budgets, versions, source, defaultYear);
        dialog.onSaved(() -> getUI().ifPresent(ui -> ui.navigate("budget/" + dialog.createdId)));
        open(dialog);
    }

    /** What a line's edit button calls. */
    void editItemClicked(BudgetItem item) {
        if (mayWrite) {
            openItem(BudgetItemDraft.of(item));
        }
    }

    private void openItem(BudgetItemDraft draft) {
        open(new ItemDialog(budgets, members, initiatives, draft).onSaved(this::refresh));
    }

    private void open(Dialog dialog) {
        openDialog = dialog;
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.title");
    }
}
