package se.samordnaren.association;

/** The one association this installation serves. */
public record AssociationSettings(
        String name,
        String organisationNumber,
        String streetAddress,
        String postalCode,
        String city,
        String email,
        String noticeBoardLocation,
        String minutesStoragePlace,
        ParagraphNumbering paragraphNumbering,
        int version) {
}
