package se.samordnaren.common;

/** Small text helpers the services share when they store what a user typed. */
public final class Texts {

    private Texts() {
    }

    /** An optional text as stored: trimmed, or null when nothing but blanks was typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
