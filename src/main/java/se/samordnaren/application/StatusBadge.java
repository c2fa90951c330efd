package se.samordnaren.application;

import com.vaadin.flow.component.Component;
import se.samordnaren.ui.Badge;

/** The application's state as a badge; which tone each state gets. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Badge of(Component source, ApplicationStatus status) {
        Badge badge = new Badge(source.getTranslation(status.translationKey()), tone(status));
        badge.addClassName("application-badge"); // the journeys find the application's state by this class
        return badge;
    }

    static Badge.Tone tone(ApplicationStatus status) {
        return switch (status) {
            case RECEIVED -> Badge.Tone.NEUTRAL;
            case PREPARED, PROPOSED -> Badge.Tone.INFO;
            case REFERRED_BACK -> Badge.Tone.WARNING;
            case DECIDED_GRANTED -> Badge.Tone.SUCCESS;
            case DECIDED_REJECTED, WITHDRAWN -> Badge.Tone.ERROR;
        };
    }
}
