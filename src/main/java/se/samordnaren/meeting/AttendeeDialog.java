package se.samordnaren.meeting;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

/** One person in the protocol header: role, capacity ("ledamot, Försäkringskassan"), chair, justerare, only some §. */
class AttendeeDialog extends FormDialog<Void> {

    private final MeetingService meetings;
    private final MeetingPickers pickers;
    private final Minutes.Header header;
    /** The capacity last filled in from an appointment; replaced when another person is picked, typed text is kept. */
    private String suggestedCapacity = "";
    final ComboBox<Choice> person = new ComboBox<>();
    final Select<AttendanceRole> role = new Select<>();
    final TextField capacity = Fields.text("meeting.attendee.capacity");
    final Checkbox chair = new Checkbox();
    final Checkbox approver = new Checkbox();
    final TextField onlyItems = Fields.text("meeting.attendee.onlyItems");

    AttendeeDialog(MeetingService meetings, MeetingPickers pickers, Minutes.Header header) {
        super("meeting.attendee.addTitle");
        this.meetings = meetings;
        this.pickers = pickers;
        this.header = header;
        successMessage("meeting.saved");
        person.setLabel(getTranslation("meeting.attendee.person"));
        Lazy.items(person, pickers::people);
        person.setItemLabelGenerator(Choice::label);
        person.addValueChangeListener(e -> suggestFromAppointment(e.getValue()));
        required(person, "meeting.attendee.person").bind(x -> null, (x, v) -> { });
        role.setLabel(getTranslation("meeting.attendee.role"));
        role.setItems(AttendanceRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        role.setValue(AttendanceRole.DECISION_MAKER);
        required(role, "meeting.attendee.role").bind(x -> null, (x, v) -> { });
        capacity.setHelperText(getTranslation("meeting.attendee.capacity.help"));
        chair.setLabel(getTranslation("meeting.attendee.chair"));
        approver.setLabel(getTranslation("meeting.attendee.approver"));
        onlyItems.setHelperText(getTranslation("meeting.attendee.onlyItems.help"));
        form().add(person, role, capacity, onlyItems, chair, approver);
    }

    /** "ledamot, Försäkringskassan" from the person's appointment in the body on the meeting day; the role with it. */
    void suggestFromAppointment(Choice picked) {
        if (picked == null) {
            return;
        }
        pickers.seat(header.bodyId(), header.date(), picked.id()).ifPresent(seat -> {
            String text = getTranslation("meeting.capacity.role." + seat.role().name())
                    + (seat.organisation().isBlank() ? "" : ", " + seat.organisation());
            if (capacity.isEmpty() || capacity.getValue().equals(suggestedCapacity)) {
                capacity.setValue(text);
                suggestedCapacity = text;
            }
            switch (seat.role()) {
                case SUBSTITUTE -> role.setValue(AttendanceRole.SUBSTITUTE);
                case SECRETARY -> role.setValue(AttendanceRole.SECRETARY);
                case CHAIR, VICE_CHAIR, MEMBER -> role.setValue(AttendanceRole.DECISION_MAKER);
                default -> role.setValue(AttendanceRole.OTHER_PRESENT);
            }
        });
    }

    @Override
    protected void submit() {
        meetings.saveAttendee(new AttendeeDraft(null, null, header.id(), person.getValue() == null ? null : person.getValue().id(),
                role.getValue(), capacity.getValue(), chair.getValue(), approver.getValue(), onlyItems.getValue()));
    }
}
