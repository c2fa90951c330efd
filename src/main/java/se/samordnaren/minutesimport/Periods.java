package se.samordnaren.minutesimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as decisions write them, for the review to show beside a §: "för resten av 2021", "2021 ut",
 * "under 2022", "från och med 2021-07-01", "perioden 2021-07-01–2024-06-30", "t.o.m. 2022". Pure text.
 */
final class Periods {

    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = YEAR + "-\\d{2}-\\d{2}";
    private static final String MONTH = "(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)";
    private static final String POINT = "(?:" + DATE + "|(?:\\d{1,2}\\s+)?" + MONTH + "\\s+" + YEAR + "|" + YEAR + ")";
    private static final Pattern PERIOD = Pattern.compile(
            "(?:perioden\\s+)?" + POINT + "\\s*(?:[–-]|till och med|t\\.o\\.m\\.?)\\s*" + POINT
                    + "|(?:för resten av|resten av|under|från och med|fr\\.o\\.m\\.?|till och med|t\\.o\\.m\\.?)\\s+(?:år\\s+)?" + POINT
                    + "|" + YEAR + "\\s+ut\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Periods() {
    }

    /** The periods written in the text, each once, in order. */
    static List<String> in(String text) {
        List<String> periods = new ArrayList<>();
        if (text == null) {
            return periods;
        }
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            String period = m.group().strip().replaceAll("\\s+", " ");
            if (!periods.contains(period)) {
                periods.add(period);
            }
        }
        return periods;
    }
}
