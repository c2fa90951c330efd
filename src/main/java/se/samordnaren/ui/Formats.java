package se.samordnaren.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import com.vaadin.flow.component.UI;
import se.samordnaren.common.DateFormats;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Money and dates on the screens: "1 400 000 kr", "2021-03-19", "19 mars 2021". Dates go through
 * {@link DateFormats} (the one date formatter, shared with the printed documents) in the signed-in user's language.
 */
public final class Formats {

    private static final Locale SWEDISH = DateFormats.SWEDISH;
    private static final char NO_BREAK_SPACE = '\u00a0';

    private Formats() {
    }

    /** Whole kronor without decimals, öre only when there are any. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return number(amount) + NO_BREAK_SPACE + "kr";
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols());
        return format.format(whole ? value.setScale(0, RoundingMode.UNNECESSARY) : value);
    }

    public static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
        return format.format(value) + NO_BREAK_SPACE + "%";
    }

    /** "2021-03-19" in every language. */
    public static String date(LocalDate date) {
        return DateFormats.iso(date);
    }

    /** "19 mars 2021" (English: "19 March 2021"). */
    public static String longDate(LocalDate date) {
        return DateFormats.longDate(date, locale());
    }

    /** "fredagen den 19 mars 2021" (English: "Friday 19 March 2021"). */
    public static String fullDate(LocalDate date) {
        return DateFormats.fullDate(date, locale());
    }

    /** "mars" (English: "March") for month 1–12. */
    public static String monthName(int month) {
        return DateFormats.monthName(month, locale());
    }

    /** "08.30–12.00" (English: "08:30–12:00"). */
    public static String timeRange(LocalTime start, LocalTime end) {
        return DateFormats.timeRange(start, end, locale());
    }

    /** "2021-03-19 08:30" in Swedish time. */
    public static String dateTime(OffsetDateTime moment) {
        return DateFormats.dateTime(moment);
    }

    /** "2020-05-29 14:03 (+02:00)": the moment at the offset it carries (as a signature page wrote it), not Swedish time. */
    public static String dateTimeWithOffset(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        String offset = moment.getOffset().getTotalSeconds() == 0 ? "+00:00" : moment.getOffset().getId();
        return moment.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " (" + offset + ")";
    }

    /** "2021-03-19 08:30:15" in Swedish time. */
    public static String timestamp(OffsetDateTime moment) {
        return DateFormats.timestamp(moment);
    }

    /** The signed-in user's language (the UI's locale), Swedish outside a UI. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? SWEDISH : ui.getLocale();
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        return symbols;
    }
}
