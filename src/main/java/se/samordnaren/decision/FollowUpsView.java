package se.samordnaren.decision;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.meeting.Choice;
import se.samordnaren.meeting.MeetingPickers;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.meeting.StatusBadge;
import se.samordnaren.security.CurrentUser;
import se.samordnaren.security.Role;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.FilterBar;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Lazy;
import se.samordnaren.ui.Notifications;
import se.samordnaren.ui.ViewHeader;

/** Open and closed follow-ups; the förbundschef and the secretary close them with the paragraph that dealt with them. */
@Route("uppfoljning")
@Menu(order = 18, title = "nav.followUps", icon = "vaadin:calendar-clock")
@PermitAll
class FollowUpsView extends VerticalLayout implements HasDynamicTitle {

    private final FollowUpService followUps;
    private final MeetingService meetings;
    private final MeetingPickers pickers;
    private final boolean mayClose;
    final RadioButtonGroup<FollowUpService.Show> show = new RadioButtonGroup<>();
    final ComboBox<Choice> responsible = new ComboBox<>();
    final Grid<FollowUpService.Row> grid = new Grid<>();
    CloseFollowUpDialog closeDialog;
    RescheduleFollowUpDialog rescheduleDialog;

    FollowUpsView(FollowUpService followUps, MeetingService meetings, MeetingPickers pickers, CurrentUser currentUser) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.pickers = pickers;
        this.mayClose = currentUser.hasAnyRole(Role.FORBUNDSCHEF, Role.SEKRETERARE);
        setSizeFull();
        add(new ViewHeader(getTranslation("followUp.title"), getTranslation("followUp.description")));

        show.setLabel(getTranslation("followUp.show"));
        show.setItems(FollowUpService.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("followUp.show." + s.name()));
        show.setValue(FollowUpService.Show.OPEN);
        show.addValueChangeListener(e -> refresh());
        responsible.setLabel(getTranslation("followUp.responsible"));
        responsible.setPlaceholder(getTranslation("followUp.responsible.all"));
        Lazy.items(responsible, followUps::responsiblePeople);
        responsible.setItemLabelGenerator(Choice::label);
        responsible.setClearButtonVisible(true);
        responsible.addValueChangeListener(e -> refresh());
        FilterBar filters = new FilterBar(show, responsible);
        add(filters);

        grid.addComponentColumn(this::status).setHeader(getTranslation("followUp.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FollowUpService.Row::description).setHeader(getTranslation("followUp.what")).setFlexGrow(3);
        grid.addComponentColumn(r -> link(r.decidedAt())).setHeader(getTranslation("followUp.decidedAt")).setAutoWidth(true);
        grid.addColumn(r -> r.responsible() == null ? "" : r.responsible()).setHeader(getTranslation("followUp.responsible"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.dueOn())).setHeader(getTranslation("followUp.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::closedBy).setHeader(getTranslation("followUp.closedBy")).setFlexGrow(2);
        if (mayClose) {
            // Fixed width: auto width measures the first rows, and "Öppna igen" is longer than "Stäng".
            ActionsColumn.header(grid.addComponentColumn(this::closeButton).setWidth("9em").setFlexGrow(0));
            ActionsColumn.add(grid, this::rescheduleButton);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        EmptyState.show(grid, getTranslation("followUp.empty"));
        grid.setSizeFull();
        // One page at a time from SQL; overdue ones first.
        grid.setItems(query -> followUps.page(filter(), Lazy.page(query)).stream(), query -> followUps.count(filter()));
        add(grid);
    }

    FollowUpService.Filter filter() {
        Choice person = responsible.getValue();
        return new FollowUpService.Filter(show.getValue(), person == null ? null : person.id());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component status(FollowUpService.Row row) {
        if (!row.open()) {
            return new Badge(getTranslation("followUp.status.CLOSED"), StatusBadge.tone(Minutes.ConditionState.CLOSED));
        }
        if (row.overdue()) {
            return new Badge(getTranslation("followUp.status.overdue"), StatusBadge.tone(Minutes.ConditionState.OVERDUE));
        }
        return new Badge(getTranslation("followUp.status.OPEN"), StatusBadge.tone(Minutes.ConditionState.OPEN));
    }

    private static Component link(ParagraphRef ref) {
        if (ref == null) {
            return new Span();
        }
        Anchor anchor = new Anchor(ref.href(), ref.label());
        anchor.addClassName("decided-at-link");
        return anchor;
    }

    private Component closedBy(FollowUpService.Row row) {
        if (row.closedBy() == null) {
            return new Span();
        }
        Div cell = new Div(link(row.closedBy()));
        if (row.closedNote() != null) {
            Div note = new Div(row.closedNote());
            note.getStyle().set("color", "var(--lumo-secondary-text-color, #555)").set("font-size", "var(--lumo-font-size-s, .875rem)");
            cell.add(note);
        }
        return cell;
    }

    /** "Stäng" for an open follow-up, "Öppna igen" for a closed one. */
    private Component closeButton(FollowUpService.Row row) {
        String key = row.open() ? "followUp.close" : "followUp.reopen";
        Button button = new Button(getTranslation(key), e -> {
            if (row.open()) {
                openClose(row);
            } else {
                reopen(row);
            }
        });
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + row.description());
        return button;
    }

    private Component rescheduleButton(FollowUpService.Row row) {
        if (!row.open()) {
            return new Span();
        }
        Button edit = new Button(getTranslation("followUp.reschedule"), e -> openReschedule(row));
        edit.addThemeVariants(ButtonVariant.SMALL);
        edit.setAriaLabel(getTranslation("followUp.reschedule") + ": " + row.description());
        return edit;
    }

    void reopen(FollowUpService.Row row) {
        if (ErrorHandling.run(this, () -> followUps.reopen(row.id(), row.version()))) {
            Notifications.success(this, "followUp.reopened");
        }
        refresh();
    }

    void openReschedule(FollowUpService.Row row) {
        rescheduleDialog = new RescheduleFollowUpDialog(followUps, meetings, pickers, row, followUps.schedule(row.id()));
        rescheduleDialog.onSaved(this::refresh);
        rescheduleDialog.open();
    }

    void openClose(FollowUpService.Row row) {
        closeDialog = new CloseFollowUpDialog(followUps, meetings, row);
        closeDialog.onSaved(this::refresh);
        closeDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followUp.title");
    }
}
