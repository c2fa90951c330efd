package se.samordnaren.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.MemberService;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.initiative.InitiativeDetail.CoFinancing;
import se.samordnaren.people.PersonService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Notifications;

import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One insats: a header (name, status, owner, period, the first granting §), the actions the user's role allows, and
 * one tab each for the overview, decisions and timeline, money, reports and delprojekt. The tabs and the dialogs are
 * their own classes; this shell loads the insats and shows it again after every change.
 */
@Route("insatser/:initiativeId([0-9]{1,18})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/initiatives.css")
class InitiativeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "initiativeId";

    private final InitiativeService initiatives;
    private final boolean mayEdit;
    private final boolean mayRecordMoney;

    InitiativeDetail detail;
    final Div header = new Div();
    final HorizontalLayout actions = new HorizontalLayout();
    final TabSheet tabs = new TabSheet();
    final OverviewTab overview = new OverviewTab();
    final TimelineTab timeline = new TimelineTab();
    final MoneyTab money;
    final ReportsTab reports;
    final SubProjectsTab subProjects = new SubProjectsTab();
    final Button editButton = new Button();
    final Button grantButton = new Button();
    final Button changeButton = new Button();
    final Button reportButton = new Button();
    final Button subProjectButton = new Button();
    Dialog openDialog;
    private final Map<Component, Consumer<InitiativeDetail>> fillers = new HashMap<>();
    private final Set<Component> filled = new HashSet<>();

    InitiativeView(InitiativeService initiatives, GrantLedgerService ledger, MemberService members, PersonService people,
                   AttachmentService attachments, CurrentUser currentUser) {
        this.initiatives = initiatives;
        this.mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF);
        this.mayRecordMoney = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        setWidthFull();
        setMaxWidth("1200px");
        money = new MoneyTab(mayRecordMoney,
                () -> open(new CoFinancingDialog(initiatives, detail.id()).onSaved(this::reload)),
                this::deleteCoFinancing);
        reports = new ReportsTab(attachments, mayEdit, this::reload);

        action(editButton, "action.edit", VaadinIcon.EDIT, () -> open(new InitiativeEditor(initiatives, members, people,
                InitiativeDraft.of(detail), detail.allowedStatuses()).afterSave(id -> reload())));
        action(grantButton, "initiative.money.recordGrant", VaadinIcon.MONEY,
                () -> open(new GrantDialog(ledger, detail).onSaved(this::reload)));
        action(changeButton, "initiative.money.recordChange", VaadinIcon.EXCHANGE,
                () -> open(new ChangeDialog(ledger, detail).onSaved(this::reload)));
        action(reportButton, "initiative.report.add", VaadinIcon.FILE_TEXT_O,
                () -> open(new ReportDialog(initiatives, detail.id()).onSaved(this::reload)));
        action(subProjectButton, "initiative.addSubProject", VaadinIcon.PLUS, () -> open(new InitiativeEditor(initiatives,
                members, people, InitiativeDraft.empty(detail.id()), List.of()).afterSave(this::navigateTo)));
        editButton.addThemeVariants(ButtonVariant.PRIMARY);
        actions.getStyle().set("flex-wrap", "wrap");

        tabs.add(getTranslation("initiative.tab.overview"), overview);
        tabs.add(getTranslation("initiative.tab.decisions"), timeline);
        tabs.add(getTranslation("initiative.tab.money"), money);
        tabs.add(getTranslation("initiative.tab.reports"), reports);
        tabs.add(getTranslation("initiative.tab.subProjects"), subProjects);
        // A tab is filled when it is first shown (heap per open page: an insats with years of history has long
        // ledgers and timelines that most visits never open); show() marks them all stale again.
        fillers.put(overview, overview::show);
        fillers.put(timeline, timeline::show);
        fillers.put(money, money::show);
        fillers.put(reports, reports::show);
        fillers.put(subProjects, subProjects::show);
        tabs.addSelectedChangeListener(e -> fillSelectedTab());
        header.setWidthFull();
        tabs.setWidthFull();
        add(header, actions, tabs);
    }

    private void action(Button button, String key, VaadinIcon icon, Runnable action) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.addClickListener(e -> action.run());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getLong(PARAMETER).flatMap(initiatives::detail);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void open(Dialog dialog) {
        openDialog = dialog;
        dialog.open();
    }

    private void navigateTo(long id) {
        getUI().ifPresent(ui -> ui.navigate(InitiativeView.class, new RouteParameters(PARAMETER, String.valueOf(id))));
    }

    /** Reads the insats again and shows it (after a change here or by someone else). */
    void reload() {
        show(initiatives.detail(detail.id()).orElseThrow());
    }

    private void show(InitiativeDetail loaded) {
        detail = loaded;
        showHeader();
        filled.clear();
        fillSelectedTab();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void fillSelectedTab() {
        Component content = tabs.getSelectedTab() == null ? null : tabs.getComponent(tabs.getSelectedTab());
        if (detail != null && content != null && filled.add(content)) {
            fillers.get(content).accept(detail);
        }
    }

    private void showHeader() {
        header.removeAll();
        Anchor back = new Anchor("insatser", "← " + getTranslation("initiative.backToList"));
        back.addClassName("sub-label");
        Div title = new Div(new H1(detail.name()), InitiativeUi.statusBadge(this, detail.status()));
        title.addClassName("initiative-header");
        Div facts = new Div(new Span(getTranslation("initiative.owner") + ": " + detail.owner()));
        facts.addClassName("initiative-facts");
        String period = InitiativeUi.period(detail.startDate(), detail.plannedEndDate(), detail.actualEndDate());
        if (!period.isEmpty()) {
            facts.add(new Span(getTranslation("initiative.period") + ": " + period));
        }
        if (detail.parentId() != null) {
            facts.add(new Anchor("insatser/" + detail.parentId(), getTranslation("initiative.subProjectOf", detail.parentName())));
        }
        ParagraphRef first = detail.firstGrantingDecision();
        if (first != null) {
            facts.add(new DecidedAtLink(first));
        }
        header.add(back, title, facts);

        actions.removeAll();
        if (mayEdit) {
            actions.add(editButton);
        }
        if (mayRecordMoney) {
            actions.add(grantButton, changeButton);
        }
        if (mayEdit) {
            actions.add(reportButton);
            if (!detail.isSubProject()) {
                actions.add(subProjectButton);
            }
        }
        actions.setVisible(actions.getComponentCount() > 0);
    }

    /** Removes a co-financing row; a refusal (e.g. someone else changed it) is shown, and the page shows what is. */
    private void deleteCoFinancing(CoFinancing row) {
        if (ErrorHandling.run(this, () -> initiatives.deleteCoFinancing(row.id(), row.version()))) {
            Notifications.success(this, "initiative.money.coFinancingDeleted");
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("initiative.title") : detail.name() + " – " + getTranslation("initiative.title");
    }
}
