package se.samordnaren.application;

import com.vaadin.flow.component.html.Span;

/** The application's state as a coloured badge. */
class StatusBadge extends Span {

    StatusBadge(ApplicationStatus status) {
        setText(getTranslation(status.translationKey()));
        addClassNames("application-badge", "status-" + status.name());
    }
}
