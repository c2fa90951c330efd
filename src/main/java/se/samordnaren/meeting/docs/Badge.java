package se.samordnaren.meeting.docs;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (outcome, status). Styled inline with Lumo colours so it needs no shared CSS. */
class Badge extends Span {

    enum Tone { NEUTRAL, SUCCESS, ERROR, WARNING }

    Badge(String text, Tone tone) {
        super(text);
        getElement().setAttribute("theme", "badge");
        addClassName("badge-" + tone.name().toLowerCase());
        String background = switch (tone) {
            case SUCCESS -> "var(--lumo-success-color-10pct, #e3f5ea)";
            case ERROR -> "var(--lumo-error-color-10pct, #fde8e8)";
            case WARNING -> "var(--lumo-warning-color-10pct, #fff4d6)";
            case NEUTRAL -> "var(--lumo-contrast-10pct, #eceef1)";
        };
        String color = switch (tone) {
            case SUCCESS -> "var(--lumo-success-text-color, #1b6b3a)";
            case ERROR -> "var(--lumo-error-text-color, #b01e1e)";
            case WARNING -> "var(--lumo-warning-text-color, #7a5400)";
            case NEUTRAL -> "var(--lumo-body-text-color, #333)";
        };
        getStyle().set("background", background).set("color", color)
                .set("border-radius", "var(--lumo-border-radius-m, 6px)")
                .set("padding", "0.1em 0.6em").set("font-size", "var(--lumo-font-size-s, 0.875rem)")
                .set("font-weight", "500").set("white-space", "nowrap");
    }

    static Tone forOutcome(String outcome) {
        return switch (outcome) {
            case "APPROVED", "GRANTED" -> Tone.SUCCESS;
            case "REJECTED" -> Tone.ERROR;
            case "REFERRED_BACK", "POSTPONED" -> Tone.WARNING;
            default -> Tone.NEUTRAL;
        };
    }
}
