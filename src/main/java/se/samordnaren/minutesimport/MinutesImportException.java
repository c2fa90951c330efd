package se.samordnaren.minutesimport;

/** A file that is refused whole, with a Swedish message for the user saying why. */
public final class MinutesImportException extends RuntimeException {

    /** Why: the file cannot be read, or it is readable but not minutes. */
    public enum Reason {
        EMPTY, DAMAGED, ENCRYPTED, NO_TEXT_LAYER, UNKNOWN_TYPE, KALLELSE, INVOICE, NOT_MINUTES;

        public boolean notMinutes() {
            return this == KALLELSE || this == INVOICE || this == NOT_MINUTES;
        }
    }

    private final Reason reason;

    public MinutesImportException(Reason reason, String swedishMessage) {
        super(swedishMessage);
        this.reason = reason;
    }

    public MinutesImportException(Reason reason, String swedishMessage, Throwable cause) {
        super(swedishMessage, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
