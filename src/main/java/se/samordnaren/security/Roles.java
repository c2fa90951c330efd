package se.samordnaren.security;

/** Role names as compile-time constants for @RolesAllowed on views and services. */
public final class Roles {
    public static final String FORBUNDSCHEF = "FORBUNDSCHEF";
    public static final String EKONOM = "EKONOM";
    public static final String SEKRETERARE = "SEKRETERARE";
    public static final String STYRELSE = "STYRELSE";
    public static final String BEREDNINGSGRUPP = "BEREDNINGSGRUPP";
    public static final String REVISOR = "REVISOR";

    private Roles() {
    }
}
