package se.samordnaren.initiative;

public enum ReportKind {
    LAGESRAPPORT, AVSTAMNINGSRAPPORT, SLUTRAPPORT, UTVARDERING;

    public String translationKey() {
        return "initiative.reportKind." + name();
    }
}
