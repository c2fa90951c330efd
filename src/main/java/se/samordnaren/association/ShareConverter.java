package se.samordnaren.association;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A municipality's share of the municipal quarter as people type it: "37,5" (a point is read too, and a trailing
 * "%"), at most four decimals, more than 0 and at most 100. Anything else ("12,5,5", "abc", "1e2") is refused with
 * the message given, never guessed.
 */
final class ShareConverter implements Converter<String, BigDecimal> {

    private static final Pattern SHARE = Pattern.compile("\\d{1,3}([,.]\\d{1,4})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String formatMessage;
    private final String rangeMessage;

    ShareConverter(String formatMessage, String rangeMessage) {
        this.formatMessage = formatMessage;
        this.rangeMessage = rangeMessage;
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
        if (!SHARE.matcher(text).matches()) {
            return Result.error(formatMessage);
        }
        BigDecimal share = new BigDecimal(text.replace(',', '.'));
        return share.signum() > 0 && share.compareTo(HUNDRED) <= 0 ? Result.ok(share) : Result.error(rangeMessage);
    }

    @Override
    public String convertToPresentation(BigDecimal value, ValueContext context) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
