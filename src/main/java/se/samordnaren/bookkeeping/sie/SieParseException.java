package se.samordnaren.bookkeeping.sie;

/**
 * A SIE file refused whole. The message is Swedish and names the line ("Rad 57: #TRANS saknar belopp"); {@code line} is
 * 0 when the problem concerns the file as a whole (not a SIE file at all, an empty file).
 */
public class SieParseException extends Exception {

    private final int line;
    private final String reason;

    public SieParseException(int line, String reason) {
        super(line > 0 ? "Rad " + line + ": " + reason : reason);
        this.line = line;
        this.reason = reason;
    }

    /** The line the problem was found on (1-based), or 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The message without the "Rad N: " prefix. */
    public String reason() {
        return reason;
    }
}
