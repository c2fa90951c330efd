package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.ui.ActionsColumn;
import se.samordnaren.ui.EmptyState;
import se.samordnaren.ui.ErrorHandling;

import java.util.List;

/**
 * Presence for one § when it differs from the header: jäv ("jäv, deltog inte i beslutet"), late arrival
 * ("anlände 9.40"), leaving early. A list with a remove button per entry; "Lägg till" opens
 * {@link ItemAttendeeDialog}. The minutes reload when it closes.
 */
class ItemAttendanceDialog extends Dialog {

    private final MeetingService meetings;
    private final MinutesService minutes;
    private final MeetingPickers pickers;
    private final Minutes.Header header;
    private final Minutes.Paragraph paragraph;
    final Grid<Minutes.ItemAttendance> grid = new Grid<>();
    final Button add = new Button();
    /** The add dialog opened last (tests drive it). */
    ItemAttendeeDialog entryDialog;

    ItemAttendanceDialog(MeetingService meetings, MinutesService minutes, MeetingPickers pickers, Minutes.Header header,
                         Minutes.Paragraph paragraph, Runnable onClose) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.pickers = pickers;
        this.header = header;
        this.paragraph = paragraph;
        setHeaderTitle(getTranslation("meeting.itemAttendance.title", header.paragraphLabel(paragraph.number())));
        grid.addColumn(Minutes.ItemAttendance::displayName).setHeader(getTranslation("meeting.attendee.person")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.present() ? "meeting.itemAttendance.presentYes" : "meeting.itemAttendance.presentNo"))
                .setHeader(getTranslation("meeting.itemAttendance.present")).setAutoWidth(true);
        grid.addColumn(Minutes.ItemAttendance::note).setHeader(getTranslation("meeting.itemAttendance.note")).setFlexGrow(1);
        ActionsColumn.add(grid, this::removeButton);
        grid.setAllRowsVisible(true);
        EmptyState.show(grid, getTranslation("meeting.itemAttendance.empty"));
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
        setWidth("min(760px, 96vw)");
        grid.setItems(paragraph.attendance());
    }

    ItemAttendeeDialog openAdd() {
        entryDialog = new ItemAttendeeDialog(minutes, pickers, header, paragraph);
        entryDialog.onSaved(this::refresh);
        entryDialog.open();
        return entryDialog;
    }

    private Button removeButton(Minutes.ItemAttendance a) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            ErrorHandling.run(this, () -> minutes.removeItemAttendance(a.id(), a.version()));
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("meeting.attendee.remove", a.name()));
        return remove;
    }

    private void refresh() {
        grid.setItems(meetings.load(header.id()).paragraphs().stream().filter(p -> p.id() == paragraph.id()).findFirst()
                .map(Minutes.Paragraph::attendance).orElse(List.of()));
    }
}
