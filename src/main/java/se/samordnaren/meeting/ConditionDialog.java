package se.samordnaren.meeting;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** A follow-up (villkor / återrapportering) on a decision: what, who, and by when (a date or a meeting). */
class ConditionDialog extends MinutesDialog {

    private final long decisionId;
    private final Minutes.Condition original;
    final TextArea description = new TextArea();
    final ComboBox<Choice> responsible = new ComboBox<>();
    final DatePicker dueDate = new DatePicker();
    final ComboBox<Choice> dueMeeting = new ComboBox<>();

    ConditionDialog(MeetingService meetings, MeetingPickers pickers, long meetingId, long decisionId, Minutes.Condition condition, Runnable onSaved) {
        super(meetings, "", onSaved);
        setHeaderTitle(getTranslation(condition == null ? "meeting.followUp.add" : "meeting.followUp.edit"));
        this.decisionId = decisionId;
        this.original = condition;
        description.setLabel(getTranslation("meeting.followUp.description"));
        description.setRequired(true);
        responsible.setLabel(getTranslation("meeting.followUp.responsible"));
        responsible.setItems(pickers.people());
        responsible.setItemLabelGenerator(Choice::label);
        responsible.setClearButtonVisible(true);
        dueDate.setLabel(getTranslation("meeting.followUp.dueDate"));
        dueDate.setClearButtonVisible(true);
        dueMeeting.setLabel(getTranslation("meeting.followUp.dueMeeting"));
        dueMeeting.setItems(meetings.meetingsFrom(meetingId));
        dueMeeting.setItemLabelGenerator(Choice::label);
        dueMeeting.setClearButtonVisible(true);
        dueDate.addValueChangeListener(e -> { if (e.getValue() != null) dueMeeting.clear(); });
        dueMeeting.addValueChangeListener(e -> { if (e.getValue() != null) dueDate.clear(); });
        if (condition != null) {
            description.setValue(condition.description());
            select(responsible, condition.responsiblePersonId());
            dueDate.setValue(condition.dueDate());
            select(dueMeeting, condition.dueMeetingId());
        }
        FormLayout form = new FormLayout(description, responsible, dueDate, dueMeeting);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(description, 2);
        form.setColspan(responsible, 2);
        add(form);
    }

    private static void select(ComboBox<Choice> box, Long id) {
        if (id != null) {
            box.getListDataView().getItems().filter(c -> c.id() == id).findFirst().ifPresent(box::setValue);
        }
    }

    @Override
    protected void submit() {
        meetings.saveFollowUp(new ConditionDraft(original == null ? null : original.id(), original == null ? null : original.version(),
                decisionId, description.getValue(), responsible.getValue() == null ? null : responsible.getValue().id(),
                dueDate.getValue(), dueMeeting.getValue() == null ? null : dueMeeting.getValue().id()));
    }
}
