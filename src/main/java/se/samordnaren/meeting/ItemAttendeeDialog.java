package se.samordnaren.meeting;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

/** One person's presence at one §: present or not, and the note as the minutes print it. */
class ItemAttendeeDialog extends FormDialog<Void> {

    private final MinutesService minutes;
    private final long itemId;
    final ComboBox<Choice> person = new ComboBox<>();
    final Checkbox present = new Checkbox();
    final TextField note = Fields.text("meeting.itemAttendance.note");

    ItemAttendeeDialog(MinutesService minutes, MeetingPickers pickers, Minutes.Header header, Minutes.Paragraph paragraph) {
        super("meeting.itemAttendance.title");
        this.minutes = minutes;
        this.itemId = paragraph.id();
        setHeaderTitle(getTranslation("meeting.itemAttendance.title", header.paragraphLabel(paragraph.number())));
        successMessage("meeting.saved");
        person.setLabel(getTranslation("meeting.attendee.person"));
        Lazy.items(person, pickers::people);
        person.setItemLabelGenerator(Choice::label);
        required(person, "meeting.attendee.person").bind(x -> null, (x, v) -> { });
        present.setLabel(getTranslation("meeting.itemAttendance.presentLabel"));
        note.setHelperText(getTranslation("meeting.itemAttendance.note.help"));
        form().add(person, note);
        wide(present);
    }

    @Override
    protected void submit() {
        minutes.addItemAttendance(itemId, person.getValue() == null ? null : person.getValue().id(), present.getValue(),
                note.getValue());
    }
}
