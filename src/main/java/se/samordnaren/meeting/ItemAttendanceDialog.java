package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Notifications;

import java.util.List;

/**
 * Presence for one § when it differs from the header: jäv ("jäv, deltog inte i beslutet"), late arrival
 * ("anlände 9.40"), leaving early. Entries are added and removed one at a time; the minutes reload on close.
 */
class ItemAttendanceDialog extends Dialog {

    private final MeetingService meetings;
    private final long meetingId;
    private final long itemId;
    final Grid<Minutes.ItemAttendance> grid = new Grid<>();
    final ComboBox<Choice> person = new ComboBox<>();
    final Checkbox present = new Checkbox();
    final TextField note = new TextField();
    final Button add = new Button();

    ItemAttendanceDialog(MeetingService meetings, MeetingPickers pickers, Minutes.Header header, Minutes.Paragraph paragraph, Runnable onClose) {
        this.meetings = meetings;
        this.meetingId = header.id();
        this.itemId = paragraph.id();
        setHeaderTitle(getTranslation("meeting.itemAttendance.title", header.paragraphLabel(paragraph.number())));
        grid.addColumn(Minutes.ItemAttendance::displayName).setHeader(getTranslation("meeting.attendee.person")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.present() ? "meeting.itemAttendance.presentYes" : "meeting.itemAttendance.presentNo"))
                .setHeader(getTranslation("meeting.itemAttendance.present")).setAutoWidth(true);
        grid.addColumn(Minutes.ItemAttendance::note).setHeader(getTranslation("meeting.itemAttendance.note")).setFlexGrow(1);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("meeting.itemAttendance.empty"));
        add(grid);

        person.setLabel(getTranslation("meeting.attendee.person"));
        person.setItems(pickers.people());
        person.setItemLabelGenerator(Choice::label);
        present.setLabel(getTranslation("meeting.itemAttendance.presentLabel"));
        note.setLabel(getTranslation("meeting.itemAttendance.note"));
        note.setHelperText(getTranslation("meeting.itemAttendance.note.help"));
        add.setText(getTranslation("meeting.attendee.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addEntry());
        FormLayout form = new FormLayout(person, note, present);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        add(form);
        getFooter().add(new Button(getTranslation("meeting.itemAttendance.close"), e -> close()), add);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onClose.run();
            }
        });
        setWidth("min(760px, 95vw)");
        refresh(paragraph.attendance());
    }

    private Button removeButton(Minutes.ItemAttendance a) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> run(() -> meetings.removeItemAttendance(a.id(), a.version())));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("meeting.attendee.remove", a.name()));
        return remove;
    }

    void addEntry() {
        run(() -> meetings.addItemAttendance(itemId, person.getValue() == null ? null : person.getValue().id(),
                present.getValue(), note.getValue()));
    }

    private void run(Runnable action) {
        try {
            action.run();
            person.clear();
            note.clear();
            present.clear();
            refresh(meetings.load(meetingId).paragraphs().stream().filter(p -> p.id() == itemId).findFirst()
                    .map(Minutes.Paragraph::attendance).orElse(List.of()));
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }

    private void refresh(List<Minutes.ItemAttendance> entries) {
        grid.setItems(entries);
    }
}
