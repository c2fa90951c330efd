package se.samordnaren.decision;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import se.samordnaren.meeting.Choice;
import se.samordnaren.meeting.MeetingPickers;
import se.samordnaren.meeting.MeetingService;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

/** Changes an open follow-up's due date or due meeting (one of them, or neither) and who answers for it. */
class RescheduleFollowUpDialog extends FormDialog<Void> {

    private final FollowUpService followUps;
    private final FollowUpService.Row row;
    final DatePicker dueDate = Fields.date("followUp.reschedule.dueDate");
    final ComboBox<Choice> dueMeeting = new ComboBox<>();
    final ComboBox<Choice> person = new ComboBox<>();

    RescheduleFollowUpDialog(FollowUpService followUps, MeetingService meetings, MeetingPickers pickers,
                             FollowUpService.Row row, FollowUpService.Schedule schedule) {
        super("followUp.reschedule.header");
        this.followUps = followUps;
        this.row = row;
        successMessage("followUp.rescheduled");
        dueDate.setClearButtonVisible(true);
        dueDate.setValue(schedule.dueDate());
        dueDate.setHelperText(getTranslation("followUp.reschedule.help"));
        dueMeeting.setLabel(getTranslation("followUp.reschedule.dueMeeting"));
        Lazy.items(dueMeeting, (filter, page) -> meetings.meetingChoices(filter, row.decidedAt().meetingDate(), page));
        dueMeeting.setItemLabelGenerator(Choice::label);
        dueMeeting.setClearButtonVisible(true);
        if (schedule.dueMeetingId() != null) {
            dueMeeting.setValue(meetings.meetingChoice(schedule.dueMeetingId()));
        }
        person.setLabel(getTranslation("followUp.responsible"));
        Lazy.items(person, pickers::people);
        person.setItemLabelGenerator(Choice::label);
        person.setClearButtonVisible(true);
        pickers.person(schedule.responsiblePersonId()).ifPresent(person::setValue);
        // A follow-up is due on a date or at a meeting, never both: choosing one clears the other.
        dueDate.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                dueMeeting.clear();
            }
        });
        dueMeeting.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                dueDate.clear();
            }
        });
        wide(new Div(row.description()), dueDate, dueMeeting, person);
    }

    @Override
    protected void submit() {
        followUps.reschedule(row.id(), row.version(), dueDate.getValue(), dueMeeting.getValue() == null ? null : dueMeeting.getValue().id(),
                person.getValue() == null ? null : person.getValue().id());
    }
}
