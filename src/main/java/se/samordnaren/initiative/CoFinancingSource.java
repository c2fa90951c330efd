package se.samordnaren.initiative;

public enum CoFinancingSource {
    ESF, OTHER;

    public String translationKey() {
        return "initiative.coFinancingSource." + name();
    }
}
