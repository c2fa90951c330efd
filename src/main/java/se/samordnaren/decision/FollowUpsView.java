package se.samordnaren.decision;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
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
import se.samordnaren.ui.CellRenderers;
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

        // Templates, not components per row (heap per open page, docs/performance.md).
        grid.addColumn(CellRenderers.badge(this::statusText, this::statusTone)).setHeader(getTranslation("followUp.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(FollowUpService.Row::description).setHeader(getTranslation("followUp.what")).setFlexGrow(3)
                .setKey("description");
        grid.addColumn(CellRenderers.paragraph(FollowUpService.Row::decidedAt)).setHeader(getTranslation("followUp.decidedAt"))
                .setAutoWidth(true).setKey("decidedAt");
        grid.addColumn(r -> r.responsible() == null ? "" : r.responsible()).setHeader(getTranslation("followUp.responsible"))
                .setAutoWidth(true).setKey("responsible");
        grid.addColumn(r -> Formats.date(r.dueOn())).setHeader(getTranslation("followUp.due")).setAutoWidth(true)
                .setFlexGrow(0).setKey("due");
        grid.addColumn(CellRenderers.paragraphWithNote(FollowUpService.Row::closedBy,
                        r -> r.closedBy() == null ? null : r.closedNote()))
                .setHeader(getTranslation("followUp.closedBy")).setFlexGrow(2).setKey("closedBy");
        if (mayClose) {
            // Both buttons in one column of fixed width (auto width measures the first rows, and "Öppna igen" is
            // longer than "Stäng"): frozen at the grid's end, it leaves a phone more room for what is followed up.
            ActionsColumn.header(grid.addColumn(LitRenderer.<FollowUpService.Row>of(
                            "<div class=\"cell-buttons\">"
                                    + "<vaadin-button theme=\"small\" aria-label=\"${item.closeLabel}\" @click=\"${close}\">${item.closeText}</vaadin-button>"
                                    + "<vaadin-button theme=\"small\" aria-label=\"${item.rescheduleLabel}\" ?hidden=\"${!item.open}\""
                                    + " @click=\"${reschedule}\">${item.rescheduleText}</vaadin-button></div>")
                            .withProperty("closeText", r -> getTranslation(closeKey(r)))
                            .withProperty("closeLabel", r -> getTranslation(closeKey(r)) + ": " + r.description())
                            .withProperty("rescheduleText", r -> getTranslation("followUp.reschedule"))
                            .withProperty("rescheduleLabel", r -> getTranslation("followUp.reschedule") + ": " + r.description())
                            .withProperty("open", FollowUpService.Row::open)
                            .withFunction("close", this::closeClicked)
                            .withFunction("reschedule", this::rescheduleClicked))
                    .setWidth("10.5em").setFlexGrow(0).setKey("actions"));
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

    private String statusText(FollowUpService.Row row) {
        return getTranslation(!row.open() ? "followUp.status.CLOSED"
                : row.overdue() ? "followUp.status.overdue" : "followUp.status.OPEN");
    }

    private Badge.Tone statusTone(FollowUpService.Row row) {
        return StatusBadge.tone(!row.open() ? Minutes.ConditionState.CLOSED
                : row.overdue() ? Minutes.ConditionState.OVERDUE : Minutes.ConditionState.OPEN);
    }

    /** "Stäng" for an open follow-up, "Öppna igen" for a closed one. */
    private static String closeKey(FollowUpService.Row row) {
        return row.open() ? "followUp.close" : "followUp.reopen";
    }

    /** What the row's Stäng / Öppna igen button does. */
    void closeClicked(FollowUpService.Row row) {
        if (row.open()) {
            openClose(row);
        } else {
            reopen(row);
        }
    }

    /** What the row's Ändra button does; a forged call for a closed follow-up (which shows no button) does nothing. */
    void rescheduleClicked(FollowUpService.Row row) {
        if (row.open()) {
            openReschedule(row);
        }
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
