package se.samordnaren.initiative;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Small pieces the insats views share: status badge, period, money, § links. */
final class InitiativeUi {

    private InitiativeUi() {
    }

    static Badge statusBadge(Component source, InitiativeStatus status) {
        return new Badge(source.getTranslation(status.translationKey()), tone(status));
    }

    static Badge.Tone tone(InitiativeStatus status) {
        return switch (status) {
            case IDEA, ENDED -> Badge.Tone.NEUTRAL;
            case APPLIED, SHORTENED -> Badge.Tone.WARNING;
            case GRANTED, RUNNING, EXTENDED -> Badge.Tone.SUCCESS;
            case STOPPED -> Badge.Tone.ERROR;
        };
    }

    static String period(LocalDate start, LocalDate plannedEnd, LocalDate actualEnd) {
        LocalDate end = actualEnd != null ? actualEnd : plannedEnd;
        if (start == null && end == null) {
            return "";
        }
        return Formats.date(start) + " – " + Formats.date(end);
    }

    static Span money(BigDecimal amount) {
        Span span = new Span(Formats.money(amount));
        span.addClassName("money");
        if (amount != null && amount.signum() < 0) {
            span.addClassName("freed");
        }
        return span;
    }

    /** "Styrelsen 2021-03-19 § 5" as a link to the paragraph (no "Beslutat:" prefix, for tables). */
    static Anchor paragraphLink(ParagraphRef paragraph) {
        Anchor anchor = new Anchor(paragraph.href(), paragraph.label());
        anchor.addClassName("decided-at-link");
        return anchor;
    }

    /** A section heading inside a tab. */
    static H2 sectionTitle(Component source, String key) {
        H2 title = new H2(source.getTranslation(key));
        title.addClassName("section-title");
        return title;
    }

    /** A smaller second line in a cell or card. */
    static Span subLabel(String text) {
        Span span = new Span(text);
        span.addClassName("sub-label");
        return span;
    }
}
