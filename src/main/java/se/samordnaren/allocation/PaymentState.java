package se.samordnaren.allocation;

/** How a member's payments for a year compare with its share; shown in words, never by colour alone. */
public enum PaymentState {
    /** Paid exactly its share. */
    PAID,
    /** Paid part of its share. */
    PARTLY_PAID,
    /** Paid nothing yet. */
    NOT_PAID,
    /** Paid more than its share. */
    OVERPAID,
    /** Has no share of the allocation (Arbetsförmedlingen: the state's half is paid by Försäkringskassan). */
    NO_SHARE,
    /** A municipality without a key for the year: its share cannot be computed. */
    KEY_MISSING;

    public String translationKey() {
        return "allocation.state." + name();
    }
}
