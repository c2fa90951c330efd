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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ansökningar: the applications with their state, filtered and sorted in the database and loaded page by page. It
 * opens on the latest year in which applications came in (normally this year), newest first, and its footer sums what
 * the shown applications ask for; clearing "Inkom år" shows every year (docs/performance.md: the opening's SQL does
 * not grow with the years of history). Its filters are also URL parameters ({@link ApplicationListLink}): other pages
 * link to a filtered list (the dashboard's coming demand: {@code ?status=obeslutade&ar=2027}), and a filtered list
 * survives reload and back.
 */
@Route("ansokningar")
@Menu(order = 35, title = "nav.applications", icon = "vaadin:file-text-o")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/application.css")
class ApplicationsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ApplicationQueries queries;
    private final FundingApplicationService applications;
    private final MemberService members;
    final Select<Set<ApplicationStatus>> status = new Select<>();
    final IntegerField receivedYear = Fields.year("application.filter.receivedYear");
    final IntegerField year = Fields.year("application.filter.year");
    final TextField applicant = Fields.text("application.applicant", Texts.SHORT);
    final Grid<ApplicationSummary> grid = new Grid<>();
    final Button newButton = new Button();
    private final Grid.Column<ApplicationSummary> totalColumn;
    NewApplicationDialog dialog;
    /** While the filters are set from the URL: their listeners must not each reload the list. */
    private boolean settingFilters;

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
        List<Set<ApplicationStatus>> choices = new ArrayList<>();
        choices.add(ApplicationStatus.UNDECIDED);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            choices.add(Set.of(s));
        }
        status.setItems(choices);
        status.setItemLabelGenerator(this::statusLabel);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("application.filter.all"));
        receivedYear.setClearButtonVisible(true);
        year.setClearButtonVisible(true);
        applicant.setClearButtonVisible(true);
        applicant.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> filtersChanged());
        receivedYear.addValueChangeListener(e -> filtersChanged());
        year.addValueChangeListener(e -> filtersChanged());
        applicant.addValueChangeListener(e -> filtersChanged());
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
    }

    /**
     * Opens on the filters the URL names, or else on the latest year in which applications came in. Either way two
     * statements: the totals (with the year, for the default) and the first page.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApplicationFilter asked = ApplicationListLink.parse(event.getLocation().getQueryParameters());
        if (asked == null) {
            ApplicationQueries.ListStart start = queries.listStart(LocalDate.now(DateFormats.SWEDEN).getYear());
            setFilters(new ApplicationFilter(null, start.receivedYear(), null, null));
            show(filter(), start.totals());
        } else {
            setFilters(asked);
            refresh();
        }
    }

    private void setFilters(ApplicationFilter filter) {
        settingFilters = true;
        try {
            status.setValue(filter.statuses());
            receivedYear.setValue(filter.receivedYear());
            year.setValue(filter.year());
            applicant.setValue(filter.applicant() == null ? "" : filter.applicant());
        } finally {
            settingFilters = false;
        }
    }

    private void filtersChanged() {
        if (settingFilters) {
            return;
        }
        refresh();
        // The address names the filters, so reload, back and a copied link show the same list.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ApplicationListLink.href(filter())));
    }

    /** Reloads the list for the filters as they stand, and its footer total. */
    void refresh() {
        ApplicationFilter filter = filter();
        show(filter, queries.totals(filter));
    }

    ApplicationFilter filter() {
        return new ApplicationFilter(status.getValue(), receivedYear.isInvalid() ? null : receivedYear.getValue(),
                year.isInvalid() ? null : year.getValue(), applicant.getValue());
    }

    private String statusLabel(Set<ApplicationStatus> statuses) {
        if (statuses == null || statuses.isEmpty()) {
            return getTranslation("application.filter.all");
        }
        return statuses.equals(ApplicationStatus.UNDECIDED) ? getTranslation("application.filter.undecided")
                : getTranslation(statuses.iterator().next().translationKey());
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
