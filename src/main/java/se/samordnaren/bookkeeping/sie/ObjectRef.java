package se.samordnaren.bookkeeping.sie;

/** One pair of an object list {@code {dim "object"}}: dimension number and object id. */
public record ObjectRef(String dimension, String id) {

    /** "1:Nord" — the key the command line and the mapping use. */
    public String key() {
        return dimension + ":" + id;
    }
}
