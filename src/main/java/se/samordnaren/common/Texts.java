package se.samordnaren.common;

/** Small text helpers the services share when they store what a user typed. */
public final class Texts {

    private Texts() {
    }

    /** The longest a short text (a name, a title, a reference) may be; the database checks the same. */
    public static final int SHORT = 300;
    /** The longest a long text (a description, a §'s text, a note) may be; the database checks the same. */
    public static final int LONG = 50_000;

    /**
     * Refuses a text longer than {@code max} with a Swedish message naming the field (a translation key),
     * so an oversized value never reaches the database as a raw error.
     */
    public static String requireMaxLength(String value, int max, String fieldKey) {
        if (value != null && value.length() > max) {
            throw new UserFacingException("error.text.tooLong", new Translated(fieldKey), max);
        }
        return value;
    }

    /** An optional text as stored ({@link #blankToNull}), refused when longer than {@code max} ({@link #requireMaxLength}). */
    public static String optional(String value, int max, String fieldKey) {
        return requireMaxLength(blankToNull(value), max, fieldKey);
    }

    /** An optional text as stored: trimmed, or null when nothing but blanks was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
