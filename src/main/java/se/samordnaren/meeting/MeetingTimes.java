package se.samordnaren.meeting;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Meeting times as minutes print them: "08.30–12.00". */
final class MeetingTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private MeetingTimes() {
    }

    static String range(LocalTime start, LocalTime end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return TIME.format(start);
        }
        return (start == null ? "" : TIME.format(start)) + "–" + TIME.format(end);
    }
}
