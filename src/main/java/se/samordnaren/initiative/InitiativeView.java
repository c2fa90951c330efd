package se.samordnaren.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import se.samordnaren.association.MemberService;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.initiative.InitiativeDetail.CoFinancing;
import se.samordnaren.initiative.InitiativeDetail.GrantYear;
import se.samordnaren.initiative.InitiativeDetail.LedgerRow;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.attachment.AttachmentUpload;
import se.samordnaren.initiative.InitiativeDetail.Report;
import se.samordnaren.initiative.InitiativeDetail.SubProject;
import se.samordnaren.initiative.InitiativeDetail.TimelineEvent;
import se.samordnaren.people.PersonService;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.security.Roles;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One insats: header with the first granting §, and tabs for overview, decisions, money, reports and delprojekt. */
@Route("insatser/:initiativeId([0-9]{1,18})")
@RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM, Roles.SEKRETERARE, Roles.STYRELSE, Roles.BEREDNINGSGRUPP, Roles.REVISOR})
@StyleSheet("styles/initiatives.css")
class InitiativeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "initiativeId";

    private final InitiativeService initiatives;
    private final MemberService members;
    private final PersonService people;
    private final AttachmentService attachments;
    private final boolean mayEdit;
    private final boolean mayRecordMoney;

    InitiativeDetail detail;
    final Div header = new Div();
    final HorizontalLayout actions = new HorizontalLayout();
    final TabSheet tabs = new TabSheet();
    final Grid<TimelineEvent> timelineGrid = new Grid<>();
    final Grid<GrantYear> yearsGrid = new Grid<>();
    final Grid<LedgerRow> ledgerGrid = new Grid<>();
    final Grid<CoFinancing> coFinancingGrid = new Grid<>();
    final Grid<SubProject> subProjectGrid = new Grid<>();
    final Button editButton = new Button();
    final Button grantButton = new Button();
    final Button changeButton = new Button();
    final Button reportButton = new Button();
    final Button subProjectButton = new Button();
    Dialog openDialog;

    InitiativeView(InitiativeService initiatives, MemberService members, PersonService people,
                   AttachmentService attachments, CurrentUser currentUser) {
        this.initiatives = initiatives;
        this.people = people;
        this.attachments = attachments;
        this.members = members;
        this.mayEdit = currentUser.hasAnyRole(Role.FORBUNDSCHEF);
        this.mayRecordMoney = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.EKONOM);
        setWidthFull();
        setMaxWidth("1200px");

        editButton.setText(getTranslation("action.edit"));
        editButton.setIcon(VaadinIcon.EDIT.create());
        editButton.addClickListener(e -> openDialog(new InitiativeEditor(this, initiatives, members, people,
                InitiativeDraft.of(detail), detail.allowedStatuses(), id -> load(id))));
        grantButton.setText(getTranslation("initiative.money.recordGrant"));
        grantButton.setIcon(VaadinIcon.MONEY.create());
        grantButton.addClickListener(e -> openDialog(new GrantDialog()));
        changeButton.setText(getTranslation("initiative.money.recordChange"));
        changeButton.setIcon(VaadinIcon.EXCHANGE.create());
        changeButton.addClickListener(e -> openDialog(new ChangeDialog()));
        reportButton.setText(getTranslation("initiative.report.add"));
        reportButton.setIcon(VaadinIcon.FILE_TEXT_O.create());
        reportButton.addClickListener(e -> openDialog(new ReportDialog()));
        subProjectButton.setText(getTranslation("initiative.addSubProject"));
        subProjectButton.setIcon(VaadinIcon.PLUS.create());
        subProjectButton.addClickListener(e -> openDialog(new InitiativeEditor(this, initiatives, members, people,
                InitiativeDraft.empty(detail.id()), List.of(), this::navigateTo)));
        List.of(editButton, grantButton, changeButton, reportButton, subProjectButton)
                .forEach(b -> b.addThemeVariants(ButtonVariant.SMALL));
        editButton.addThemeVariants(ButtonVariant.PRIMARY);
        actions.getStyle().set("flex-wrap", "wrap");

        header.setWidthFull();
        tabs.setWidthFull();
        add(header, actions, tabs);
        configureGrids();
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

    private void openDialog(Dialog dialog) {
        openDialog = dialog;
        dialog.open();
    }

    private void navigateTo(long id) {
        getUI().ifPresent(ui -> ui.navigate(InitiativeView.class, new RouteParameters(PARAMETER, String.valueOf(id))));
    }

    void load(long id) {
        show(initiatives.detail(id).orElseThrow());
    }

    private void show(InitiativeDetail loaded) {
        detail = loaded;
        int selected = Math.max(tabs.getSelectedIndex(), 0);
        buildHeader();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        tabs.add(getTranslation("initiative.tab.overview"), overview());
        tabs.add(getTranslation("initiative.tab.decisions"), decisions());
        tabs.add(getTranslation("initiative.tab.money"), money());
        tabs.add(getTranslation("initiative.tab.reports"), reports());
        tabs.add(getTranslation("initiative.tab.subProjects"), subProjects());
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    // ------------------------------------------------------------ header

    private void buildHeader() {
        header.removeAll();
        Anchor back = new Anchor("insatser", "← " + getTranslation("initiative.backToList"));
        back.addClassName("sub-label");
        Div title = new Div(new H2(detail.name()), InitiativeUi.statusBadge(this, detail.status()));
        title.addClassName("initiative-header");
        Div facts = new Div();
        facts.addClassName("initiative-facts");
        facts.add(new Span(getTranslation("initiative.owner") + ": " + detail.owner()));
        String period = InitiativeUi.period(detail.startDate(), detail.plannedEndDate(), detail.actualEndDate());
        if (!period.isEmpty()) {
            facts.add(new Span(getTranslation("initiative.period") + ": " + period));
        }
        if (detail.parentId() != null) {
            facts.add(new Anchor("insatser/" + detail.parentId(), getTranslation("initiative.subProjectOf", detail.parentName())));
        }
        DecisionRef first = detail.firstGrantingDecision();
        if (first != null) {
            facts.add(new DecidedAtLink(first.bodyName(), first.meetingDate(), first.paragraphNumber(), first.meetingId()));
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

    // ------------------------------------------------------------ tabs

    private Component overview() {
        Div facts = new Div();
        facts.getElement().setAttribute("role", "list");
        com.vaadin.flow.component.html.DescriptionList list = new com.vaadin.flow.component.html.DescriptionList();
        list.addClassName("fact-list");
        fact(list, "initiative.shortName", detail.shortName());
        fact(list, "initiative.owner", detail.owner());
        fact(list, "initiative.members", String.join(", ", detail.members().stream().map(InitiativeDetail.TakingPart::name).toList()));
        fact(list, "initiative.targetGroup", detail.targetGroup());
        fact(list, "initiative.orientation", detail.orientation() == null ? null : getTranslation(detail.orientation().translationKey()));
        fact(list, "initiative.susReference", detail.susReference());
        fact(list, "initiative.startDate", Formats.date(detail.startDate()));
        fact(list, "initiative.plannedEndDate", Formats.date(detail.plannedEndDate()));
        fact(list, "initiative.actualEndDate", Formats.date(detail.actualEndDate()));
        fact(list, "initiative.contact", joinNonBlank(detail.contactPerson(), detail.contact()));
        fact(list, "initiative.description.field", detail.description());
        fact(list, "initiative.staffNotes", detail.staffNotes());
        fact(list, "initiative.granted", Formats.money(detail.grantedTotal()));

        VerticalLayout layout = new VerticalLayout(list, sectionTitle("initiative.conditions"), conditions());
        layout.setPadding(false);
        return layout;
    }

    private void fact(com.vaadin.flow.component.html.DescriptionList list, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new com.vaadin.flow.component.html.DescriptionList.Term(getTranslation(key)),
                new com.vaadin.flow.component.html.DescriptionList.Description(value));
    }

    private static String joinNonBlank(String a, String b) {
        return java.util.stream.Stream.of(a, b).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private Component conditions() {
        Div cards = new Div();
        cards.addClassName("card-list");
        if (detail.conditions().isEmpty()) {
            cards.add(new Span(getTranslation("initiative.conditions.empty")));
        }
        for (InitiativeDetail.Condition c : detail.conditions()) {
            Div card = new Div();
            card.addClassName("item-card");
            Span state = new Span(getTranslation(c.isClosed() ? "initiative.condition.closed"
                    : c.overdue() ? "initiative.condition.overdue" : "initiative.condition.open"));
            state.addClassNames("condition-state", c.isClosed() ? "closed" : c.overdue() ? "overdue" : "open");
            card.add(state, new Paragraph(c.description()));
            Div meta = new Div();
            meta.addClassName("initiative-facts");
            meta.add(new DecidedAtLink(c.decidedAt().bodyName(), c.decidedAt().meetingDate(),
                    c.decidedAt().paragraphNumber(), c.decidedAt().meetingId()));
            if (c.dueOn() != null && !c.isClosed()) {
                meta.add(new Span(getTranslation("initiative.condition.due", Formats.date(c.dueOn()))));
            }
            if (c.isClosed() && c.closedAtMeetingId() != null && c.closedByParagraphNumber() != null) {
                meta.add(new Span(getTranslation("initiative.condition.closedAt", "")),
                        InitiativeUi.paragraphLink(c.decidedAt().bodyName(), c.closedOn(), c.closedByParagraphNumber(),
                                c.closedAtMeetingId()));
            }
            card.add(meta);
            if (c.closedNote() != null) {
                card.add(new Paragraph(c.closedNote()));
            }
            cards.add(card);
        }
        return cards;
    }

    private Component decisions() {
        timelineGrid.setItems(detail.timeline());
        VerticalLayout layout = new VerticalLayout(timelineGrid);
        layout.setPadding(false);
        return layout;
    }

    private Component money() {
        yearsGrid.setItems(detail.grantYears());
        yearsGrid.getColumnByKey("granted").setFooter(Formats.money(detail.grantedTotal()));
        yearsGrid.getColumnByKey("year").setFooter(getTranslation("initiative.money.total"));
        ledgerGrid.setItems(detail.ledger());
        coFinancingGrid.setItems(detail.coFinancing());

        Div changes = new Div();
        changes.addClassName("card-list");
        for (LedgerRow change : detail.changes()) {
            Div card = new Div();
            card.addClassName("item-card");
            boolean freed = change.amount().signum() < 0;
            Span summary = new Span(getTranslation(change.kind().translationKey()) + " " + change.year() + ": "
                    + getTranslation(freed ? "initiative.money.freedAmount" : "initiative.money.addedAmount",
                    Formats.money(change.amount())));
            summary.addClassNames("change-summary", "money", freed ? "freed" : "added");
            card.add(summary);
            if (change.decision() != null) {
                card.add(new Span(" · "), InitiativeUi.paragraphLink(change.decision()));
            }
            Paragraph after = new Paragraph(getTranslation("initiative.money.after") + ": "
                    + Formats.money(change.totalBefore()) + " → " + Formats.money(change.totalAfter())
                    + (change.note() == null ? "" : " · " + change.note()));
            after.addClassName("sub-label");
            card.add(after);
            changes.add(card);
        }

        VerticalLayout layout = new VerticalLayout(sectionTitle("initiative.money.perYear"), yearsGrid);
        if (!detail.changes().isEmpty()) {
            layout.add(sectionTitle("initiative.money.changes"), changes);
        }
        layout.add(sectionTitle("initiative.money.ledger"), ledgerGrid, sectionTitle("initiative.money.coFinancing"));
        if (detail.coFinancing().isEmpty()) {
            layout.add(new Span(getTranslation("initiative.money.noCoFinancing")));
        } else {
            layout.add(coFinancingGrid);
        }
        if (mayRecordMoney) {
            Button add = new Button(getTranslation("initiative.money.addCoFinancing"), VaadinIcon.PLUS.create(),
                    e -> openDialog(new CoFinancingDialog()));
            add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            layout.add(add);
        }
        layout.setPadding(false);
        return layout;
    }

    private Component reports() {
        Div cards = new Div();
        cards.addClassName("card-list");
        if (detail.reports().isEmpty()) {
            cards.add(new Span(getTranslation("initiative.reports.empty")));
        }
        for (Report r : detail.reports()) {
            Div card = new Div();
            card.addClassName("item-card");
            card.add(new H4(getTranslation(r.kind().translationKey()) + (r.title() == null ? "" : ": " + r.title())));
            Div meta = new Div();
            meta.addClassName("initiative-facts");
            meta.add(new Span(getTranslation("initiative.report.receivedOn") + " " + Formats.date(r.receivedOn())));
            if (r.periodFrom() != null || r.periodTo() != null) {
                meta.add(new Span(getTranslation("initiative.period") + " " + Formats.date(r.periodFrom()) + " – " + Formats.date(r.periodTo())));
            }
            if (r.presentedAt() != null) {
                var p = r.presentedAt();
                meta.add(new Span(getTranslation("initiative.report.presentedAt", "")),
                        InitiativeUi.paragraphLink(p.bodyName(), p.meetingDate(), p.paragraphNumber(), p.meetingId()));
            }
            card.add(meta);
            if (r.participantsEnrolled() != null || r.participantsStarted() != null || r.participantsEnded() != null) {
                card.add(new Paragraph(getTranslation("initiative.report.participants", count(r.participantsEnrolled()),
                        count(r.participantsStarted()), count(r.participantsEnded()))));
            }
            if (r.summary() != null) {
                card.add(new Paragraph(r.summary()));
            }
            if (!r.attachments().isEmpty()) {
                Div files = new Div();
                files.addClassName("initiative-facts");
                files.add(new Span(getTranslation("initiative.report.attachments") + ":"));
                for (var a : r.attachments()) {
                    Anchor link = new Anchor(a.downloadUrl(), a.fileName());
                    link.setTarget(AnchorTarget.BLANK);
                    link.setRouterIgnore(true);
                    files.add(link);
                }
                card.add(files);
            }
            if (mayEdit) {
                long reportId = r.id();
                card.add(new AttachmentUpload(
                        f -> attachments.addToReport(reportId, f.fileName(), f.contentType(), f.content()),
                        () -> load(detail.id())));
            }
            cards.add(card);
        }
        return cards;
    }

    private static String count(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }

    private Component subProjects() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        if (detail.isSubProject()) {
            layout.add(new Anchor("insatser/" + detail.parentId(), getTranslation("initiative.subProjectOf", detail.parentName())));
            return layout;
        }
        if (detail.subProjects().isEmpty()) {
            layout.add(new Span(getTranslation("initiative.subProjects.empty")));
            return layout;
        }
        subProjectGrid.setItems(detail.subProjects());
        BigDecimal total = detail.subProjects().stream().map(SubProject::grantedTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        subProjectGrid.getColumnByKey("granted").setFooter(Formats.money(total));
        subProjectGrid.getColumnByKey("name").setFooter(getTranslation("initiative.subProjects.total"));
        layout.add(subProjectGrid);
        return layout;
    }

    private H3 sectionTitle(String key) {
        H3 title = new H3(getTranslation(key));
        title.addClassName("section-title");
        return title;
    }

    private void configureGrids() {
        timelineGrid.addColumn(e -> Formats.date(e.occurredOn())).setHeader(getTranslation("initiative.timeline.date"))
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        timelineGrid.addComponentColumn(e -> {
            Div cell = new Div(new Span(e.title()));
            if (e.detail() != null) {
                Span detailText = new Span(e.detail());
                detailText.addClassName("sub-label");
                cell.add(detailText);
            }
            cell.getStyle().set("white-space", "normal");
            return cell;
        }).setHeader(getTranslation("initiative.timeline.event")).setFlexGrow(3).setKey("event");
        timelineGrid.addComponentColumn(e -> e.amount() == null ? new Span() : InitiativeUi.money(e.amount()))
                .setHeader(getTranslation("initiative.timeline.amount")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setKey("amount");
        timelineGrid.addComponentColumn(e -> e.hasParagraph()
                        ? InitiativeUi.paragraphLink(e.bodyName(), e.meetingDate(), e.paragraphNumber(), e.meetingId()) : new Span())
                .setHeader(getTranslation("initiative.timeline.paragraph")).setAutoWidth(true).setFlexGrow(0).setKey("paragraph");
        timelineGrid.setAllRowsVisible(true);
        timelineGrid.setEmptyStateText(getTranslation("initiative.timeline.empty"));
        timelineGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);

        yearsGrid.addColumn(y -> String.valueOf(y.year())).setHeader(getTranslation("initiative.money.year")).setKey("year");
        yearsGrid.addColumn(y -> Formats.money(y.grantedTotal())).setHeader(getTranslation("initiative.money.granted"))
                .setTextAlign(ColumnTextAlign.END).setKey("granted");
        yearsGrid.addColumn(y -> Formats.money(y.originallyGranted())).setHeader(getTranslation("initiative.money.original"))
                .setTextAlign(ColumnTextAlign.END).setKey("original");
        yearsGrid.addColumn(y -> y.added().signum() == 0 ? "" : Formats.money(y.added()))
                .setHeader(getTranslation("initiative.money.added")).setTextAlign(ColumnTextAlign.END).setKey("added");
        yearsGrid.addColumn(y -> y.freed().signum() == 0 ? "" : Formats.money(y.freed().negate()))
                .setHeader(getTranslation("initiative.money.freed")).setTextAlign(ColumnTextAlign.END).setKey("freed");
        yearsGrid.setAllRowsVisible(true);
        yearsGrid.addThemeVariants(GridVariant.ROW_STRIPES);
        yearsGrid.setEmptyStateText(getTranslation("initiative.noGrants"));

        ledgerGrid.addColumn(r -> Formats.date(r.decidedOn())).setHeader(getTranslation("initiative.timeline.date"))
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        ledgerGrid.addColumn(r -> String.valueOf(r.year())).setHeader(getTranslation("initiative.money.year"))
                .setAutoWidth(true).setFlexGrow(0).setKey("year");
        ledgerGrid.addColumn(r -> getTranslation(r.kind().translationKey())).setHeader(getTranslation("initiative.money.kind"))
                .setAutoWidth(true).setKey("kind");
        ledgerGrid.addComponentColumn(r -> InitiativeUi.money(r.amount())).setHeader(getTranslation("initiative.money.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("amount");
        ledgerGrid.addComponentColumn(this::decisionCell).setHeader(getTranslation("initiative.money.decidedAt"))
                .setFlexGrow(2).setKey("decision");
        ledgerGrid.addColumn(r -> Formats.money(r.totalAfter())).setHeader(getTranslation("initiative.money.after"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("after");
        ledgerGrid.setAllRowsVisible(true);
        ledgerGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        ledgerGrid.setEmptyStateText(getTranslation("initiative.noGrants"));

        coFinancingGrid.addColumn(c -> c.source() == CoFinancingSource.ESF ? getTranslation(c.source().translationKey())
                : c.sourceName()).setHeader(getTranslation("initiative.money.source")).setKey("source");
        coFinancingGrid.addColumn(c -> String.valueOf(c.year())).setHeader(getTranslation("initiative.money.year"))
                .setAutoWidth(true).setFlexGrow(0).setKey("year");
        coFinancingGrid.addColumn(c -> Formats.money(c.amount())).setHeader(getTranslation("initiative.money.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("amount");
        coFinancingGrid.addColumn(CoFinancing::note).setHeader(getTranslation("initiative.money.note")).setFlexGrow(2).setKey("note");
        if (mayRecordMoney) {
            coFinancingGrid.addComponentColumn(c -> {
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> deleteCoFinancing(c));
                delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
                delete.setAriaLabel(getTranslation("action.delete"));
                return delete;
            }).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        }
        coFinancingGrid.setAllRowsVisible(true);
        coFinancingGrid.addThemeVariants(GridVariant.ROW_STRIPES);

        subProjectGrid.addComponentColumn(s -> {
            Div cell = new Div(new Anchor("insatser/" + s.id(), s.name()));
            if (s.staffNotes() != null) {
                Span notes = new Span(s.staffNotes());
                notes.addClassName("sub-label");
                cell.add(notes);
            }
            return cell;
        }).setHeader(getTranslation("initiative.name")).setFlexGrow(3).setKey("name");
        subProjectGrid.addColumn(SubProject::owner).setHeader(getTranslation("initiative.owner")).setFlexGrow(1).setKey("owner");
        subProjectGrid.addComponentColumn(s -> InitiativeUi.statusBadge(this, s.status()))
                .setHeader(getTranslation("initiative.status")).setAutoWidth(true).setFlexGrow(0).setKey("status");
        subProjectGrid.addColumn(s -> Formats.money(s.grantedTotal())).setHeader(getTranslation("initiative.granted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("granted");
        subProjectGrid.addColumn(s -> Formats.money(s.coFinancingTotal())).setHeader(getTranslation("initiative.money.coFinancing"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("coFinancing");
        subProjectGrid.setAllRowsVisible(true);
        subProjectGrid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
    }

    private Component decisionCell(LedgerRow row) {
        if (row.decision() != null) {
            return InitiativeUi.paragraphLink(row.decision());
        }
        Div cell = new Div(new Span(getTranslation("initiative.money.opening", Formats.date(row.decidedOn()))));
        if (row.openingReference() != null) {
            Span reference = new Span(row.openingReference());
            reference.addClassName("sub-label");
            cell.add(reference);
        }
        return cell;
    }

    private void deleteCoFinancing(CoFinancing c) {
        try {
            initiatives.deleteCoFinancing(c.id(), c.version());
            Notifications.success(this, "initiative.money.coFinancingDeleted");
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
        load(detail.id());
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("initiative.title") : detail.name() + " – " + getTranslation("initiative.title");
    }

    // ------------------------------------------------------------ dialogs

    private ComboBox<DecisionRef> decisionPicker() {
        ComboBox<DecisionRef> picker = new ComboBox<>(getTranslation("initiative.grant.decision"));
        picker.setItems(initiatives.grantingDecisions());
        picker.setItemLabelGenerator(d -> d.label() + " – " + d.itemTitle());
        picker.setHelperText(getTranslation("initiative.grant.decision.help"));
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        return picker;
    }

    private abstract class WriteDialog extends Dialog {
        final Button save = new Button(getTranslation("action.save"));

        WriteDialog(String titleKey) {
            setHeaderTitle(getTranslation(titleKey));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
            setWidth("min(720px, 96vw)");
        }

        abstract void write();

        abstract String successKey();

        void save() {
            try {
                write();
                Notifications.success(InitiativeView.this, successKey());
                close();
                load(detail.id());
            } catch (UserFacingException error) {
                Notifications.error(InitiativeView.this, error);
            }
        }
    }

    /** First grant on its §, or opening balances. */
    class GrantDialog extends WriteDialog {
        final ComboBox<DecisionRef> decision = decisionPicker();
        final Checkbox openingBalance = new Checkbox(getTranslation("initiative.grant.openingBalance"));
        final DatePicker openingDecidedOn = new DatePicker(getTranslation("initiative.grant.openingDecidedOn"));
        final TextField openingReference = new TextField(getTranslation("initiative.grant.openingReference"));
        final YearAmountsField amounts = new YearAmountsField(getTranslation("initiative.grant.amounts"));
        final TextField note = new TextField(getTranslation("initiative.grant.note"));

        GrantDialog() {
            super("initiative.money.recordGrant");
            openingReference.setPlaceholder(getTranslation("initiative.grant.openingReference.placeholder"));
            openingDecidedOn.setVisible(false);
            openingReference.setVisible(false);
            openingBalance.addValueChangeListener(e -> {
                decision.setVisible(!e.getValue());
                openingDecidedOn.setVisible(e.getValue());
                openingReference.setVisible(e.getValue());
            });
            LocalDate start = detail.startDate();
            LocalDate end = detail.plannedEndDate();
            if (start != null && end != null && !end.isBefore(start) && end.getYear() - start.getYear() < 10) {
                for (int y = start.getYear(); y <= end.getYear(); y++) {
                    amounts.addRow(y, null);
                }
            } else {
                amounts.addRow(LocalDate.now().getYear(), null);
            }
            note.setWidthFull();
            FormLayout form = new FormLayout(decision, openingBalance, openingDecidedOn, openingReference, amounts, note);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
            form.setColspan(decision, 2);
            form.setColspan(openingBalance, 2);
            form.setColspan(amounts, 2);
            form.setColspan(note, 2);
            add(form);
        }

        @Override
        void write() {
            initiatives.recordGrant(new GrantEntry(detail.id(),
                    decision.getValue() == null ? null : decision.getValue().decisionId(), openingBalance.getValue(),
                    openingDecidedOn.getValue(), openingReference.getValue(), amounts.values(), note.getValue()));
        }

        @Override
        String successKey() {
            return "initiative.money.grantRecorded";
        }
    }

    /** Extend, shorten, increase or stop, with the money per year it adds or frees. */
    class ChangeDialog extends WriteDialog {
        final ComboBox<ChangeKind> kind = new ComboBox<>(getTranslation("initiative.change.kind"));
        final ComboBox<DecisionRef> decision = decisionPicker();
        final DatePicker newEnd = new DatePicker(getTranslation("initiative.change.newEnd"));
        final DatePicker actualEnd = new DatePicker(getTranslation("initiative.change.actualEnd"));
        final YearAmountsField amounts = new YearAmountsField(getTranslation("initiative.grant.amounts"));
        final Button suggest = new Button(getTranslation("initiative.change.suggest"));
        final TextField note = new TextField(getTranslation("initiative.grant.note"));

        ChangeDialog() {
            super("initiative.money.recordChange");
            kind.setItems(ChangeKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
            kind.addValueChangeListener(e -> adapt());
            newEnd.setValue(detail.plannedEndDate());
            suggest.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            suggest.addClickListener(e -> amounts.setValues(InitiativeService.remainingAfter(detail,
                    kind.getValue() == ChangeKind.STOP ? actualEnd.getValue() : newEnd.getValue())));
            Span help = new Span(getTranslation("initiative.change.amounts.help"));
            help.addClassName("sub-label");
            note.setWidthFull();
            FormLayout form = new FormLayout(kind, decision, newEnd, actualEnd, help, amounts, suggest, note);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
            form.setColspan(decision, 2);
            form.setColspan(help, 2);
            form.setColspan(amounts, 2);
            form.setColspan(note, 2);
            add(form);
            kind.setValue(ChangeKind.SHORTEN);
        }

        private void adapt() {
            ChangeKind k = kind.getValue();
            newEnd.setVisible(k == ChangeKind.EXTEND || k == ChangeKind.SHORTEN);
            actualEnd.setVisible(k == ChangeKind.STOP);
            suggest.setVisible(k == ChangeKind.SHORTEN || k == ChangeKind.STOP);
        }

        @Override
        void write() {
            if (kind.getValue() == null) {
                throw new UserFacingException("error.checkFields");
            }
            if (decision.getValue() == null) {
                throw new UserFacingException("initiative.error.decisionRequired");
            }
            ChangeKind k = kind.getValue();
            initiatives.recordChange(new ChangeDecision(detail.id(), detail.version(), k, decision.getValue().decisionId(),
                    amounts.values(), newEnd.isVisible() ? newEnd.getValue() : null,
                    k == ChangeKind.STOP ? actualEnd.getValue() : null, note.getValue()));
        }

        @Override
        String successKey() {
            return "initiative.money.changeRecorded";
        }
    }

    class CoFinancingDialog extends WriteDialog {
        final ComboBox<CoFinancingSource> source = new ComboBox<>(getTranslation("initiative.money.source"));
        final TextField sourceName = new TextField(getTranslation("initiative.money.source"));
        final IntegerField year = new IntegerField(getTranslation("initiative.money.year"));
        final BigDecimalField amount = new BigDecimalField(getTranslation("initiative.grant.amount"));
        final TextField note = new TextField(getTranslation("initiative.money.note"));

        CoFinancingDialog() {
            super("initiative.money.addCoFinancing");
            source.setItems(CoFinancingSource.values());
            source.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
            source.setValue(CoFinancingSource.ESF);
            sourceName.setVisible(false);
            source.addValueChangeListener(e -> sourceName.setVisible(e.getValue() == CoFinancingSource.OTHER));
            year.setValue(LocalDate.now().getYear());
            FormLayout form = new FormLayout(source, sourceName, year, amount, note);
            form.setColspan(note, 2);
            add(form);
        }

        @Override
        void write() {
            initiatives.addCoFinancing(new CoFinancingDraft(detail.id(), source.getValue(),
                    source.getValue() == CoFinancingSource.OTHER ? sourceName.getValue() : null,
                    Objects.requireNonNullElse(year.getValue(), 0), amount.getValue(), note.getValue()));
        }

        @Override
        String successKey() {
            return "initiative.money.coFinancingAdded";
        }
    }

    class ReportDialog extends WriteDialog {
        final ComboBox<ReportKind> kind = new ComboBox<>(getTranslation("initiative.report.kind"));
        final TextField title = new TextField(getTranslation("initiative.report.title"));
        final DatePicker receivedOn = new DatePicker(getTranslation("initiative.report.receivedOn"));
        final DatePicker periodFrom = new DatePicker(getTranslation("initiative.report.periodFrom"));
        final DatePicker periodTo = new DatePicker(getTranslation("initiative.report.periodTo"));
        final IntegerField enrolled = new IntegerField(getTranslation("initiative.report.enrolled"));
        final IntegerField started = new IntegerField(getTranslation("initiative.report.started"));
        final IntegerField ended = new IntegerField(getTranslation("initiative.report.ended"));
        final TextArea summary = new TextArea(getTranslation("initiative.report.summary"));

        ReportDialog() {
            super("initiative.report.add");
            kind.setItems(ReportKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
            kind.setValue(ReportKind.LAGESRAPPORT);
            receivedOn.setValue(LocalDate.now());
            List.of(enrolled, started, ended).forEach(f -> {
                f.setMin(0);
                f.setHelperText(getTranslation("initiative.report.countsOnly"));
            });
            FormLayout form = new FormLayout(kind, title, receivedOn, new Span(), periodFrom, periodTo, enrolled, started,
                    ended, summary);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2),
                    new FormLayout.ResponsiveStep("640px", 3));
            form.setColspan(summary, 3);
            form.setColspan(title, 2);
            add(form);
        }

        @Override
        void write() {
            initiatives.addReport(new ReportDraft(detail.id(), kind.getValue(), title.getValue(), receivedOn.getValue(),
                    periodFrom.getValue(), periodTo.getValue(), enrolled.getValue(), started.getValue(), ended.getValue(),
                    summary.getValue()));
        }

        @Override
        String successKey() {
            return "initiative.report.added";
        }
    }
}
