package se.samordnaren.minutesimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as Swedish minutes write them: "fredagen den 19 mars 2021", "19 mars 2021", "2021-03-19",
 * "19/3 2021", "19/3-21", "19.3.2021"; times "kl. 8.30–12.00", "13:00-15:30", "kl 9".
 */
final class SwedishDates {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
            Map.entry("jul", 7), Map.entry("augusti", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    static final String WEEKDAY = "(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?";

    private static final Pattern ISO = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern LONG = Pattern.compile("(?iU)(?<![\\p{L}\\d])(\\d{1,2})(?::[ae])?\\.?\\s+"
            + "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?(?:\\s+|,\\s*)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern LONG_NO_YEAR = Pattern.compile("(?iU)(?<![\\p{L}\\d])(\\d{1,2})(?::[ae])?\\s+"
            + "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?![\\p{L}])");
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})(?:\\s*-\\s*|\\s+|-)((?:19|20)?\\d{2})(?![\\d/])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(0[1-9]|1[0-2])([0-2]\\d|3[01])(?!\\d)");

    private static final String CLOCK = "(\\d{1,2})(?:[.:](\\d{2}))?";
    private static final Pattern TIME_RANGE = Pattern.compile("(?iU)(?:kl(?:ockan|\\.)?\\s*)?(?<![\\d.:/-])" + CLOCK
            + "\\s*(?:-|–|—|till)\\s*(?:kl(?:ockan|\\.)?\\s*)?" + CLOCK + "(?![\\d.:/]\\d)");
    private static final Pattern TIME_SINGLE = Pattern.compile("(?iU)\\bkl(?:ockan|\\.)?\\s*" + CLOCK + "(?!\\d)");
    private static final Pattern TIME_COLON = Pattern.compile("(?<![\\d.:/-])(\\d{1,2})[.:](\\d{2})(?![\\d.:/-])");

    private SwedishDates() {
    }

    /** A date found in text, with where it stood. */
    record Found(LocalDate date, int start, int end) {
    }

    /** Every date in the text, in order. */
    static List<Found> all(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        collect(found, ISO.matcher(text), m -> date(m.group(1), m.group(2), m.group(3)));
        collect(found, LONG.matcher(text), m -> date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1)));
        collect(found, SLASH.matcher(text), m -> date(m.group(3), m.group(2), m.group(1)));
        collect(found, DOTTED.matcher(text), m -> date(m.group(3), m.group(2), m.group(1)));
        collect(found, COMPACT.matcher(text), m -> date(m.group(1), m.group(2), m.group(3)));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> distinct = new ArrayList<>();
        for (Found f : found) {
            if (distinct.isEmpty() || f.start() >= distinct.getLast().end()) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    static LocalDate first(String text) {
        List<Found> all = all(text);
        return all.isEmpty() ? null : all.getFirst().date();
    }

    /** "19 mars" without a year, given the year from elsewhere in the document. */
    static LocalDate firstWithoutYear(String text, int year) {
        if (text == null) {
            return null;
        }
        Matcher m = LONG_NO_YEAR.matcher(text);
        return m.find() ? date(String.valueOf(year), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1)) : null;
    }

    /** Removes every date (with a weekday and "den" before it) from the text. */
    static String withoutDates(String text) {
        String result = text;
        List<Found> all = all(text);
        for (int i = all.size() - 1; i >= 0; i--) {
            Found f = all.get(i);
            result = result.substring(0, f.start()) + " " + result.substring(f.end());
        }
        result = LONG_NO_YEAR.matcher(result).replaceAll(" ");
        result = result.replaceAll("(?iU)\\b" + WEEKDAY + "(?:\\s+den)?\\b", " ");
        result = result.replaceAll("(?iU)(?:^|\\s)den(?=\\s*(?:,|$))", " ");
        return result;
    }

    /** "08:30-12:00" or "13:00", from "kl. 8.30–12.00", "13.00-15.30", "kl 9"; null if there is none. */
    static String time(String text) {
        if (text == null) {
            return null;
        }
        String plain = withoutDates(text);
        Matcher range = TIME_RANGE.matcher(plain);
        while (range.find()) {
            String from = clock(range.group(1), range.group(2));
            String to = clock(range.group(3), range.group(4));
            boolean marked = range.group().toLowerCase(Locale.ROOT).startsWith("kl") || range.group(2) != null || range.group(4) != null;
            if (from != null && to != null && marked) {
                return from + "-" + to;
            }
        }
        Matcher single = TIME_SINGLE.matcher(plain);
        if (single.find()) {
            return clock(single.group(1), single.group(2));
        }
        Matcher colon = TIME_COLON.matcher(plain);
        if (colon.find()) {
            return clock(colon.group(1), colon.group(2));
        }
        return null;
    }

    /** Removes times ("kl. 13.00–15.30", "13:00") from the text. */
    static String withoutTimes(String text) {
        String result = TIME_RANGE.matcher(text).replaceAll(" ");
        result = TIME_SINGLE.matcher(result).replaceAll(" ");
        result = TIME_COLON.matcher(result).replaceAll(" ");
        return result.replaceAll("(?iU)\\bkl(?:ockan|\\.)?(?=\\s|$)", " ");
    }

    private static String clock(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h > 24 || m > 59) {
            return null;
        }
        return "%02d:%02d".formatted(h, m);
    }

    private static final Pattern DATE_TIME = Pattern.compile("(?iU)((?:19|20)\\d{2}-\\d{2}-\\d{2})[ T,]*(?:kl\\.?\\s*)?"
            + "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:[.,]\\d+)?\\s*(?:\\(\\s*)?(UTC|GMT|CEST|CET|Z)?\\s*"
            + "(?:\\(\\s*)?([+-]\\d{1,2}(?::?\\d{2})?)?\\s*\\)?");

    /** "2023-04-06 08:13:20 CEST (+0200)", "2023-04-06T06:13:20Z", "2023-04-06 08:13": as Swedish time with offset. */
    static OffsetDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            LocalTime clock = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            LocalDateTime local = LocalDateTime.of(day, clock);
            ZoneOffset offset = null;
            if (m.group(6) != null) {
                String raw = m.group(6).replace(":", "");
                String sign = raw.substring(0, 1);
                String digits = raw.substring(1);
                int hours = Integer.parseInt(digits.length() > 2 ? digits.substring(0, digits.length() - 2) : digits);
                int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(digits.length() - 2)) : 0;
                offset = ZoneOffset.ofHoursMinutes(sign.equals("-") ? -hours : hours, sign.equals("-") ? -minutes : minutes);
            } else if (m.group(5) != null) {
                offset = switch (m.group(5).toUpperCase(Locale.ROOT)) {
                    case "CET" -> ZoneOffset.ofHours(1);
                    case "CEST" -> ZoneOffset.ofHours(2);
                    default -> ZoneOffset.UTC;
                };
            }
            OffsetDateTime moment = offset == null
                    ? local.atZone(STOCKHOLM).toOffsetDateTime()
                    : local.atOffset(offset);
            return moment.atZoneSameInstant(STOCKHOLM).toOffsetDateTime();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static boolean hasDateTime(String text) {
        return text != null && DATE_TIME.matcher(text).find();
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    private static void collect(List<Found> found, Matcher m, DateOf dateOf) {
        while (m.find()) {
            LocalDate date = dateOf.of(m);
            if (date != null) {
                found.add(new Found(date, m.start(), m.end()));
            }
        }
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 100) {
                y += 2000;
            }
            if (y < 1990 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
