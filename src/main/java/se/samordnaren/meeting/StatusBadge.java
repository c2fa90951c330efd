package se.samordnaren.meeting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** A small coloured label: meeting status, decision outcome, follow-up state. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Component source, MeetingStatus status) {
        return badge(source.getTranslation(status.translationKey()), "status-" + status.name().toLowerCase());
    }

    static Span of(Component source, DecisionOutcome outcome) {
        return badge(source.getTranslation(outcome.translationKey()), "outcome-" + outcome.name().toLowerCase().replace('_', '-'));
    }

    static Span of(Component source, Minutes.ConditionState state) {
        return badge(source.getTranslation(state.translationKey()), "state-" + state.name().toLowerCase());
    }

    private static Span badge(String text, String variant) {
        Span span = new Span(text);
        span.addClassNames("meeting-badge", variant);
        return span;
    }
}
