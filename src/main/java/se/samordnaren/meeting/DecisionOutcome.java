package se.samordnaren.meeting;

/** The outcome of a decision: bifall, beviljas, avslag, återremiss, bordläggning, läggs till handlingarna, förslag till annat organ, anmält delegationsbeslut. The translation key meeting.outcome.NAME gives the Swedish word. */
public enum DecisionOutcome {
    APPROVED, GRANTED, REJECTED, REFERRED_BACK, POSTPONED, NOTED, PROPOSAL, DELEGATION_REPORTED;

    public String translationKey() {
        return "meeting.outcome." + name();
    }
}
