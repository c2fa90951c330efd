package se.samordnaren.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;

import java.time.LocalDate;

/** Ends an appointment: sets its last day. The row stays in the history. */
class EndAppointmentDialog extends Dialog {

    final DatePicker lastDay = new DatePicker(getTranslation("people.appointment.end.lastDay"));
    final Button confirm = new Button(getTranslation("people.appointment.end"));

    EndAppointmentDialog(PersonService people, Appointment appointment, Runnable onEnded) {
        setHeaderTitle(getTranslation("people.appointment.end.header",
                getTranslation(appointment.role().translationKey()).toLowerCase(getLocale()), appointment.bodyName()));
        Paragraph who = new Paragraph(appointment.personNameWithParty() + " · " + PeopleUi.period(this, appointment));
        who.getStyle().set("font-weight", "600").set("margin-top", "0");
        Paragraph text = new Paragraph(getTranslation("people.appointment.end.text"));
        text.getStyle().set("color", "var(--lumo-secondary-text-color)");
        LocalDate today = LocalDate.now();
        lastDay.setValue(today.isBefore(appointment.validFrom()) ? appointment.validFrom() : today);
        lastDay.setMin(appointment.validFrom());
        lastDay.setRequiredIndicatorVisible(true);
        add(who, text, lastDay);

        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(e -> {
            try {
                Appointment ended = people.endAppointment(appointment, lastDay.getValue());
                Notifications.success(this, "people.appointment.ended", Formats.date(ended.validTo()));
                close();
                onEnded.run();
            } catch (UserFacingException error) {
                Notifications.error(this, error);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(520px, 95vw)");
    }
}
