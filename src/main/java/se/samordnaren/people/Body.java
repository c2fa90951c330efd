package se.samordnaren.people;

/**
 * An organ: Styrelsen, Arbetsutskottet … {@code decisionVerb} introduces its decisions in the minutes
 * ("Styrelsen beslutade"); {@code paragraphPrefix} is printed before § numbers ("AU § 12") when set.
 * {@code id} and {@code version} are null for a body not yet saved.
 */
public record Body(
        Long id,
        String name,
        String shortName,
        BodyType type,
        String decisionVerb,
        String paragraphPrefix,
        Integer version) {

    public static Body empty() {
        return new Body(null, "", "", BodyType.OTHER, "", "", null);
    }

    public boolean isNew() {
        return id == null;
    }
}
