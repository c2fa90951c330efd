package se.samordnaren.people;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Formats;

import java.time.LocalDate;

/** Ends an appointment: sets its last day. The row stays in the history. */
class EndAppointmentDialog extends FormDialog<EndAppointmentDialog.Form> {

    /** What the form asks for. */
    public record Form(LocalDate lastDay) {
    }

    final DatePicker lastDay;

    private final PersonService people;
    private final Appointment appointment;

    EndAppointmentDialog(PersonService people, Appointment appointment) {
        super("people.appointment.end", new Binder<>(Form.class));
        this.people = people;
        this.appointment = appointment;
        setHeaderTitle(getTranslation("people.appointment.end.header",
                getTranslation(appointment.role().translationKey()).toLowerCase(getLocale()), appointment.bodyName()));
        Paragraph who = new Paragraph(appointment.personNameWithParty() + " · " + PeopleUi.period(this, appointment));
        who.getStyle().set("font-weight", "600").set("margin-top", "0");
        Paragraph text = new Paragraph(getTranslation("people.appointment.end.text"));
        text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        lastDay = Fields.date("people.appointment.end.lastDay", appointment.validFrom(), null);

        binder().forField(lastDay).asRequired(getTranslation("people.error.validToRequired")).bind("lastDay");
        LocalDate today = LocalDate.now();
        binder().readRecord(new Form(today.isBefore(appointment.validFrom()) ? appointment.validFrom() : today));

        wide(who, text, lastDay);
        save.setText(getTranslation("people.appointment.end"));
        save.addThemeVariants(ButtonVariant.ERROR);
        setWidth("min(520px, 96vw)");
    }

    @Override
    protected void submit() {
        Appointment ended = people.endAppointment(appointment, record().lastDay());
        successMessage("people.appointment.ended", Formats.date(ended.validTo()));
    }
}
