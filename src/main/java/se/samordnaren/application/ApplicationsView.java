package se.samordnaren.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.Member;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.DateFormats;
import se.samordnaren.common.Texts;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.CellRenderers;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.GridLinks;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.ViewHeader;

import java.time.LocalDate;

/**
 * Ansökningar: the applications with their state, filtered and sorted in the database and loaded page by page. It
 * opens on the latest year in which applications came in (normally this year), newest first, and its footer sums what
 * the shown applications ask for; clearing "Inkom år" shows every year (docs/performance.md: the opening's SQL does
 * not grow with the years of history).
 */
@Route("ansokningar")
@Menu(order = 35, title = "nav.applications", icon = "vaadin:file-text-o")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/application.css")
class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final ApplicationQueries queries;
    private final FundingApplicationService applications;
    private final MemberService members;
    final Select<ApplicationStatus> status = new Select<>();
    final IntegerField receivedYear = Fields.year("application.filter.receivedYear");
    final IntegerField year = Fields.year("application.filter.year");
    final TextField applicant = Fields.text("application.applicant", Texts.SHORT);
    final Grid<ApplicationSummary> grid = new Grid<>();
    final Button newButton = new Button();
    private final Grid.Column<ApplicationSummary> totalColumn;
    NewApplicationDialog dialog;

    ApplicationsView(ApplicationQueries queries, FundingApplicationService applications, MemberService members,
                     CurrentUser currentUser) {
        this.queries = queries;
        this.applications = applications;
        this.members = members;
        setSizeFull();

        newButton.setText(getTranslation("application.new"));
        newButton.setIcon(VaadinIcon.PLUS.create());
        newButton.addThemeVariants(ButtonVariant.PRIMARY);
        newButton.addClickListener(e -> openNew());
        newButton.setVisible(currentUser.hasAnyRole(Role.BEREDNINGSGRUPP, Role.FORBUNDSCHEF));
        add(new ViewHeader(getTranslation("application.list.title"), getTranslation("application.list.description"), newButton));

        status.setLabel(getTranslation("application.status"));
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("application.filter.all") : getTranslation(s.translationKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("application.filter.all"));
        receivedYear.setClearButtonVisible(true);
        year.setClearButtonVisible(true);
        applicant.setClearButtonVisible(true);
        applicant.setValueChangeMode(ValueChangeMode.LAZY);
        // The year it opens on and that year's totals: one statement; set before the listeners, so no second read.
        ApplicationQueries.ListStart start = queries.listStart(LocalDate.now(DateFormats.SWEDEN).getYear());
        receivedYear.setValue(start.receivedYear());
        status.addValueChangeListener(e -> refresh());
        receivedYear.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        applicant.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(status, receivedYear, year, applicant);
        filters.addClassName("application-filters");
        add(filters);

        // The badge is a template (CellRenderers), not a component per row (heap per open page).
        grid.addColumn(CellRenderers.badge(a -> getTranslation(a.status().translationKey()), a -> StatusBadge.tone(a.status())))
                .setHeader(getTranslation("application.status"))
                .setAutoWidth(true).setFlexGrow(0);
        // Applicant and title are cut to the column on a narrow screen: the whole text shows on hover.
        grid.addColumn(ApplicationSummary::applicant).setHeader(getTranslation("application.applicant")).setFlexGrow(2)
                .setTooltipGenerator(ApplicationSummary::applicant)
                .setSortProperty("applicant");
        grid.addComponentColumn(a -> new Anchor("ansokningar/" + a.id(), a.title())).setHeader(getTranslation("application.title")).setFlexGrow(3)
                .setTooltipGenerator(ApplicationSummary::title)
                .setSortProperty("title");
        grid.addColumn(a -> Formats.date(a.firstReceivedOn())).setHeader(getTranslation("application.receivedOn"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("firstReceivedOn");
        grid.addColumn(a -> String.valueOf(a.versionNo())).setHeader(getTranslation("application.version"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("versionNo");
        totalColumn = grid.addColumn(a -> Formats.money(a.requestedTotal())).setHeader(getTranslation("application.requestedTotal"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty("requestedTotal");
        grid.addColumn(a -> a.lastStep() == null ? "" : getTranslation(a.lastStep().translationKey()) + " " + Formats.date(a.lastStepOn()))
                .setHeader(getTranslation("application.latestStep")).setAutoWidth(true).setSortProperty("lastStepOn");
        grid.addItemClickListener(e -> open(e.getItem().id()));
        GridLinks.openOnEnter(grid, a -> open(a.id()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        EmptyState.show(grid, getTranslation("application.list.empty"));
        grid.setSizeFull();
        add(grid);
        show(filter(), start.totals());
    }

    /** Reloads the list for the filters as they stand, and its footer total. */
    void refresh() {
        ApplicationFilter filter = filter();
        show(filter, queries.totals(filter));
    }

    private ApplicationFilter filter() {
        return new ApplicationFilter(status.getValue(), receivedYear.isInvalid() ? null : receivedYear.getValue(),
                year.isInvalid() ? null : year.getValue(), applicant.getValue());
    }

    private void show(ApplicationFilter filter, ApplicationTotals totals) {
        Lazy.items(grid, page -> queries.list(filter, page));
        totalColumn.setFooter(getTranslation("application.list.total", Formats.money(totals.requestedTotal())));
    }

    void open(long applicationId) {
        getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, new RouteParameters("applicationId", String.valueOf(applicationId))));
    }

    void openNew() {
        dialog = new NewApplicationDialog(applications, members.list().stream().map(Member::name).toList());
        dialog.onSaved(() -> open(dialog.createdId));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.list.title");
    }
}
