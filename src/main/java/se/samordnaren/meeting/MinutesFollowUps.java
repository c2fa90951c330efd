package se.samordnaren.meeting;

/**
 * Writing the follow-ups (villkor, återrapportering) a decision sets, as the minutes need it. The follow-up table
 * belongs to the decision feature ({@code se.samordnaren.decision.FollowUpService} implements this), which builds on
 * this package; the minutes call it through this interface so that the meetings feature depends on nothing there.
 */
public interface MinutesFollowUps {

    /** Adds (id null) or changes a follow-up of a decision of minutes not yet approved. */
    void save(ConditionDraft condition);

    /** Removes a follow-up of minutes not yet approved. */
    void remove(long followUpId, int version);
}
