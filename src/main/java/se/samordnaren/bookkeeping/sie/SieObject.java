package se.samordnaren.bookkeeping.sie;

/** {@code #OBJEKT}: an object (cost centre, project …) within a dimension. */
public record SieObject(String dimension, String id, String name) {

    public ObjectRef ref() {
        return new ObjectRef(dimension, id);
    }
}
