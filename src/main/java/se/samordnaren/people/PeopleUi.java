package se.samordnaren.people;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Small pieces shared by the bodies and people views. */
final class PeopleUi {

    private PeopleUi() {
    }

    /** A date picker showing 2021-03-19, weeks starting on Monday, month and day names in the user's language. */
    static DatePicker datePicker(Component owner, String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = UI.getCurrent() == null || UI.getCurrent().getLocale() == null
                ? Locale.of("sv", "SE") : UI.getCurrent().getLocale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> months = Arrays.stream(symbols.getMonths()).limit(12).toList();
        List<String> weekdays = Arrays.stream(symbols.getWeekdays()).skip(1).toList();
        List<String> weekdaysShort = Arrays.stream(symbols.getShortWeekdays()).skip(1).toList();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setToday(owner.getTranslation("people.composition.today"))
                .setCancel(owner.getTranslation("action.cancel"));
        picker.setI18n(i18n);
        return picker;
    }

    /** "2019-04-01 – tills vidare" or "2019-04-01 – 2021-02-28". */
    static String period(Component owner, Appointment appointment) {
        String end = appointment.validTo() == null
                ? owner.getTranslation("people.appointment.untilFurtherNotice")
                : Formats.date(appointment.validTo());
        return Formats.date(appointment.validFrom()) + " – " + end;
    }

    /** "Ordförande" as a pill; chair and vice chair stand out. */
    static Badge role(Component owner, AppointmentRole role) {
        return new Badge(owner.getTranslation(role.translationKey()), role.isUnique() ? Badge.Tone.INFO : Badge.Tone.NEUTRAL);
    }

    /** "Beslutat: Styrelsen 2021-03-19 § 2" for each paragraph whose decision links to the appointment. */
    static Component decidedLinks(Appointment appointment) {
        return decidedLinks(appointment.decidedAt());
    }

    static Div decidedLinks(List<DecidedAt> decidedAt) {
        Div links = new Div();
        links.getStyle().set("display", "flex").set("flex-direction", "column");
        for (DecidedAt at : decidedAt) {
            DecidedAtLink link = new DecidedAtLink(at.bodyName(), at.meetingDate(), at.paragraphNumber(), at.meetingId());
            if (at.note() != null) {
                link.setTitle(at.note());
            }
            links.add(link);
        }
        return links;
    }

    /** Secondary text, smaller and grey. */
    static Span secondary(String text) {
        Span span = new Span(text == null ? "" : text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return span;
    }

    /** A framed section. */
    static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("people-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)").set("background", "var(--lumo-base-color)")
                .set("box-sizing", "border-box").set("width", "100%");
        return card;
    }
}
