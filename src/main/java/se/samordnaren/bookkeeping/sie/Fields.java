package se.samordnaren.bookkeeping.sie;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of one record, read by position with the format's rules; a required field that is missing or unreadable
 * refuses the file with a message such as "Rad 57: #TRANS saknar belopp".
 */
final class Fields {

    // Digits with "." (or "," tolerated) for decimals, optional leading minus (or a stray plus); no exponent.
    private static final Pattern AMOUNT = Pattern.compile("([-+\u2212]?)(\\d+(?:[.,]\\d*)?|[.,]\\d+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-?(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("[-+]?\\d{1,3}");

    private final SieRecord record;

    Fields(SieRecord record) {
        this.record = record;
    }

    int line() {
        return record.line();
    }

    String name() {
        return record.name();
    }

    /** The text of field {@code index}, or "" when it is missing or an object list. */
    String text(int index) {
        return index < record.fields().size() && record.fields().get(index) instanceof SieRecord.Field field
                ? field.value() : "";
    }

    String required(int index, String what) throws SieParseException {
        String text = text(index);
        if (text.isBlank()) {
            throw missing(what);
        }
        return text.strip();
    }

    BigDecimal amount(int index) throws SieParseException {
        String text = required(index, "belopp");
        BigDecimal amount = parseAmount(text);
        if (amount == null) {
            throw new SieParseException(line(), name() + " har ett ogiltigt belopp \"" + text + "\"");
        }
        return amount;
    }

    /** Quantity is optional and not used for money; an unreadable one is dropped with a warning. */
    BigDecimal quantity(int index, Warnings warnings) {
        String text = text(index).strip();
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal quantity = parseAmount(text);
        if (quantity == null) {
            warnings.addRepeated("quantity", "Rad " + line() + ": ogiltig kvantitet \"" + text + "\" i " + name()
                    + " ignorerades.");
        }
        return quantity;
    }

    LocalDate date(int index, String what) throws SieParseException {
        LocalDate date = optionalDate(index, what);
        if (date == null) {
            throw missing(what);
        }
        return date;
    }

    LocalDate optionalDate(int index, String what) throws SieParseException {
        String text = text(index).strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            throw new SieParseException(line(), name() + " har ett ogiltigt " + what + " \"" + text
                    + "\" (ska vara ÅÅÅÅMMDD)");
        }
        return date;
    }

    /** For fields nothing depends on (#GEN): an unreadable date is a warning, not a refusal. */
    LocalDate lenientDate(int index, Warnings warnings) {
        String text = text(index).strip();
        LocalDate date = text.isEmpty() ? null : parseDate(text);
        if (!text.isEmpty() && date == null) {
            warnings.add("Rad " + line() + ": ogiltigt datum \"" + text + "\" i " + name() + " ignorerades.");
        }
        return date;
    }

    YearMonth period(int index) throws SieParseException {
        String text = required(index, "period");
        Matcher matcher = PERIOD.matcher(text);
        if (matcher.matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month >= 1 && month <= 12) {
                return YearMonth.of(Integer.parseInt(matcher.group(1)), month);
            }
        }
        throw new SieParseException(line(), name() + " har en ogiltig period \"" + text + "\" (ska vara ÅÅÅÅMM)");
    }

    /** Fiscal year number: 0 the current year, -1 the one before … */
    int year(int index) throws SieParseException {
        String text = required(index, "årsnummer");
        if (!YEAR.matcher(text).matches()) {
            throw new SieParseException(line(), name() + " har ett ogiltigt årsnummer \"" + text
                    + "\" (0 för innevarande år, -1 för föregående …)");
        }
        return Integer.parseInt(text);
    }

    int sieType() throws SieParseException {
        String text = required(0, "filtyp");
        Matcher matcher = Pattern.compile("(\\d+)[EeIi]?").matcher(text);
        if (!matcher.matches()) {
            throw new SieParseException(line(), "#SIETYP har en ogiltig filtyp \"" + text + "\" (ska vara 1–4)");
        }
        int type = Integer.parseInt(matcher.group(1));
        if (type < 1 || type > 4) {
            throw new SieParseException(line(), "SIE typ " + type + " kan inte läsas här (bara typ 1–4)");
        }
        return type;
    }

    /** The object list at {@code index}, or null when that field is not an object list (some writers omit "{}"). */
    List<ObjectRef> objectsOrNull(int index) throws SieParseException {
        if (index >= record.fields().size() || !(record.fields().get(index) instanceof SieRecord.ObjectList list)) {
            return null;
        }
        List<SieRecord.Field> items = list.items();
        if (items.size() % 2 != 0) {
            throw new SieParseException(line(), "objektlistan i " + name() + " har ett udda antal fält (ska vara par"
                    + " av dimension och objekt)");
        }
        List<ObjectRef> refs = new ArrayList<>(items.size() / 2);
        for (int i = 0; i < items.size(); i += 2) {
            String dimension = items.get(i).value().strip();
            String id = items.get(i + 1).value().strip();
            if (dimension.isEmpty()) {
                throw new SieParseException(line(), "objektlistan i " + name() + " har ett tomt dimensionsnummer");
            }
            refs.add(new ObjectRef(dimension, id));
        }
        return refs;
    }

    static BigDecimal parseAmount(String text) {
        Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String digits = matcher.group(2).replace(',', '.');
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        BigDecimal amount = new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
        return matcher.group(1).isEmpty() || matcher.group(1).equals("+") ? amount : amount.negate();
    }

    static LocalDate parseDate(String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches() || (text.contains("-") && text.length() != 10)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private SieParseException missing(String what) {
        return new SieParseException(line(), name() + " saknar " + what);
    }
}
