package se.samordnaren.security;

/** The roles of the application; the translation key role.NAME gives the Swedish name. */
public enum Role {
    FORBUNDSCHEF,
    EKONOM,
    SEKRETERARE,
    STYRELSE,
    BEREDNINGSGRUPP,
    REVISOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public String translationKey() {
        return "role." + name();
    }
}
