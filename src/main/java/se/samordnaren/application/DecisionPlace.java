package se.samordnaren.application;

import se.samordnaren.common.ParagraphRef;
import se.samordnaren.meeting.DecisionOutcome;

/**
 * A decision (§) of the minutes that a step of an application rests on: where it was taken ({@link ParagraphRef},
 * "Styrelsen 2021-03-19 § 5"), what was decided, the § title, and whether the minutes are approved (then nothing
 * more may be linked to the decision).
 */
public record DecisionPlace(long decisionId, DecisionOutcome outcome, ParagraphRef paragraph, String itemTitle,
                            boolean minutesApproved) {
}
