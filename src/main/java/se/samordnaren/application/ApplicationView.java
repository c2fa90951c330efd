package se.samordnaren.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.ViewHeader;

/**
 * One application: the header with the steps the user may record, where the case stands, its life cycle with the §
 * of each decision, the money granted, the versions with their files, and the versions compared year by year.
 * Each region is its own component, each step its own dialog.
 */
@Route("ansokningar/:applicationId([0-9]{1,18})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/application.css")
class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationQueries queries;
    private final ApplicationStepService steps;
    private final FundingApplicationService applications;
    private final boolean mayPrepare;
    private final boolean mayDecide;
    final Button prepareButton = new Button();
    final Button auButton = new Button();
    final Button boardButton = new Button();
    final Button reviseButton = new Button();
    final Button withdrawButton = new Button();
    final Anchor initiativeLink = new Anchor();
    final ApplicationStepper stepper = new ApplicationStepper();
    final ApplicationTimeline timeline = new ApplicationTimeline();
    final GrantedMoney grants = new GrantedMoney();
    final VersionCards versions;
    final VersionComparison comparison = new VersionComparison();
    ApplicationDetail application;
    PrepareDialog prepareDialog;
    DecisionStepDialog decisionDialog;
    ReviseDialog reviseDialog;
    WithdrawDialog withdrawDialog;

    ApplicationView(ApplicationQueries queries, ApplicationStepService steps, FundingApplicationService applications,
                    CurrentUser currentUser) {
        this.queries = queries;
        this.steps = steps;
        this.applications = applications;
        this.mayPrepare = currentUser.hasAnyRole(Role.BEREDNINGSGRUPP, Role.FORBUNDSCHEF);
        this.mayDecide = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        this.versions = new VersionCards(applications, mayPrepare, this::reload);
        setMaxWidth("1200px");
        prepareButton.setText(getTranslation("application.action.prepare"));
        prepareButton.addClickListener(e -> openPrepare());
        auButton.setText(getTranslation("application.action.auProposal"));
        auButton.addClickListener(e -> openDecision(StepKind.AU_PROPOSAL));
        boardButton.setText(getTranslation("application.action.boardDecision"));
        boardButton.addThemeVariants(ButtonVariant.PRIMARY);
        boardButton.addClickListener(e -> openDecision(StepKind.BOARD_DECISION));
        reviseButton.setText(getTranslation("application.action.revise"));
        reviseButton.addClickListener(e -> openRevise());
        withdrawButton.setText(getTranslation("application.action.withdraw"));
        withdrawButton.addThemeVariants(ButtonVariant.ERROR);
        withdrawButton.addClickListener(e -> openWithdraw());
        initiativeLink.addClassName("application-initiative-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("applicationId").orElse("");
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        show(queries.detail(Long.parseLong(id)).orElseThrow(NotFoundException::new));
    }

    void reload() {
        show(queries.detail(application.id()).orElseThrow());
    }

    void show(ApplicationDetail detail) {
        this.application = detail;
        removeAll();
        ApplicationDetail.Version latest = detail.latestVersion();
        ApplicationStatus status = detail.status();
        boolean undecided = !status.isFinal() && status != ApplicationStatus.DECIDED_REJECTED;
        prepareButton.setVisible(mayPrepare && (status == ApplicationStatus.RECEIVED || status == ApplicationStatus.PREPARED
                || status == ApplicationStatus.REFERRED_BACK));
        reviseButton.setVisible(mayPrepare && status != ApplicationStatus.DECIDED_GRANTED && status != ApplicationStatus.WITHDRAWN);
        auButton.setVisible(mayDecide && undecided);
        boardButton.setVisible(mayDecide && undecided);
        // Offered only while the application is undecided; after a decision the service (and the database) refuse it.
        withdrawButton.setVisible(mayPrepare && undecided);

        String subtitle = detail.applicant() + (detail.caseNumber() == null ? "" : " · " + detail.caseNumber())
                + " · " + getTranslation("application.versionNo", latest.versionNo());
        add(new ViewHeader(latest.title(), subtitle, prepareButton, auButton, boardButton, reviseButton, withdrawButton));

        HorizontalLayout state = new HorizontalLayout(StatusBadge.of(this, status));
        state.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (detail.initiativeId() != null) {
            initiativeLink.setHref("insatser/" + detail.initiativeId());
            initiativeLink.setText(getTranslation("application.initiativeLink", detail.initiativeName()));
            state.add(initiativeLink);
        }
        add(state);

        stepper.show(detail);
        add(stepper, new H2(getTranslation("application.timeline")));
        timeline.show(detail);
        add(timeline);
        if (!detail.grants().isEmpty()) {
            grants.show(detail);
            add(new H2(getTranslation("application.grants")), grants);
        }
        versions.show(detail);
        add(new H2(getTranslation("application.versions")), versions);
        if (detail.versions().size() > 1) {
            comparison.show(detail);
            add(new H2(getTranslation("application.comparison")), comparison);
        }
    }

    void openPrepare() {
        prepareDialog = opened(new PrepareDialog(steps, application));
    }

    void openDecision(StepKind step) {
        decisionDialog = opened(new DecisionStepDialog(steps, queries, application, step));
    }

    void openRevise() {
        reviseDialog = opened(new ReviseDialog(applications, application));
    }

    void openWithdraw() {
        withdrawDialog = opened(new WithdrawDialog(steps, application));
    }

    private <D extends FormDialog<?>> D opened(D dialog) {
        dialog.onSaved(this::reload);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return application == null ? getTranslation("application.list.title") : application.latestVersion().title();
    }
}
