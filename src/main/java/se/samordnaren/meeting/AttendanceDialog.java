package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;

/**
 * The protocol header's people: who took part, in which role and capacity, chair, justerare, only for some §. A list
 * with a remove button per person; "Lägg till" opens {@link AttendeeDialog}. The minutes reload when it closes.
 */
class AttendanceDialog extends Dialog {

    private final MeetingService meetings;
    private final MeetingPickers pickers;
    private final Minutes.Header header;
    final Grid<Minutes.Attendee> grid = new Grid<>();
    final Button add = new Button();
    /** The add dialog opened last (tests drive it). */
    AttendeeDialog attendeeDialog;

    AttendanceDialog(MeetingService meetings, MeetingPickers pickers, Minutes.Header header, Runnable onClose) {
        this.meetings = meetings;
        this.pickers = pickers;
        this.header = header;
        setHeaderTitle(getTranslation("meeting.editAttendance"));
        grid.addColumn(Minutes.Attendee::displayName).setHeader(getTranslation("meeting.attendee.person")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().translationKey())).setHeader(getTranslation("meeting.attendee.role")).setAutoWidth(true);
        grid.addColumn(Minutes.Attendee::capacity).setHeader(getTranslation("meeting.attendee.capacity")).setFlexGrow(1);
        grid.addColumn(a -> (a.chair() ? getTranslation("meeting.attendee.chair") + " " : "")
                + (a.approver() ? getTranslation("meeting.attendee.approver") : "")).setHeader(getTranslation("meeting.attendee.duties")).setAutoWidth(true);
        grid.addColumn(Minutes.Attendee::onlyItems).setHeader(getTranslation("meeting.attendee.onlyItems")).setAutoWidth(true);
        ActionsColumn.add(grid, this::removeButton);
        grid.setAllRowsVisible(true);
        EmptyState.show(grid, getTranslation("meeting.attendee.empty"));
        add(grid);
        add.setText(getTranslation("meeting.attendee.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> openAdd());
        getFooter().add(new Button(getTranslation("meeting.itemAttendance.close"), e -> close()), add);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onClose.run();
            }
        });
        setWidth("min(960px, 96vw)");
        refresh();
    }

    AttendeeDialog openAdd() {
        attendeeDialog = new AttendeeDialog(meetings, pickers, header);
        attendeeDialog.onSaved(this::refresh);
        attendeeDialog.open();
        return attendeeDialog;
    }

    private Button removeButton(Minutes.Attendee a) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            ErrorHandling.run(this, () -> meetings.removeAttendee(a.id(), a.version()));
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("meeting.attendee.remove", a.name()));
        return remove;
    }

    private void refresh() {
        grid.setItems(meetings.load(header.id()).attendees());
    }
}
