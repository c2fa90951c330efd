package se.samordnaren.budget;

import se.samordnaren.common.ParagraphRef;

/** A decision a budget version can rest on, for the "Markera som beslutad" picker. */
public record DecidingDecision(long decisionId, ParagraphRef paragraph, String itemTitle, boolean minutesApproved) {

    /** "Styrelsen 2021-03-19 § 7 – Reviderad verksamhetsplan och budget för 2021" */
    public String label() {
        return paragraph.label() + " – " + itemTitle;
    }
}
