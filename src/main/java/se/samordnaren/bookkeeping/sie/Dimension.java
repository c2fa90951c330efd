package se.samordnaren.bookkeeping.sie;

/**
 * {@code #DIM} or {@code #UNDERDIM}: 1 kostnadsställe, 2 kostnadsbärare, 6 projekt, 20 and up free. {@code parent} is
 * the superdimension of an {@code #UNDERDIM}, null for a plain dimension.
 */
public record Dimension(String number, String name, String parent) {
}
