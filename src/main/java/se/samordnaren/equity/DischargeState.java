package se.samordnaren.equity;

/** A member's discharge (ansvarsfrihet) for a year: granted on a date, refused, or still outstanding. */
public enum DischargeState {
    GRANTED, REFUSED, OUTSTANDING;

    public String translationKey() {
        return "equity.discharge.state." + name();
    }
}
