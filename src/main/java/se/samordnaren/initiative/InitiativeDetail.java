package se.samordnaren.initiative;

import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything the detail view shows about one insats, read in one query. */
public record InitiativeDetail(long id, int version, String name, String shortName, Long parentId, String parentName,
                               Long ownerMemberId, String ownerName, String owner, String targetGroup,
                               Orientation orientation, String susReference, LocalDate startDate,
                               LocalDate plannedEndDate, LocalDate actualEndDate, InitiativeStatus status,
                               Long contactPersonId, String contactPerson, String contact, String description, String staffNotes,
                               List<InitiativeStatus> allowedStatuses,
                               List<TakingPart> members,
                               List<SubProject> subProjects,
                               List<CoFinancing> coFinancing,
                               List<GrantYear> grantYears,
                               List<LedgerRow> ledger,
                               List<Report> reports,
                               List<Condition> conditions,
                               List<TimelineEvent> timeline) {

    /** The § of the first decision that granted money (the "Beslutat: …" of the header), if any. */
    public ParagraphRef firstGrantingDecision() {
        return ledger.stream().filter(r -> r.kind() == GrantKind.GRANT && r.decision() != null)
                .map(LedgerRow::decision).findFirst().orElse(null);
    }

    public List<LedgerRow> changes() {
        return ledger.stream().filter(r -> r.kind() != GrantKind.GRANT).toList();
    }

    public BigDecimal grantedTotal() {
        return grantYears.stream().map(GrantYear::grantedTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isSubProject() {
        return parentId != null;
    }

    public record TakingPart(long memberId, String name, String roleNote) {
    }

    public record SubProject(long id, String name, String owner, InitiativeStatus status, String staffNotes,
                             List<YearAmount> grants, BigDecimal coFinancingTotal) {

        public BigDecimal grantedTotal() {
            return grants.stream().map(YearAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record CoFinancing(long id, int version, CoFinancingSource source, String sourceName, int year,
                              BigDecimal amount, String note) {
    }

    public record GrantYear(int year, BigDecimal grantedTotal, BigDecimal originallyGranted, BigDecimal added,
                            BigDecimal freed, BigDecimal openingBalance, int changeCount) {
    }

    /** A ledger row with its deciding § (null for an opening balance, which has its own date and reference). */
    public record LedgerRow(long grantId, int year, GrantKind kind, BigDecimal amount, BigDecimal freedAmount,
                            BigDecimal addedAmount, boolean openingBalance, String openingReference, String note,
                            LocalDate decidedOn, ParagraphRef decision, BigDecimal totalBefore, BigDecimal totalAfter) {
    }

    public record Report(long id, int version, ReportKind kind, String title, LocalDate receivedOn,
                         LocalDate periodFrom, LocalDate periodTo, Integer participantsEnrolled,
                         Integer participantsStarted, Integer participantsEnded, String summary,
                         ParagraphRef presentedAt, List<Attachment> attachments) {
    }

    public record Attachment(long id, String fileName, String contentType, long sizeBytes, String description) {

        public String downloadUrl() {
            return "bilagor/" + id;
        }
    }

    /** A condition of a decision linked to the insats; {@code closedAt} is the § that found it met, if any. */
    public record Condition(long followUpId, String description, LocalDate dueOn, String status, boolean overdue,
                            String closedNote, ParagraphRef decidedAt, ParagraphRef closedAt) {

        public boolean isClosed() {
            return "CLOSED".equals(status);
        }
    }

    /**
     * One event with its § where there is one (a report may be presented weeks after it came in). The UI words it
     * from its kind and parts ({@code TimelineTitles}): the subject (a §'s, application's or report's title, or a
     * condition), the year of money, the outcome of an application step (or the status that ended the insats) and
     * the application's version.
     */
    public record TimelineEvent(LocalDate occurredOn, String eventKind, String subject, Integer year, String outcome,
                                Integer versionNo, String detail, BigDecimal amount, ParagraphRef paragraph) {
    }
}
