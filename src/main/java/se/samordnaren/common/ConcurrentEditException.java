package se.samordnaren.common;

/** Somebody else saved the same record after it was opened: the stale save is refused, nothing is overwritten. */
public class ConcurrentEditException extends UserFacingException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }

    /** Throws when an update guarded by "where id = ? and version = ?" touched no row. */
    public static void requireUpdated(int rows) {
        if (rows != 1) {
            throw new ConcurrentEditException();
        }
    }
}
