package se.samordnaren.association;

/**
 * The one association this installation serves. The meeting cycle's settings: the appeal period in days from the
 * posting of the anslag, the working days between justering and posting, and the days after which a signatory who
 * has not signed is reminded.
 */
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
        int appealPeriodDays,
        int noticeDelayWorkingDays,
        int signatureReminderDays,
        int version) {
}
