package se.samordnaren.association;

/** The kinds of member a Finsam association has; the state's half is FK + AF. */
public enum MemberType {
    FORSAKRINGSKASSAN,
    ARBETSFORMEDLINGEN,
    REGION,
    MUNICIPALITY;

    public String translationKey() {
        return "memberType." + name();
    }
}
