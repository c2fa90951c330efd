package se.samordnaren.bookkeeping.sie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One record (line) split into its label and fields, by the format's lexical rules: fields are separated by one or more
 * spaces or tabs; a field may be quoted {@code "…"} and then holds spaces, with {@code \"} for a quote inside; an object
 * list is written in braces {@code {1 "Nord" 6 "P100"}} (possibly {@code {}}).
 */
record SieRecord(int line, String label, List<Token> fields, int danglingQuote) {

    /** A field or an object list, with the 1-based column where it starts (for messages). */
    sealed interface Token permits Field, ObjectList {
        int column();
    }

    record Field(String value, boolean quoted, int column) implements Token {
    }

    record ObjectList(List<Field> items, int column) implements Token {
    }

    /** The label in upper case, e.g. "#TRANS" ({@code label} is as written). */
    String name() {
        return label.toUpperCase(Locale.ROOT);
    }

    /** Whether the last field opens a quote that the line never closes (its value then runs to the line's end). */
    boolean hasDanglingQuote() {
        return danglingQuote >= 0;
    }

    /** Index (among {@link #fields()}) of the field whose quote is never closed, or -1. */
    int danglingQuoteField() {
        return danglingQuote;
    }

    /**
     * Splits one line. The first token is the label (the caller checks that it starts with "#"); it is empty when the
     * line starts with a quoted field. A quote never closed takes the rest of the line and is reported through
     * {@link #danglingQuoteField()}, so that the caller can decide whether that field may be cut short.
     *
     * @throws SieParseException for an unterminated object list or a stray "}"
     */
    static SieRecord parse(int line, String text) throws SieParseException {
        List<Token> tokens = new ArrayList<>();
        int dangling = -1;
        int i = 0;
        int n = text.length();
        while (true) {
            i = skipBlanks(text, i);
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == '{') {
                i = objectList(line, text, i, tokens);
            } else if (c == '}') {
                throw new SieParseException(line, "oväntad } i kolumn " + (i + 1) + " (utan {)");
            } else {
                int end = scanField(text, i, tokens);
                if (end < 0) {
                    dangling = tokens.size() - 2;
                    break;
                }
                i = end;
            }
        }
        if (tokens.isEmpty()) {
            return new SieRecord(line, "", List.of(), -1);
        }
        Token first = tokens.getFirst();
        String label = first instanceof Field field && !field.quoted() ? field.value() : "";
        return new SieRecord(line, label, List.copyOf(tokens.subList(1, tokens.size())), dangling);
    }

    /** Blanks between fields: space, tab, other control characters and the no-break space. */
    static boolean isBlank(char c) {
        return c <= ' ' || c == '\u007f' || c == '\u00a0';
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int objectList(int line, String text, int open, List<Token> tokens) throws SieParseException {
        List<Token> items = new ArrayList<>();
        int i = open + 1;
        while (true) {
            i = skipBlanks(text, i);
            if (i >= text.length()) {
                throw new SieParseException(line, "objektlistan som börjar i kolumn " + (open + 1)
                        + " saknar avslutande }");
            }
            char c = text.charAt(i);
            if (c == '}') {
                tokens.add(new ObjectList(items.stream().map(Field.class::cast).toList(), open + 1));
                return i + 1;
            }
            if (c == '{') {
                throw new SieParseException(line, "objektlistan som börjar i kolumn " + (open + 1)
                        + " innehåller en ny { (saknas en avslutande }?)");
            }
            i = scanField(text, i, items);
            if (i < 0) {
                throw new SieParseException(line, "citattecknet i kolumn " + (((Field) items.getLast()).column())
                        + " avslutas aldrig (i objektlistan som börjar i kolumn " + (open + 1) + ")");
            }
        }
    }

    /**
     * Reads the field starting at {@code start} into {@code into}; returns the index after it, or -1 when its quote is
     * never closed (the field then holds the rest of the line).
     */
    private static int scanField(String text, int start, List<Token> into) {
        if (text.charAt(start) != '"') {
            int end = start;
            while (end < text.length() && !isBlank(text.charAt(end)) && text.charAt(end) != '}') {
                end++;
            }
            into.add(new Field(text.substring(start, end), false, start + 1));
            return end;
        }
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                value.append('"');
                i += 2;
            } else if (c == '"') {
                into.add(new Field(value.toString(), true, start + 1));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        into.add(new Field(value.toString().strip(), true, start + 1));
        return -1;
    }
}
