package se.samordnaren.application;

/** IDEA while open, APPLIED once an application was made of it, DROPPED when it was let go. */
public enum IdeaStatus {
    IDEA, APPLIED, DROPPED;

    public String translationKey() {
        return "idea.status." + name();
    }
}
