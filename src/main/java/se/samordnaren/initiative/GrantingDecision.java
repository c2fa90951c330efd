package se.samordnaren.initiative;

import se.samordnaren.common.ParagraphRef;

/** A decision money may rest on ({@link GrantLedgerService#grantsMoney}), for the § picker of the money dialogs. */
public record GrantingDecision(long decisionId, ParagraphRef paragraph, String itemTitle) {

    /** "Styrelsen 2021-03-19 § 5 – Medel till IRIS" */
    public String label() {
        return paragraph.label() + " – " + itemTitle;
    }
}
