package se.samordnaren.meeting;

import se.samordnaren.ui.Formats;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Small formatting helpers for minutes: times "08.30–12.00" the Swedish way. */
final class MeetingTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private MeetingTexts() {
    }

    static String time(LocalTime start, LocalTime end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return TIME.format(start);
        }
        return (start == null ? "" : TIME.format(start)) + "–" + TIME.format(end);
    }

    /** "fredagen den 19 mars 2021, kl. 08.30–12.00" */
    static String dateAndTime(Minutes.Header h) {
        String day = h.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.of("sv", "SE"));
        String text = day + "en den " + Formats.longDate(h.date());
        String time = time(h.startTime(), h.endTime());
        return time.isEmpty() ? text : text + ", kl. " + time;
    }
}
