package se.samordnaren.meeting;

import se.samordnaren.common.ParagraphRef;

/** A decision as others refer to it: where it was taken ("Styrelsen 2021-03-19 § 5"), its outcome and the §'s title. */
public record DecisionRef(ParagraphRef paragraph, DecisionOutcome outcome, String title) {

    /** "Styrelsen 2021-03-19 § 5" */
    public String label() {
        return paragraph.label();
    }
}
