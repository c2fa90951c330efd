package se.samordnaren.bookkeeping;

/** A cost object of the bookkeeping (kostnadsställe, projekt …): dimension, id and the name the file gave it. */
public record KnownObject(int dimension, String id, String name) {

    /** "6:EVI", as rows and rules name it. */
    public String key() {
        return dimension + ":" + id;
    }

    /** "6:EVI En väg in". */
    public String label() {
        return name == null || name.isBlank() ? key() : key() + " " + name;
    }

    /** The object of a key "6:EVI" (null when the key is not dimension:object). */
    public static KnownObject ofKey(String key, String name) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1 || !key.substring(0, colon).matches("\\d{1,3}")) {
            return null;
        }
        return new KnownObject(Integer.parseInt(key.substring(0, colon)), key.substring(colon + 1), name);
    }
}
