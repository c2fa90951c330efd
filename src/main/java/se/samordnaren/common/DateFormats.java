package se.samordnaren.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one place that writes dates and times as text, for the screens (through {@code ui.Formats}, in the user's
 * language) and for printed documents (always {@link #SWEDISH}). Dates are ISO everywhere ("2021-03-19"); the long
 * forms follow the language: "19 mars 2021", "fredagen den 19 mars 2021" / "19 March 2021", "Friday 19 March 2021".
 * Moments are shown in Swedish time. A null date or time gives "".
 */
public final class DateFormats {

    /** The language of printed documents and the fallback for everything else. */
    public static final Locale SWEDISH = Locale.of("sv", "SE");
    /** Where the association's moments are shown (audit log, timestamps). */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DateFormats() {
    }

    /** "2021-03-19" in every language (the form Swedish authorities use). */
    public static String iso(LocalDate date) {
        return date == null ? "" : ISO_DATE.format(date);
    }

    /** "19 mars 2021" / "19 March 2021". */
    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)).format(date);
    }

    /** With the weekday, as minutes write it: "fredagen den 19 mars 2021" / "Friday 19 March 2021". */
    public static String fullDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        Locale language = language(locale);
        String weekday = weekdayName(date.getDayOfWeek(), language);
        return isSwedish(language)
                ? weekday + "en den " + longDate(date, language)
                : weekday + " " + longDate(date, language);
    }

    /** "fredag" / "Friday". */
    public static String weekdayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, language(locale));
    }

    /** "mars" / "March" for month 1–12. */
    public static String monthName(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, language(locale));
    }

    /** The twelve month names from January. */
    public static List<String> monthNames(Locale locale) {
        return Arrays.stream(Month.values()).map(m -> monthName(m.getValue(), locale)).toList();
    }

    /** The seven weekday names from Sunday (the order calendars' texts use, whatever the first day shown). */
    public static List<String> weekdayNames(Locale locale) {
        return fromSunday(TextStyle.FULL_STANDALONE, locale);
    }

    /** "sön", "mån" … / "Sun", "Mon" … from Sunday. */
    public static List<String> weekdayShortNames(Locale locale) {
        return fromSunday(TextStyle.SHORT_STANDALONE, locale);
    }

    /** "08.30" in Swedish, "08:30" in English. */
    public static String time(LocalTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofPattern(isSwedish(language(locale)) ? "HH.mm" : "HH:mm").format(time);
    }

    /** "08.30–12.00", or only the time that is known. */
    public static String timeRange(LocalTime start, LocalTime end, Locale locale) {
        if (start == null || end == null) {
            return start == null ? time(end, locale) : time(start, locale);
        }
        return time(start, locale) + "–" + time(end, locale);
    }

    /** A moment in Swedish time to the minute: "2021-03-19 08:30". */
    public static String dateTime(OffsetDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZoneSameInstant(SWEDEN));
    }

    /** A moment in Swedish time to the second, for logs: "2021-03-19 08:30:15". */
    public static String timestamp(OffsetDateTime moment) {
        return moment == null ? "" : TIMESTAMP.format(moment.atZoneSameInstant(SWEDEN));
    }

    private static List<String> fromSunday(TextStyle style, Locale locale) {
        Locale language = language(locale);
        return java.util.stream.Stream.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
                .map(d -> stripDot(d.getDisplayName(style, language))).toList();
    }

    /** Some locales abbreviate with a full stop ("mån."); calendars and tables look calmer without. */
    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static Locale language(Locale locale) {
        return locale == null ? SWEDISH : locale;
    }

    private static boolean isSwedish(Locale locale) {
        return "sv".equals(locale.getLanguage());
    }
}
