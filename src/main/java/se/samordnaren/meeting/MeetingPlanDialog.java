package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Notifications;

import java.time.Duration;
import java.util.function.Consumer;

/** Plans a new meeting ({@code header} null) or changes the place and time of one. */
class MeetingPlanDialog extends Dialog {

    private final MeetingService meetings;
    private final MeetingPlan original;
    private final Consumer<Long> onSaved;
    final ComboBox<Choice> body = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TimePicker startTime = new TimePicker();
    final TimePicker endTime = new TimePicker();
    final TextField location = new TextField();
    final Checkbox digital = new Checkbox();
    final Button save = new Button();

    MeetingPlanDialog(MeetingService meetings, MeetingPickers pickers, MeetingPlan header, Consumer<Long> onSaved) {
        this.meetings = meetings;
        this.original = header;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(header == null ? "meeting.plan" : "meeting.editHeader"));
        body.setLabel(getTranslation("meeting.body"));
        body.setItems(pickers.bodies());
        body.setItemLabelGenerator(Choice::label);
        body.setRequired(true);
        date.setLabel(getTranslation("meeting.date"));
        date.setRequired(true);
        date.setLocale(java.util.Locale.of("sv", "SE"));
        startTime.setLabel(getTranslation("meeting.startTime"));
        endTime.setLabel(getTranslation("meeting.endTime"));
        for (TimePicker t : new TimePicker[]{startTime, endTime}) {
            t.setStep(Duration.ofMinutes(15));
            t.setLocale(java.util.Locale.of("sv", "SE"));
        }
        location.setLabel(getTranslation("meeting.location"));
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
        FormLayout form = new FormLayout(body, date, startTime, endTime, location, digital);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(body, 2);
        form.setColspan(location, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(560px, 95vw)");
    }

    void save() {
        MeetingPlan plan = new MeetingPlan(original == null ? null : original.id(), original == null ? null : original.version(),
                body.getValue() == null ? null : body.getValue().id(), date.getValue(), startTime.getValue(), endTime.getValue(),
                location.getValue(), digital.getValue());
        try {
            long id;
            if (original == null) {
                id = meetings.plan(plan);
                Notifications.success(this, "meeting.planned", plan.date());
            } else {
                meetings.updateHeader(plan);
                id = plan.id();
                Notifications.success(this, "meeting.saved");
            }
            close();
            onSaved.accept(id);
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }
}
