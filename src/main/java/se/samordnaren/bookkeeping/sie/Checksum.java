package se.samordnaren.bookkeeping.sie;

/**
 * The file's {@code #KSUMMA}: {@code declared} as written at the end of the file, {@code computed} by us (CRC-32 over
 * the records between the two {@code #KSUMMA}); both null when the file has no checksum. {@code line} is the line of
 * the closing {@code #KSUMMA}, 0 when there is none.
 */
public record Checksum(Status status, Long declared, Long computed, int line) {

    public enum Status {
        VALID, INVALID, ABSENT
    }

    static Checksum absent() {
        return new Checksum(Status.ABSENT, null, null, 0);
    }
}
