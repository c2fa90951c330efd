package se.samordnaren.meeting;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** Plans a new meeting ({@code header} null) or changes the place and time of one. */
class MeetingPlanDialog extends FormDialog<Void> {

    private final MeetingService meetings;
    private final MeetingPlan original;
    private Long savedId;
    final ComboBox<Choice> body = new ComboBox<>();
    final DatePicker date = Fields.date("meeting.date");
    final TimePicker startTime = Fields.time("meeting.startTime");
    final TimePicker endTime = Fields.time("meeting.endTime");
    final TextField location = Fields.text("meeting.location");
    final Checkbox digital = new Checkbox();

    MeetingPlanDialog(MeetingService meetings, MeetingPickers pickers, MeetingPlan header) {
        super(header == null ? "meeting.plan" : "meeting.editHeader");
        this.meetings = meetings;
        this.original = header;
        successMessage(header == null ? "meeting.planned" : "meeting.saved");
        body.setLabel(getTranslation("meeting.body"));
        body.setItems(pickers.bodies());
        body.setItemLabelGenerator(Choice::label);
        required(body, "meeting.body").bind(x -> null, (x, v) -> { });
        required(date, "meeting.date").bind(x -> null, (x, v) -> { });
        digital.setLabel(getTranslation("meeting.digital"));
        if (header != null) {
            body.getListDataView().getItems().filter(c -> c.id() == header.bodyId()).findFirst().ifPresent(body::setValue);
            body.setReadOnly(true);
            date.setValue(header.date());
            startTime.setValue(header.startTime());
            endTime.setValue(header.endTime());
            location.setValue(header.location() == null ? "" : header.location());
            digital.setValue(header.digital());
        }
        wide(body);
        form().add(date, startTime, endTime);
        wide(location);
        form().add(digital);
    }

    /** The meeting planned or changed, once saved. */
    Long savedId() {
        return savedId;
    }

    @Override
    protected void submit() {
        MeetingPlan plan = new MeetingPlan(original == null ? null : original.id(), original == null ? null : original.version(),
                body.getValue() == null ? null : body.getValue().id(), date.getValue(), startTime.getValue(), endTime.getValue(),
                location.getValue(), digital.getValue());
        if (original == null) {
            savedId = meetings.plan(plan);
        } else {
            meetings.updateHeader(plan);
            savedId = plan.id();
        }
    }
}
