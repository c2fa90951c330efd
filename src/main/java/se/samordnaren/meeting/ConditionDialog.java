package se.samordnaren.meeting;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Lazy;

/**
 * A follow-up (villkor / återrapportering) on a decision: what, who, and by when (a date or a meeting). Saved by the
 * decision feature, which owns follow-ups ({@link MinutesFollowUps}).
 */
class ConditionDialog extends FormDialog<Void> {

    private final MinutesFollowUps followUps;
    private final long decisionId;
    private final Minutes.Condition original;
    final TextArea description = Fields.area("meeting.followUp.description", Texts.LONG);
    final ComboBox<Choice> responsible = new ComboBox<>();
    final DatePicker dueDate = Fields.date("meeting.followUp.dueDate");
    final ComboBox<Choice> dueMeeting = new ComboBox<>();

    ConditionDialog(MinutesFollowUps followUps, MeetingService meetings, MeetingPickers pickers, Minutes.Header header,
                    long decisionId, Minutes.Condition condition) {
        super(condition == null ? "meeting.followUp.add" : "meeting.followUp.edit");
        this.followUps = followUps;
        this.decisionId = decisionId;
        this.original = condition;
        successMessage("meeting.saved");
        required(description, "meeting.followUp.description").bind(x -> null, (x, v) -> { });
        responsible.setLabel(getTranslation("meeting.followUp.responsible"));
        Lazy.items(responsible, pickers::people);
        responsible.setItemLabelGenerator(Choice::label);
        responsible.setClearButtonVisible(true);
        dueDate.setClearButtonVisible(true);
        dueMeeting.setLabel(getTranslation("meeting.followUp.dueMeeting"));
        Lazy.items(dueMeeting, (filter, page) -> meetings.meetingChoices(filter, header.date(), page));
        dueMeeting.setItemLabelGenerator(Choice::label);
        dueMeeting.setClearButtonVisible(true);
        // Due on a date or at a meeting, never both: choosing one clears the other.
        dueDate.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                dueMeeting.clear();
            }
        });
        dueMeeting.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                dueDate.clear();
            }
        });
        if (condition != null) {
            description.setValue(condition.description());
            pickers.person(condition.responsiblePersonId()).ifPresent(responsible::setValue);
            dueDate.setValue(condition.dueDate());
            if (condition.dueMeetingId() != null) {
                dueMeeting.setValue(meetings.meetingChoice(condition.dueMeetingId()));
            }
        }
        wide(description, responsible);
        form().add(dueDate, dueMeeting);
    }

    @Override
    protected void submit() {
        followUps.save(new ConditionDraft(original == null ? null : original.id(), original == null ? null : original.version(),
                decisionId, description.getValue(), responsible.getValue() == null ? null : responsible.getValue().id(),
                dueDate.getValue(), dueMeeting.getValue() == null ? null : dueMeeting.getValue().id()));
    }
}
