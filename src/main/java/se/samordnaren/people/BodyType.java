package se.samordnaren.people;

/** The kinds of body (organ) a samordningsförbund has. */
public enum BodyType {
    BOARD,
    WORKING_COMMITTEE,
    PREPARATORY_GROUP,
    OWNERS_CONSULTATION,
    AUDITORS,
    OTHER;

    public String translationKey() {
        return "people.bodyType." + name();
    }
}
