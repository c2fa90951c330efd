package se.samordnaren.ui;

import com.vaadin.flow.component.html.Anchor;
import se.samordnaren.common.ParagraphRef;

import java.time.LocalDate;

/**
 * "Beslutat: Styrelsen 2021-03-19 § 5" — one click from any record to the paragraph of the minutes where it was decided.
 * Opens the meeting view at that paragraph (route sammantraden/{meetingId}?paragraf={number}).
 */
public class DecidedAtLink extends Anchor {

    public DecidedAtLink(ParagraphRef paragraph) {
        setHref(paragraph.href());
        setText(getTranslation("decidedAt.label", paragraph.label()));
        addClassName("decided-at-link");
    }

    public DecidedAtLink(String bodyName, LocalDate meetingDate, int paragraphNumber, long meetingId) {
        setHref(href(meetingId, paragraphNumber));
        setText(getTranslation("decidedAt.label", label(bodyName, meetingDate, paragraphNumber)));
        addClassName("decided-at-link");
    }

    /** "Styrelsen 2021-03-19 § 5" */
    public static String label(String bodyName, LocalDate meetingDate, int paragraphNumber) {
        return bodyName + " " + Formats.date(meetingDate) + " § " + paragraphNumber;
    }

    public static String href(long meetingId, int paragraphNumber) {
        return "sammantraden/" + meetingId + "?paragraf=" + paragraphNumber;
    }
}
