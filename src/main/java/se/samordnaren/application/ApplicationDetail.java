package se.samordnaren.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One application with everything its page shows, read in one query. {@code version} guards writes. */
public record ApplicationDetail(long id, int version, ApplicationStatus status, Long applicantMemberId, String applicant,
                                String caseNumber, String contact, Long initiativeId, String initiativeName,
                                List<Version> versions, List<Step> steps, List<Comparison> comparison,
                                List<Grant> grants) {

    public Version latestVersion() {
        return versions.getLast();
    }

    /** One version of the application with its requested money per year and its attached files. */
    public record Version(long id, int versionNo, int version, LocalDate receivedOn, String title, String targetGroup,
                          se.samordnaren.initiative.Orientation orientation, String description, LocalDate periodStart, LocalDate periodEnd,
                          String changeNote, boolean frozen, List<Requested> requested, List<Attachment> attachments) {

        public BigDecimal requestedTotal() {
            return requested.stream().map(Requested::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Requested(int year, BigDecimal amount) {
    }

    public record Attachment(long id, String fileName, String contentType, long sizeBytes, String sha256,
                             OffsetDateTime uploadedAt, String uploadedBy) {
    }

    /** A step of the life cycle; {@code decision} is the § for steps that were decisions. */
    public record Step(long id, StepKind step, LocalDate occurredOn, StepOutcome outcome, String notes, int versionNo,
                       int version, DecisionPlace decision) {
    }

    /** Requested money of one version in one year, beside the previous version's. */
    public record Comparison(int versionNo, int year, BigDecimal amount, BigDecimal previousAmount, BigDecimal difference) {
    }

    /** Money granted to the insats by a decision on this application. */
    public record Grant(int year, se.samordnaren.initiative.GrantKind kind, BigDecimal amount, DecisionPlace decision) {
    }
}
