package se.samordnaren.ui;

import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/**
 * A small coloured label for a status or an outcome ("Justerat", "Beviljas", "Försenad", "Ordförande").
 * Styled only by CSS classes in styles/samordnaren.css: {@code badge} plus {@code badge-<tone>}.
 * Each feature decides which tone its states get; this class only knows the tones.
 */
public class Badge extends Span {

    /** The colour of a badge, from Lumo's palette. */
    public enum Tone {
        /** Grey: a plain or finished state. */
        NEUTRAL,
        /** Accent colour: planned, prepared, a leading role. */
        INFO,
        /** Green: approved, granted, closed. */
        SUCCESS,
        /** Amber: waiting, referred back, shortened. */
        WARNING,
        /** Red: rejected, stopped, overdue. */
        ERROR;

        String className() {
            return "badge-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Tone tone;

    public Badge(String text, Tone tone) {
        super(text);
        this.tone = tone;
        addClassNames("badge", tone.className());
    }

    public Tone getTone() {
        return tone;
    }
}
