package se.samordnaren.budget;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.ui.Badge;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;

/** Small pieces the budget views share: kind and status badges, the deciding §, money with its sign. */
final class BudgetUi {

    private BudgetUi() {
    }

    static Badge kindBadge(Component source, BudgetVersionKind kind) {
        return new Badge(source.getTranslation(kind.translationKey()), Badge.Tone.NEUTRAL);
    }

    /**
     * "Beslutad" with the link to the deciding § ("Styrelsen 2020-11-27 § 5"), or "Utkast" while undecided. The link
     * is the shared {@link DecidedAtLink}; beside the badge its text is the § alone, its accessible name the whole.
     */
    static Div status(Component source, ParagraphRef decidedAt) {
        Div status = new Div();
        status.addClassName("budget-status");
        if (decidedAt == null) {
            status.add(new Badge(source.getTranslation("budget.status.draft"), Badge.Tone.WARNING));
            return status;
        }
        DecidedAtLink link = new DecidedAtLink(decidedAt);
        link.getElement().setAttribute("aria-label", link.getText());
        link.setText(decidedAt.label());
        status.add(new Badge(source.getTranslation("budget.status.decided"), Badge.Tone.SUCCESS), link);
        return status;
    }

    static Badge referenceBadge(Component source) {
        Badge badge = new Badge(source.getTranslation("budget.reference"), Badge.Tone.INFO);
        badge.getElement().setAttribute("title", source.getTranslation("budget.reference.help"));
        return badge;
    }

    /** "1 400 000 kr", "−2 300 000 kr" (a negative amount marked, not by colour alone: the minus sign stays). */
    static Span money(BigDecimal amount) {
        Span span = new Span(amount == null ? "–" : Formats.money(amount));
        span.addClassName("money");
        if (amount != null && amount.signum() < 0) {
            span.addClassName("negative");
        }
        return span;
    }

    /** "2021 med plan för 2022–2023" */
    static String years(Component source, int year) {
        return source.getTranslation("budget.version.years", String.valueOf(year), String.valueOf(year + 1),
                String.valueOf(year + 2));
    }
}
