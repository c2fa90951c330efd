package se.samordnaren.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Route("ansokningar")
@Menu(order = 35, title = "nav.applications", icon = "vaadin:file-text-o")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/application.css")
class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final FundingApplicationService applications;
    private final MemberService members;
    final Select<ApplicationStatus> status = new Select<>();
    final IntegerField year = new IntegerField();
    final TextField applicant = new TextField();
    final Grid<ApplicationSummary> grid = new Grid<>();
    final Button newButton = new Button();
    private Grid.Column<ApplicationSummary> totalColumn;
    NewApplicationDialog dialog;

    ApplicationsView(FundingApplicationService applications, MemberService members, CurrentUser currentUser) {
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
        year.setLabel(getTranslation("application.filter.year"));
        year.setClearButtonVisible(true);
        applicant.setLabel(getTranslation("application.applicant"));
        applicant.setClearButtonVisible(true);
        applicant.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        applicant.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, year, applicant);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.addComponentColumn(a -> StatusBadge.of(this, a.status())).setHeader(getTranslation("application.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ApplicationSummary::applicant).setHeader(getTranslation("application.applicant")).setFlexGrow(2);
        grid.addColumn(ApplicationSummary::title).setHeader(getTranslation("application.title")).setFlexGrow(3);
        grid.addColumn(a -> String.valueOf(a.versionNo())).setHeader(getTranslation("application.version")).setAutoWidth(true).setFlexGrow(0);
        totalColumn = grid.addColumn(a -> Formats.money(a.requestedTotal())).setHeader(getTranslation("application.requestedTotal"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> a.lastStep() == null ? "" : getTranslation(a.lastStep().translationKey()) + " " + Formats.date(a.lastStepOn()))
                .setHeader(getTranslation("application.latestStep")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("application.list.empty"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        List<ApplicationSummary> rows = applications.list(new ApplicationFilter(status.getValue(), year.getValue(), applicant.getValue()));
        grid.setItems(rows);
        BigDecimal total = rows.stream().map(ApplicationSummary::requestedTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        totalColumn.setFooter(getTranslation("application.list.total", Formats.money(total)));
    }

    void open(long applicationId) {
        getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, new RouteParameters("applicationId", String.valueOf(applicationId))));
    }

    void openNew() {
        dialog = new NewApplicationDialog();
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.list.title");
    }

    /** "Ny ansökan": the applicant (a member or anyone else), the case number and version 1. */
    class NewApplicationDialog extends Dialog {
        final ComboBox<String> applicant = new ComboBox<>(getTranslation("application.applicant"));
        final TextField caseNumber = new TextField(getTranslation("application.caseNumber"));
        final TextField contact = new TextField(getTranslation("application.contact"));
        final VersionForm version = new VersionForm(false);
        final Button save = new Button(getTranslation("action.save"));

        NewApplicationDialog() {
            setHeaderTitle(getTranslation("application.new"));
            List<String> names = new ArrayList<>(members.list().stream().map(Member::name).sorted().toList());
            applicant.setItems(names);
            applicant.setAllowCustomValue(true);
            applicant.addCustomValueSetListener(e -> {
                String typed = e.getDetail() == null ? "" : e.getDetail().trim();
                if (!typed.isEmpty()) {
                    if (!names.contains(typed)) {
                        names.add(typed);
                        applicant.setItems(names);
                    }
                    applicant.setValue(typed);
                }
            });
            applicant.setHelperText(getTranslation("application.applicant.help"));
            applicant.setRequiredIndicatorVisible(true);
            FormLayout head = new FormLayout(applicant, caseNumber, contact);
            head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
            head.setColspan(applicant, 2);
            add(head, version);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(760px, 95vw)");
        }

        void save() {
            try {
                // The service makes a member's name (or short name) the member and keeps any other text as typed.
                long id = applications.create(new NewApplication(null, applicant.getValue(), caseNumber.getValue(),
                        contact.getValue(), null, version.draft()));
                Notifications.success(ApplicationsView.this, "application.created", version.title.getValue());
                close();
                ApplicationsView.this.open(id);
            } catch (UserFacingException error) {
                Notifications.error(ApplicationsView.this, error);
            }
        }
    }
}
