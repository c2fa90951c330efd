package se.samordnaren.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money and dates the Swedish way: "1 400 000 kr", "2021-03-19", "19 mars 2021". */
public final class Formats {

    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
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

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        return symbols;
    }
}
