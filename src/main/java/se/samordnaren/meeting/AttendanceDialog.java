package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Notifications;

/** The protocol header's people: who took part, in which role and capacity, chair, justerare, only for some §. */
class AttendanceDialog extends Dialog {

    private final MeetingService meetings;
    private final long meetingId;
    private final MeetingPickers pickers;
    private final Minutes.Header header;
    /** The capacity last filled in from an appointment; replaced when another person is picked, typed text is kept. */
    private String suggestedCapacity = "";
    final Grid<Minutes.Attendee> grid = new Grid<>();
    final ComboBox<Choice> person = new ComboBox<>();
    final Select<AttendanceRole> role = new Select<>();
    final TextField capacity = new TextField();
    final Checkbox chair = new Checkbox();
    final Checkbox approver = new Checkbox();
    final TextField onlyItems = new TextField();
    final Button add = new Button();

    AttendanceDialog(MeetingService meetings, MeetingPickers pickers, Minutes.Header header, Runnable onClose) {
        this.meetings = meetings;
        this.pickers = pickers;
        this.header = header;
        this.meetingId = header.id();
        setHeaderTitle(getTranslation("meeting.editAttendance"));
        grid.addColumn(Minutes.Attendee::displayName).setHeader(getTranslation("meeting.attendee.person")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().translationKey())).setHeader(getTranslation("meeting.attendee.role")).setAutoWidth(true);
        grid.addColumn(Minutes.Attendee::capacity).setHeader(getTranslation("meeting.attendee.capacity")).setFlexGrow(1);
        grid.addColumn(a -> (a.chair() ? getTranslation("meeting.attendee.chair") + " " : "")
                + (a.approver() ? getTranslation("meeting.attendee.approver") : "")).setHeader("").setAutoWidth(true);
        grid.addColumn(Minutes.Attendee::onlyItems).setHeader(getTranslation("meeting.attendee.onlyItems")).setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);

        person.setLabel(getTranslation("meeting.attendee.person"));
        person.setItems(pickers.people());
        person.setItemLabelGenerator(Choice::label);
        person.addValueChangeListener(e -> suggestFromAppointment(e.getValue()));
        role.setLabel(getTranslation("meeting.attendee.role"));
        role.setItems(AttendanceRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        role.setValue(AttendanceRole.DECISION_MAKER);
        capacity.setLabel(getTranslation("meeting.attendee.capacity"));
        capacity.setHelperText(getTranslation("meeting.attendee.capacity.help"));
        chair.setLabel(getTranslation("meeting.attendee.chair"));
        approver.setLabel(getTranslation("meeting.attendee.approver"));
        onlyItems.setLabel(getTranslation("meeting.attendee.onlyItems"));
        onlyItems.setHelperText(getTranslation("meeting.attendee.onlyItems.help"));
        add.setText(getTranslation("meeting.attendee.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addAttendee());
        FormLayout form = new FormLayout(person, role, capacity, onlyItems, chair, approver);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), add);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                onClose.run();
            }
        });
        setWidth("min(960px, 95vw)");
        refresh();
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

    private Button removeButton(Minutes.Attendee a) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> run(() -> meetings.removeAttendee(a.id(), a.version())));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("meeting.attendee.remove", a.name()));
        return remove;
    }

    void addAttendee() {
        run(() -> meetings.saveAttendee(new AttendeeDraft(null, null, meetingId, person.getValue() == null ? null : person.getValue().id(),
                role.getValue(), capacity.getValue(), chair.getValue(), approver.getValue(), onlyItems.getValue())));
    }

    private void run(Runnable action) {
        try {
            action.run();
            person.clear();
            capacity.clear();
            onlyItems.clear();
            chair.clear();
            approver.clear();
            refresh();
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }

    private void refresh() {
        grid.setItems(meetings.load(meetingId).attendees());
    }
}
