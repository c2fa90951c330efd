package se.samordnaren.application;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.samordnaren.ui.DecidedAtLink;
import se.samordnaren.ui.Formats;

/** Ärendets gång: every step with its date, outcome and version, the § it rests on, and its notes. */
class ApplicationTimeline extends VerticalLayout {

    ApplicationTimeline() {
        setPadding(false);
        setSpacing(false);
    }

    void show(ApplicationDetail detail) {
        removeAll();
        for (ApplicationDetail.Step s : detail.steps()) {
            Div row = new Div();
            row.addClassName("application-timeline-row");
            Span date = new Span(Formats.date(s.occurredOn()));
            date.addClassName("application-timeline-date");
            Span what = new Span(getTranslation(s.step().translationKey()) + (s.outcome() == null ? ""
                    : ": " + getTranslation("application.outcome." + s.step().name() + "." + s.outcome().name())));
            what.addClassName("application-timeline-step");
            row.add(date, what, new Span(getTranslation("application.versionNo", s.versionNo())));
            if (s.decision() != null) {
                row.add(new DecidedAtLink(s.decision().paragraph()));
            }
            if (s.notes() != null) {
                Span notes = new Span(s.notes());
                notes.addClassName("application-notes");
                row.add(notes);
            }
            add(row);
        }
    }
}
