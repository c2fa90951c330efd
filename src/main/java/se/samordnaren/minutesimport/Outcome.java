package se.samordnaren.minutesimport;

import java.util.Locale;

/**
 * A paragraph's outcome as read from the Swedish phrasing: bifall/beviljas (approved), avslag (rejected), återremiss
 * (referred back), bordläggning (postponed), läggs till handlingarna (noted), förslag till annat organ (proposal),
 * anmälda delegationsbeslut (delegation reported), an information item without decision, or nothing at all (none:
 * opening, closing, an empty "Övrigt").
 */
public enum Outcome {
    APPROVED, REJECTED, REFERRED_BACK, POSTPONED, NOTED, PROPOSAL, DELEGATION_REPORTED, INFORMATION, NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
