package se.samordnaren.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.samordnaren.common.Texts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The form fields every feature uses, each with its Swedish messages set on the server so that a value that cannot
 * be read, is out of range or too long blocks the save with a message at the field (see {@link FormDialog}).
 * Calendar texts (month names, weekdays) come from the one place that configures component texts.
 */
public final class Fields {

    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private Fields() {
    }

    /** A date field: "2021-03-19"; "2026-02-30" or "abc" is refused at the field. */
    public static DatePicker date(String labelKey) {
        DatePicker field = new DatePicker(label(labelKey));
        field.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage(label("error.date.badInput"))
                .setMinErrorMessage(label("error.field.unparsable"))
                .setMaxErrorMessage(label("error.field.unparsable")));
        return field;
    }

    /** A date field with the earliest and latest date it accepts, each with its message. */
    public static DatePicker date(String labelKey, LocalDate min, LocalDate max) {
        DatePicker field = date(labelKey);
        field.setMin(min);
        field.setMax(max);
        DatePicker.DatePickerI18n i18n = field.getI18n();
        if (min != null) {
            i18n.setMinErrorMessage(label("error.date.min", Formats.date(min)));
        }
        if (max != null) {
            i18n.setMaxErrorMessage(label("error.date.max", Formats.date(max)));
        }
        field.setI18n(i18n);
        return field;
    }

    /**
     * A time of day: "09:30", 24 hours in both languages (as the dates are ISO), the list in quarter hours; "25:00" or
     * "abc" is refused at the field.
     */
    public static TimePicker time(String labelKey) {
        TimePicker field = new TimePicker(label(labelKey));
        field.setStep(Duration.ofMinutes(15));
        field.setLocale(Locale.of("sv", "SE"));
        field.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(label("error.time.badInput"))
                .setMinErrorMessage(label("error.field.unparsable"))
                .setMaxErrorMessage(label("error.field.unparsable")));
        return field;
    }

    /** A one-line text of at most {@code maxLength} characters (the database's limit, see {@link Texts}). */
    public static TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(label(labelKey));
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(label("error.text.tooLong", label(labelKey), maxLength)));
        return field;
    }

    /** A one-line text of at most {@link Texts#SHORT} characters. */
    public static TextField text(String labelKey) {
        return text(labelKey, Texts.SHORT);
    }

    /** A multi-line text of at most {@code maxLength} characters. */
    public static TextArea area(String labelKey, int maxLength) {
        TextArea field = new TextArea(label(labelKey));
        field.setMaxLength(maxLength);
        field.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(label("error.text.tooLong", label(labelKey), maxLength)));
        return field;
    }

    /** A whole number between {@code min} and {@code max}; "12,5,5" or "abc" is refused at the field. */
    public static IntegerField integer(String labelKey, int min, int max) {
        IntegerField field = new IntegerField(label(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(label("error.number.badInput"))
                .setMinErrorMessage(label("error.number.min", min))
                .setMaxErrorMessage(label("error.number.max", max)));
        return field;
    }

    /** A year between 2000 and 2100 (what the database takes), its limits written as years ("2100", not "2 100"). */
    public static IntegerField year(String labelKey) {
        IntegerField field = integer(labelKey, MIN_YEAR, MAX_YEAR);
        field.setI18n(field.getI18n()
                .setMinErrorMessage(label("error.number.min", String.valueOf(MIN_YEAR)))
                .setMaxErrorMessage(label("error.number.max", String.valueOf(MAX_YEAR))));
        return field;
    }

    /** An amount in kronor, read the Swedish way ({@link MoneyField}). */
    public static MoneyField money(String labelKey) {
        return new MoneyField(label(labelKey));
    }

    private static String label(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

}
