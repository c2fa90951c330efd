package se.samordnaren.association;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number typed into a text field, read strictly the Swedish way and never guessed: "12,5,5", "abc" or "1e2" is
 * refused with the format message, a number outside its bounds with the range message. (A number input of the
 * browser would drop the commas of "12,5,5" and send 1255; a text field lets the server see what was typed.)
 */
final class NumberConverter implements Converter<String, BigDecimal> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Pattern pattern;
    private final SerializablePredicate<BigDecimal> inRange;
    private final SerializableFunction<BigDecimal, String> shown;
    private final String formatMessage;
    private final String rangeMessage;

    private NumberConverter(Pattern pattern, SerializablePredicate<BigDecimal> inRange,
                            SerializableFunction<BigDecimal, String> shown, String formatMessage, String rangeMessage) {
        this.pattern = pattern;
        this.inRange = inRange;
        this.shown = shown;
        this.formatMessage = formatMessage;
        this.rangeMessage = rangeMessage;
    }

    /** A share in percent: "37,5" (a point is read too, and a trailing "%"), at most four decimals, over 0, at most 100. */
    static NumberConverter share(String formatMessage, String rangeMessage) {
        return new NumberConverter(Pattern.compile("\\d{1,3}([,.]\\d{1,4})?"),
                share -> share.signum() > 0 && share.compareTo(HUNDRED) <= 0,
                share -> share.stripTrailingZeros().toPlainString().replace('.', ','), formatMessage, rangeMessage);
    }

    /** A whole number from 0 to {@code max}: "127 000" or "127000". */
    static NumberConverter whole(int max, String formatMessage, String rangeMessage) {
        return new NumberConverter(Pattern.compile("\\d{1,3}([ \\u00a0\\u202f]\\d{3})+|\\d+"),
                number -> number.compareTo(BigDecimal.valueOf(max)) <= 0,
                number -> Formats.number(number).replace('\u00a0', ' '), formatMessage, rangeMessage);
    }

    @Override
    public Result<BigDecimal> convertToModel(String value, ValueContext context) {
        if (value == null || value.isBlank()) {
            return Result.ok(null);
        }
        String text = value.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (!pattern.matcher(text).matches()) {
            return Result.error(formatMessage);
        }
        BigDecimal number = new BigDecimal(text.replaceAll("[ \\u00a0\\u202f]", "").replace(',', '.'));
        return inRange.test(number) ? Result.ok(number) : Result.error(rangeMessage);
    }

    @Override
    public String convertToPresentation(BigDecimal value, ValueContext context) {
        return value == null ? "" : shown.apply(value);
    }
}
