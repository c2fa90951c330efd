package se.samordnaren.application;

/** The outcome of a step: the beredningsgrupp's recommendation, the AU's proposal or the board's decision. */
public enum StepOutcome {
    APPROVE, REJECT, MORE_INFORMATION, REFER_BACK, POSTPONE;

    public String translationKey() {
        return "application.outcome." + name();
    }
}
