package se.samordnaren.bookkeeping.sie;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in the parser's Swedish messages: "1 250,00" (space between thousands, decimal comma, two decimals). */
final class SwedishAmount {

    private SwedishAmount() {
    }

    static String format(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00##########", symbols);
        return format.format(amount);
    }
}
