package se.samordnaren.bookkeeping;

import se.samordnaren.common.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Amounts of imported rows: öre at most (the database keeps numeric(14,2) and would round more decimals without a
 * word), within what it holds; and amounts written as text in CSV and Excel files, with decimal comma or point.
 */
final class ImportAmounts {

    // With decimal comma: 1234,50 or 1 234,50 or 1.234,50; with point: 1234.50 or 1,234.50. Spaces are removed first.
    private static final Pattern COMMA = Pattern.compile("[-+]?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern POINT = Pattern.compile("[-+]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.000001");

    private ImportAmounts() {
    }

    /** The amount as stored, or a refusal naming the row when it has more than two decimals or is too large. */
    static BigDecimal require(int row, BigDecimal amount, String written) throws BookkeepingFileException {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new BookkeepingFileException(row, "beloppet " + written + " har fler än två decimaler (öre)");
        }
        if (amount.abs().compareTo(Money.MAX) > 0) {
            throw new BookkeepingFileException(row, "beloppet " + written + " är för stort");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A text amount, or null when it cannot be read with the file's decimal sign. */
    static BigDecimal parse(String text, boolean decimalComma) {
        String plain = text.strip().replace('\u2212', '-').replaceAll("[\\s\\u00a0\\u202f']", "");
        if (plain.toLowerCase(java.util.Locale.ROOT).endsWith("kr")) {
            plain = plain.substring(0, plain.length() - 2);
        } else if (plain.toUpperCase(java.util.Locale.ROOT).endsWith("SEK")) {
            plain = plain.substring(0, plain.length() - 3);
        }
        boolean parentheses = plain.startsWith("(") && plain.endsWith(")");
        if (parentheses) {
            plain = "-" + plain.substring(1, plain.length() - 1);
        }
        if (plain.endsWith("-") && plain.length() > 1 && !plain.startsWith("-")) {
            plain = "-" + plain.substring(0, plain.length() - 1); // "1234,50-" as some older programs write credit
        }
        if (!(decimalComma ? COMMA : POINT).matcher(plain).matches()) {
            return null;
        }
        String canonical = decimalComma ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        return new BigDecimal(canonical.startsWith("+") ? canonical.substring(1) : canonical);
    }

    /** An Excel number (a double): to öre when what differs is only the binary fraction's noise, else as it is. */
    static BigDecimal ofDouble(double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_EVEN);
        return exact.subtract(rounded).abs().compareTo(FLOAT_NOISE) < 0 ? rounded : exact;
    }
}
