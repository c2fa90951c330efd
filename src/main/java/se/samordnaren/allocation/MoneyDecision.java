package se.samordnaren.allocation;

import se.samordnaren.common.ParagraphRef;

/**
 * A § an allocation can rest on (noted, approved, granted or reported under delegation — never a proposal, a
 * rejection, a referral back or a postponement, as the database's check_money_decision says), for the § picker.
 */
public record MoneyDecision(long decisionId, ParagraphRef paragraph, String itemTitle, boolean minutesApproved) {

    /** "Styrelsen 2020-11-27 § 5 – Verksamhetsplan och budget för 2021" */
    public String label() {
        return paragraph.label() + " – " + itemTitle;
    }
}
