package se.samordnaren.equity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;

/** Small pieces the equity views share: figures, the status in words, § links, signed amounts. */
final class EquityUi {

    private EquityUi() {
    }

    /** A labelled figure ("Eget kapital vid årets slut" / "5 800 000 kr"). */
    static Div figure(Component source, String labelKey, String value) {
        Span label = new Span(source.getTranslation(labelKey));
        label.addClassName("fact-label");
        Span figure = new Span(value);
        figure.addClassName("fact-value");
        Div fact = new Div(label, figure);
        fact.addClassName("money-fact");
        return fact;
    }

    static H2 sectionTitle(Component source, String key) {
        H2 title = new H2(source.getTranslation(key));
        title.addClassName("section-title");
        return title;
    }

    /** "över riktlinjen" / "inom riktlinjen" as a badge whose words carry the meaning. */
    static Badge level(Component source, EquityLevel level) {
        return new Badge(source.getTranslation(level.translationKey()), switch (level) {
            case ABOVE -> Badge.Tone.ERROR;
            case WITHIN -> Badge.Tone.SUCCESS;
            case NO_GUIDELINE -> Badge.Tone.NEUTRAL;
        });
    }

    /** Above or below the guideline in kronor, in words: "4 400 000 kr över", "300 000 kr under". */
    static String excess(Component source, BigDecimal excess) {
        if (excess == null) {
            return "";
        }
        return excess.signum() > 0 ? source.getTranslation("equity.excess.above", Formats.money(excess))
                : source.getTranslation("equity.excess.below", Formats.money(excess.negate()));
    }

    /** A result with its sign written out: "+3 300 000 kr", "−2 400 000 kr". */
    static String signed(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return (amount.signum() > 0 ? "+" : "") + Formats.money(amount);
    }

    /** "Styrelsen 2021-03-19 § 6" as a link to the paragraph (no "Beslutat:" prefix, for tables). */
    static Anchor paragraphLink(ParagraphRef paragraph) {
        Anchor anchor = new Anchor(paragraph.href(), paragraph.label());
        anchor.addClassName("decided-at-link");
        return anchor;
    }

    static Span subLabel(String text) {
        Span span = new Span(text);
        span.addClassName("sub-label");
        return span;
    }
}
