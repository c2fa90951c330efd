package se.samordnaren.minutesimport;

import java.util.Locale;

/** The organ whose minutes these are; {@link #code()} is the value of the JSON field {@code body}. */
public enum Body {
    STYRELSE, ARBETSUTSKOTT, BEREDNINGSGRUPP, AGARSAMRAD, REVISORER, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
