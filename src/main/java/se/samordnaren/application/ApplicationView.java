package se.samordnaren.application;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.attachment.AttachmentUpload;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** One application: its life cycle with the § of each decision, versions side by side, files, and the steps to record. */
@Route("ansokningar/:applicationId([0-9]{1,18})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/application.css")
class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FundingApplicationService applications;
    private final boolean mayPrepare;
    private final boolean mayDecide;
    final Button prepareButton = new Button();
    final Button auButton = new Button();
    final Button boardButton = new Button();
    final Button reviseButton = new Button();
    final Button withdrawButton = new Button();
    final Div stepper = new Div();
    final VerticalLayout timeline = new VerticalLayout();
    final VerticalLayout grants = new VerticalLayout();
    final FlexLayout versions = new FlexLayout();
    final Grid<Integer> comparison = new Grid<>();
    final Anchor initiativeLink = new Anchor();
    Upload upload;
    ApplicationDetail application;
    StepDialog stepDialog;
    ReviseDialog reviseDialog;
    WithdrawDialog withdrawDialog;

    ApplicationView(FundingApplicationService applications, CurrentUser currentUser) {
        this.applications = applications;
        this.mayPrepare = currentUser.hasAnyRole(Role.BEREDNINGSGRUPP, Role.FORBUNDSCHEF);
        this.mayDecide = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        setMaxWidth("1200px");
        prepareButton.setText(getTranslation("application.action.prepare"));
        prepareButton.addClickListener(e -> openStep(StepKind.PREPARED));
        auButton.setText(getTranslation("application.action.auProposal"));
        auButton.addClickListener(e -> openStep(StepKind.AU_PROPOSAL));
        boardButton.setText(getTranslation("application.action.boardDecision"));
        boardButton.addThemeVariants(ButtonVariant.PRIMARY);
        boardButton.addClickListener(e -> openStep(StepKind.BOARD_DECISION));
        reviseButton.setText(getTranslation("application.action.revise"));
        reviseButton.addClickListener(e -> openRevise());
        withdrawButton.setText(getTranslation("application.action.withdraw"));
        withdrawButton.addThemeVariants(ButtonVariant.ERROR);
        withdrawButton.addClickListener(e -> openWithdraw());
        stepper.addClassName("application-stepper");
        timeline.setPadding(false);
        timeline.setSpacing(false);
        grants.setPadding(false);
        grants.setSpacing(false);
        versions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        versions.getStyle().set("gap", "var(--lumo-space-m)");
        versions.setWidthFull();
        initiativeLink.addClassName("application-initiative-link");
        comparison.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("applicationId").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        show(applications.detail(id).orElseThrow(NotFoundException::new));
    }

    void reload() {
        show(applications.detail(application.id()).orElseThrow());
    }

    void show(ApplicationDetail detail) {
        this.application = detail;
        removeAll();
        ApplicationDetail.Version latest = detail.latestVersion();
        ApplicationStatus status = detail.status();
        boolean open = !status.isFinal() && status != ApplicationStatus.DECIDED_REJECTED;
        prepareButton.setVisible(mayPrepare && (status == ApplicationStatus.RECEIVED || status == ApplicationStatus.PREPARED
                || status == ApplicationStatus.REFERRED_BACK));
        reviseButton.setVisible(mayPrepare && status != ApplicationStatus.DECIDED_GRANTED && status != ApplicationStatus.WITHDRAWN);
        auButton.setVisible(mayDecide && open);
        boardButton.setVisible(mayDecide && open);
        // Offered only while the application is undecided; after a decision the service (and the database) refuse it.
        withdrawButton.setVisible(mayPrepare && !status.isFinal() && status != ApplicationStatus.DECIDED_REJECTED);

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

        buildStepper(detail);
        add(stepper);

        add(new H3(getTranslation("application.timeline")));
        buildTimeline(detail);
        add(timeline);

        if (!detail.grants().isEmpty()) {
            add(new H3(getTranslation("application.grants")));
            grants.removeAll();
            for (ApplicationDetail.Grant g : detail.grants()) {
                HorizontalLayout row = new HorizontalLayout(new Span(String.valueOf(g.year())),
                        amount(g.amount()), link(g.decision()));
                row.setAlignItems(FlexComponent.Alignment.BASELINE);
                grants.add(row);
            }
            add(grants);
        }

        add(new H3(getTranslation("application.versions")));
        versions.removeAll();
        for (ApplicationDetail.Version v : detail.versions().reversed()) {
            versions.add(versionCard(v, v == latest));
        }
        add(versions);

        if (detail.versions().size() > 1) {
            add(new H3(getTranslation("application.comparison")));
            buildComparison(detail);
            add(comparison);
        }
    }

    private void buildStepper(ApplicationDetail detail) {
        stepper.removeAll();
        ApplicationStatus status = detail.status();
        StepKind last = detail.steps().stream().map(ApplicationDetail.Step::step).filter(s -> s != StepKind.WITHDRAWN)
                .reduce((first, second) -> second).orElse(StepKind.RECEIVED);
        List<StepKind> stages = List.of(StepKind.RECEIVED, StepKind.PREPARED, StepKind.AU_PROPOSAL, StepKind.BOARD_DECISION);
        int reached = stages.indexOf(last);
        for (int i = 0; i < stages.size(); i++) {
            Span stage = new Span(getTranslation("application.stage." + stages.get(i).name()));
            stage.addClassNames("application-stage", i < reached ? "done" : i == reached ? "current" : "todo");
            stepper.add(stage);
        }
        String finalKey = status == ApplicationStatus.DECIDED_REJECTED ? "application.stage.rejected"
                : status == ApplicationStatus.WITHDRAWN ? "application.stage.withdrawn" : "application.stage.granted";
        Span end = new Span(getTranslation(finalKey));
        end.addClassNames("application-stage", status == ApplicationStatus.DECIDED_GRANTED ? "current"
                : status == ApplicationStatus.DECIDED_REJECTED || status == ApplicationStatus.WITHDRAWN ? "rejected" : "todo");
        if (status == ApplicationStatus.DECIDED_GRANTED || status == ApplicationStatus.DECIDED_REJECTED
                || status == ApplicationStatus.WITHDRAWN) {
            stepper.getChildren().filter(c -> c.hasClassName("current")).forEach(c -> {
                c.removeClassName("current");
                c.addClassName("done");
            });
        } else {
            end.setText(getTranslation("application.stage.final"));
        }
        stepper.add(end);
    }

    private void buildTimeline(ApplicationDetail detail) {
        timeline.removeAll();
        for (ApplicationDetail.Step s : detail.steps()) {
            Div row = new Div();
            row.addClassName("application-timeline-row");
            Span date = new Span(Formats.date(s.occurredOn()));
            date.addClassName("application-timeline-date");
            Span what = new Span(getTranslation(s.step().translationKey())
                    + (s.outcome() == null ? "" : ": " + getTranslation("application.outcome." + s.step().name() + "." + s.outcome().name())));
            what.addClassName("application-timeline-step");
            row.add(date, what, new Span(getTranslation("application.versionNo", s.versionNo())));
            if (s.decision() != null) {
                row.add(link(s.decision()));
            }
            if (s.notes() != null) {
                Span notes = new Span(s.notes());
                notes.addClassName("application-notes");
                row.add(notes);
            }
            timeline.add(row);
        }
    }

    private Component versionCard(ApplicationDetail.Version v, boolean latest) {
        Div card = new Div();
        card.addClassName("application-version");
        card.add(new H4(getTranslation("application.versionNo", v.versionNo()) + ": " + v.title()));
        card.add(line("application.receivedOn", Formats.date(v.receivedOn())));
        if (v.periodStart() != null || v.periodEnd() != null) {
            card.add(line("application.period", Formats.date(v.periodStart()) + " – " + Formats.date(v.periodEnd())));
        }
        if (v.targetGroup() != null) {
            card.add(line("application.targetGroup", v.targetGroup()));
        }
        if (v.description() != null) {
            card.add(new Paragraph(v.description()));
        }
        if (v.changeNote() != null) {
            card.add(line("application.changeNote", v.changeNote()));
        }
        for (ApplicationDetail.Requested r : v.requested()) {
            card.add(line(null, r.year() + ": " + Formats.money(r.amount())));
        }
        card.add(line("application.requestedTotal", Formats.money(v.requestedTotal())));
        Div files = new Div();
        for (ApplicationDetail.Attachment a : v.attachments()) {
            Anchor download = new Anchor(FundingApplicationService.downloadUrl(a.id()), a.fileName());
            download.getElement().setAttribute("download", true);
            download.setRouterIgnore(true);
            Span checksum = new Span(getTranslation("application.attachment.meta", Formats.number(BigDecimal.valueOf(a.sizeBytes())),
                    a.sha256().substring(0, 16)));
            checksum.addClassName("application-checksum");
            checksum.getElement().setAttribute("title", "SHA-256 " + a.sha256());
            Div file = new Div(download, new Span(" "), checksum);
            files.add(file);
        }
        if (v.attachments().isEmpty()) {
            files.add(line(null, getTranslation("application.attachment.none")));
        }
        card.add(new H4(getTranslation("application.attachments")), files);
        if (latest && !v.frozen() && mayPrepare) {
            card.add(upload(v));
        }
        return card;
    }

    private Upload upload(ApplicationDetail.Version v) {
        // The same upload as everywhere: file types, and the 25 MB limit checked in the browser and on the server.
        upload = new AttachmentUpload(
                f -> applications.addAttachment(v.id(), f.fileName(), f.contentType(), f.content()), this::reload);
        upload.setDropLabel(new Span(getTranslation("application.attachment.drop")));
        return upload;
    }

    private void buildComparison(ApplicationDetail detail) {
        comparison.removeAllColumns();
        Map<Integer, Map<Integer, ApplicationDetail.Comparison>> byYear = new TreeMap<>();
        TreeSet<Integer> versionNos = new TreeSet<>();
        for (ApplicationDetail.Comparison c : detail.comparison()) {
            byYear.computeIfAbsent(c.year(), y -> new TreeMap<>()).put(c.versionNo(), c);
            versionNos.add(c.versionNo());
        }
        comparison.addColumn(String::valueOf).setHeader(getTranslation("application.year")).setAutoWidth(true).setFlexGrow(0);
        for (int no : versionNos) {
            comparison.addColumn(year -> {
                ApplicationDetail.Comparison c = byYear.get(year).get(no);
                if (c == null) {
                    return "";
                }
                String diff = c.difference() == null || c.difference().signum() == 0 ? ""
                        : " (" + (c.difference().signum() > 0 ? "+" : "") + Formats.money(c.difference()) + ")";
                return Formats.money(c.amount()) + diff;
            }).setHeader(getTranslation("application.versionNo", no)).setTextAlign(ColumnTextAlign.END);
        }
        comparison.setItems(byYear.keySet());
    }

    private Span line(String labelKey, String text) {
        Span span = new Span(labelKey == null ? text : getTranslation(labelKey) + ": " + text);
        span.getStyle().set("display", "block");
        return span;
    }

    private static Span amount(BigDecimal value) {
        Span span = new Span(Formats.money(value));
        span.addClassName("application-amount");
        return span;
    }

    private static DecidedAtLink link(DecisionPlace d) {
        return new DecidedAtLink(d.bodyName(), d.meetingDate(), d.paragraphNumber(), d.meetingId());
    }

    void openStep(StepKind step) {
        stepDialog = new StepDialog(step);
        stepDialog.open();
    }

    void openRevise() {
        reviseDialog = new ReviseDialog();
        reviseDialog.open();
    }

    void openWithdraw() {
        withdrawDialog = new WithdrawDialog();
        withdrawDialog.open();
    }

    @Override
    public String getPageTitle() {
        return application == null ? getTranslation("application.list.title") : application.latestVersion().title();
    }

    /** Records one step: the beredningsgrupp's recommendation, or a decision step pointing to its § in the minutes. */
    class StepDialog extends Dialog {
        final StepKind step;
        final Select<StepOutcome> outcome = new Select<>();
        final ComboBox<DecisionPlace> decision = new ComboBox<>(getTranslation("application.decision"));
        final DatePicker date = Dates.picker(getTranslation("application.date"));
        final TextArea notes = new TextArea(getTranslation("application.notes"));
        final TextField initiativeName = new TextField(getTranslation("application.initiativeName"));
        /** On bifall: what the board granted per requested year, filled in with the requested amounts. */
        final Map<Integer, BigDecimalField> grantedAmounts = new TreeMap<>();
        final Span grantedTotal = new Span();
        final Div grantedSection = new Div();
        final Button save = new Button(getTranslation("action.save"));

        StepDialog(StepKind step) {
            this.step = step;
            setHeaderTitle(getTranslation("application.dialog." + step.name()));
            outcome.setLabel(getTranslation("application.outcome." + step.name()));
            outcome.setItems(step == StepKind.PREPARED
                    ? List.of(StepOutcome.APPROVE, StepOutcome.REJECT, StepOutcome.MORE_INFORMATION)
                    : List.of(StepOutcome.APPROVE, StepOutcome.REJECT, StepOutcome.REFER_BACK, StepOutcome.POSTPONE));
            outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("application.outcome." + step.name() + "." + o.name()));
            FormLayout form = new FormLayout();
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            if (step == StepKind.PREPARED) {
                date.setValue(LocalDate.now());
                form.add(date, outcome, notes);
            } else {
                decision.setItems(applications.decisionsFor(application.id(), step));
                decision.setItemLabelGenerator(d -> DecidedAtLink.label(d.bodyName(), d.meetingDate(), d.paragraphNumber())
                        + " " + d.itemTitle() + " (" + getTranslation("application.decisionOutcome." + d.outcome()) + ")");
                decision.setHelperText(getTranslation("application.decision.help"));
                decision.addValueChangeListener(e -> {
                    if (e.getValue() != null && outcome.getValue() == null) {
                        outcome.setValue(outcomeOf(e.getValue().outcome()));
                    }
                });
                form.add(decision, outcome, notes);
                if (step == StepKind.BOARD_DECISION && application.initiativeId() == null) {
                    initiativeName.setValue(application.latestVersion().title());
                    initiativeName.setHelperText(getTranslation("application.initiativeName.help"));
                    initiativeName.setVisible(false);
                    outcome.addValueChangeListener(e -> initiativeName.setVisible(e.getValue() == StepOutcome.APPROVE));
                    form.add(initiativeName);
                }
                if (step == StepKind.BOARD_DECISION) {
                    buildGrantedAmounts();
                    grantedSection.setVisible(outcome.getValue() == StepOutcome.APPROVE);
                    outcome.addValueChangeListener(e -> grantedSection.setVisible(e.getValue() == StepOutcome.APPROVE));
                    form.add(grantedSection);
                }
            }
            add(form);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(640px, 95vw)");
        }

        private void buildGrantedAmounts() {
            FormLayout fields = new FormLayout();
            fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 3));
            for (ApplicationDetail.Requested requested : application.latestVersion().requested()) {
                BigDecimalField field = new BigDecimalField(getTranslation("application.grantedForYear", String.valueOf(requested.year())));
                field.setSuffixComponent(new Span("kr"));
                field.setValue(requested.amount());
                field.setHelperText(getTranslation("application.requestedAmount", Formats.money(requested.amount())));
                field.setRequiredIndicatorVisible(true);
                field.setErrorMessage(getTranslation("application.error.grantNegative", String.valueOf(requested.year())));
                field.addValueChangeListener(e -> {
                    field.setInvalid(e.getValue() != null && e.getValue().signum() < 0);
                    showGrantedTotal();
                });
                grantedAmounts.put(requested.year(), field);
                fields.add(field);
            }
            grantedTotal.addClassName("application-hint");
            showGrantedTotal();
            grantedSection.add(new H4(getTranslation("application.granted")), fields, grantedTotal);
        }

        private void showGrantedTotal() {
            BigDecimal total = grantedAmounts.values().stream().map(BigDecimalField::getValue).filter(v -> v != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            grantedTotal.setText(getTranslation("application.grantedTotal", Formats.money(total),
                    Formats.money(application.latestVersion().requestedTotal())));
        }

        /** The amounts typed per year (null where a field was emptied: the service asks for it). */
        private TreeMap<Integer, BigDecimal> granted() {
            TreeMap<Integer, BigDecimal> granted = new TreeMap<>();
            grantedAmounts.forEach((year, field) -> granted.put(year, field.getValue()));
            return granted;
        }

        private StepOutcome outcomeOf(String decisionOutcome) {
            return switch (decisionOutcome) {
                case "GRANTED", "APPROVED", "DELEGATION_REPORTED" -> StepOutcome.APPROVE;
                case "REJECTED" -> StepOutcome.REJECT;
                case "REFERRED_BACK" -> StepOutcome.REFER_BACK;
                case "POSTPONED" -> StepOutcome.POSTPONE;
                default -> null;
            };
        }

        void save() {
            try {
                switch (step) {
                    case PREPARED -> applications.prepare(application.id(), application.version(), date.getValue(),
                            outcome.getValue(), notes.getValue());
                    case AU_PROPOSAL -> applications.recordAuProposal(application.id(), application.version(), outcome.getValue(),
                            requireDecision(), notes.getValue());
                    case BOARD_DECISION -> applications.recordBoardDecision(application.id(), application.version(),
                            outcome.getValue(), requireDecision(), notes.getValue(), initiativeName.getValue(),
                            outcome.getValue() == StepOutcome.APPROVE ? granted() : null);
                    default -> throw new IllegalStateException();
                }
                Notifications.success(ApplicationView.this, "application.stepSaved");
                close();
                reload();
            } catch (UserFacingException error) {
                Notifications.error(ApplicationView.this, error);
            }
        }

        private long requireDecision() {
            if (decision.getValue() == null) {
                throw new UserFacingException("application.error.decisionRequired");
            }
            return decision.getValue().decisionId();
        }
    }

    /** A revised application: a new version, filled in from the latest one. */
    class ReviseDialog extends Dialog {
        final VersionForm version = new VersionForm(true);
        final Button save = new Button(getTranslation("action.save"));

        ReviseDialog() {
            setHeaderTitle(getTranslation("application.action.revise"));
            version.fill(application.latestVersion());
            add(version);
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(760px, 95vw)");
        }

        void save() {
            try {
                int no = applications.revise(application.id(), application.version(), version.draft());
                Notifications.success(ApplicationView.this, "application.revised", no);
                close();
                reload();
            } catch (UserFacingException error) {
                Notifications.error(ApplicationView.this, error);
            }
        }
    }

    /** The applicant has withdrawn the application: the date and a note (why, who said so). */
    class WithdrawDialog extends Dialog {
        final DatePicker date = Dates.picker(getTranslation("application.date"));
        final TextArea notes = new TextArea(getTranslation("application.notes"));
        final Button save = new Button(getTranslation("application.action.withdraw"));

        WithdrawDialog() {
            setHeaderTitle(getTranslation("application.dialog.WITHDRAWN"));
            date.setValue(LocalDate.now());
            date.setRequiredIndicatorVisible(true);
            notes.setHelperText(getTranslation("application.withdraw.notesHelp"));
            FormLayout form = new FormLayout(new Paragraph(getTranslation("application.withdraw.help")), date, notes);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            add(form);
            save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(520px, 95vw)");
        }

        void save() {
            try {
                applications.withdraw(application.id(), application.version(), date.getValue(), notes.getValue());
                Notifications.success(ApplicationView.this, "application.withdrawn");
                close();
                reload();
            } catch (UserFacingException error) {
                Notifications.error(ApplicationView.this, error);
            }
        }
    }
}
