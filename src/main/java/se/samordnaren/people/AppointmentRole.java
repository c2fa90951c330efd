package se.samordnaren.people;

/** The role an appointment gives; the declaration order is the order a composition is listed in. */
public enum AppointmentRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    SUBSTITUTE,
    SECRETARY,
    DIRECTOR,
    ADJUNCT,
    OTHER;

    /** A body has only one of these at a time. */
    public boolean isUnique() {
        return this == CHAIR || this == VICE_CHAIR;
    }

    /** Ordförande and vice ordförande are ledamöter too; they take part in decisions. */
    public boolean isDecisionMaker() {
        return this == CHAIR || this == VICE_CHAIR || this == MEMBER;
    }

    public String translationKey() {
        return "people.role." + name();
    }
}
