package se.samordnaren.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts in kronor as people type them in Sweden: "1 400 000", "1400000", "1 400 000,50", "-850 000".
 * At most two decimals and at most {@link #MAX} (what {@code numeric(14,2)} holds); nothing else is accepted,
 * so "12,5,5", "1e20" and "12,555" are refused rather than guessed.
 */
public final class Money {

    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    // Groups of three separated by a space (normal, no-break or narrow no-break), or plain digits; comma for öre.
    private static final Pattern SWEDISH = Pattern.compile("[-−]?(\\d{1,3}([ \\u00a0\\u202f]\\d{3})+|\\d+)(,\\d{1,2})?");

    private Money() {
    }

    /** The amount, or empty when the text is not a Swedish amount within the bounds. Blank text is empty too. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.endsWith("kr")) {
            trimmed = trimmed.substring(0, trimmed.length() - 2).strip();
        }
        if (!SWEDISH.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        String plain = trimmed.replace('−', '-').replaceAll("[ \\u00a0\\u202f]", "").replace(',', '.');
        BigDecimal amount = new BigDecimal(plain);
        return amount.abs().compareTo(MAX) > 0 ? Optional.empty() : Optional.of(amount);
    }

    /** For services: refuses an amount outside what the database holds, with the Swedish message. */
    public static BigDecimal requireValid(BigDecimal amount) {
        if (amount != null && (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(MAX) > 0)) {
            throw new UserFacingException("error.money.invalid");
        }
        return amount;
    }
}
