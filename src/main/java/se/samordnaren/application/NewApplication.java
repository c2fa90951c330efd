package se.samordnaren.application;

/**
 * A received application: the applicant (a member, or free text for anyone else; a text that is a member's name or
 * short name is taken as that member), the case number, the insats it continues (null: it would create a new one)
 * and its first version.
 */
public record NewApplication(Long applicantMemberId, String applicantName, String caseNumber, String contact,
                             Long continuesInitiativeId, VersionDraft firstVersion) {
}
