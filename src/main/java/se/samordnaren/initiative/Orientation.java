package se.samordnaren.initiative;

/** SUS inriktning: individinriktad or strukturövergripande. */
public enum Orientation {
    INDIVIDUAL, STRUCTURAL;

    public String translationKey() {
        return "initiative.orientation." + name();
    }
}
