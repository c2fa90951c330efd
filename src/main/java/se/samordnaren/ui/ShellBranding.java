package se.samordnaren.ui;

/**
 * What the shell shows about the association. Implemented in the association feature, so that the shared UI
 * depends on no feature package (features use ui, never the other way round).
 */
public interface ShellBranding {

    String associationName();
}
