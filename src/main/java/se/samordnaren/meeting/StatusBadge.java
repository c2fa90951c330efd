package se.samordnaren.meeting;

import com.vaadin.flow.component.Component;
import se.samordnaren.ui.Badge;

/**
 * Meeting status, decision outcome and follow-up state as badges. Public so the decision register, the follow-up list
 * and the start page give an outcome the same tone as the minutes do.
 */
public final class StatusBadge {

    private StatusBadge() {
    }

    static Badge of(Component source, MeetingStatus status) {
        return new Badge(source.getTranslation(status.translationKey()), tone(status));
    }

    static Badge of(Component source, DecisionOutcome outcome) {
        return new Badge(source.getTranslation(outcome.translationKey()), tone(outcome));
    }

    static Badge of(Component source, Minutes.ConditionState state) {
        return new Badge(source.getTranslation(state.translationKey()), tone(state));
    }

    public static Badge.Tone tone(MeetingStatus status) {
        return switch (status) {
            case PLANNED -> Badge.Tone.INFO;
            case HELD -> Badge.Tone.WARNING;
            case APPROVED -> Badge.Tone.SUCCESS;
        };
    }

    public static Badge.Tone tone(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED, GRANTED -> Badge.Tone.SUCCESS;
            case REJECTED -> Badge.Tone.ERROR;
            case REFERRED_BACK, POSTPONED -> Badge.Tone.WARNING;
            case PROPOSAL -> Badge.Tone.INFO;
            case NOTED, DELEGATION_REPORTED -> Badge.Tone.NEUTRAL;
        };
    }

    public static Badge.Tone tone(Minutes.ConditionState state) {
        return switch (state) {
            case OPEN -> Badge.Tone.INFO;
            case OVERDUE -> Badge.Tone.ERROR;
            case CLOSED -> Badge.Tone.SUCCESS;
        };
    }
}
