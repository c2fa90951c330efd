package se.samordnaren.minutesimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money as Swedish minutes write them: "3 300 000 kronor", "3.300.000 kr", "250 tkr", "1,4 miljoner",
 * "2 mkr", "150 000:-". Pure text, for the review's figures.
 */
final class Amounts {

    /** A number with thousands separated by space, no-break space or dot, an optional decimal comma, then a unit. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d,.])(\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3})+|\\d+)(?:,(\\d{1,2}))?\\s*"
                    + "(miljoner kronor|miljoner kr|miljoner|miljon kronor|miljon|mnkr|mkr|msek|tkr|tusen kronor|kronor|kr\\b|sek\\b|:-)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Amounts() {
    }

    /** Each amount once (the first way it was written), in the order they occur. */
    static List<ImportDraft.Amount> in(String text) {
        List<ImportDraft.Amount> amounts = new ArrayList<>();
        if (text == null) {
            return amounts;
        }
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            BigDecimal number = new BigDecimal(m.group(1).replaceAll("[ \\u00a0\\u202f.]", "")
                    + (m.group(2) == null ? "" : "." + m.group(2)));
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            BigDecimal factor = unit.startsWith("milj") || unit.equals("mkr") || unit.equals("mnkr") || unit.equals("msek")
                    ? BigDecimal.valueOf(1_000_000)
                    : unit.equals("tkr") || unit.startsWith("tusen") ? BigDecimal.valueOf(1_000) : BigDecimal.ONE;
            BigDecimal value = number.multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP);
            String written = m.group().strip();
            if (value.signum() > 0 && amounts.stream().noneMatch(a -> a.value().compareTo(value) == 0)) {
                amounts.add(new ImportDraft.Amount(written, value));
            }
        }
        return amounts;
    }
}
