package se.samordnaren.meeting.pdf;

import com.vaadin.flow.i18n.I18NProvider;
import se.samordnaren.ui.Formats;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The printed protocol's words, from the translation files in Swedish (minutes are printed in Swedish whatever the
 * reader's language), and its dates: "2021-03-19", "fredagen den 19 mars 2021".
 */
final class PdfTexts {

    static final Locale SWEDISH = Locale.of("sv", "SE");

    private final I18NProvider translations;

    PdfTexts(I18NProvider translations) {
        this.translations = translations;
    }

    String get(String key, Object... args) {
        return translations.getTranslation("minutesPdf." + key, SWEDISH, args);
    }

    /** "fredagen den 19 mars 2021"; empty for no date. */
    String longDateWithWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        return get("weekdayDate", date.getDayOfWeek().getDisplayName(TextStyle.FULL, SWEDISH), Formats.longDate(date));
    }

    /** "2021-03-19"; empty for no date. */
    static String date(LocalDate date) {
        return Formats.date(date);
    }
}
