package se.samordnaren.meeting;

/** What kind of paragraph (§) it is. The translation key meeting.itemKind.NAME gives the Swedish word. */
public enum ItemKind {
    INFORMATION, DECISION, OTHER;

    public String translationKey() {
        return "meeting.itemKind." + name();
    }
}
