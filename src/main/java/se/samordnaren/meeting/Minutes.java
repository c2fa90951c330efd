package se.samordnaren.meeting;

import se.samordnaren.common.ParagraphRef;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One meeting's minutes as the meeting view reads them: header, attendance, every § with its decision, the signatures
 * kept as the record of the approval (imported e-signatures), oldest first.
 */
public record Minutes(Header header, List<Attendee> attendees, List<Paragraph> paragraphs, List<Referral> referredBy,
                      List<Signature> signatures) {

    public boolean approved() {
        return header.approved();
    }

    public Optional<Paragraph> paragraph(int number) {
        return paragraphs.stream().filter(p -> p.number() == number).findFirst();
    }

    public record Header(
            long id,
            long bodyId,
            String bodyName,
            String decisionVerb,
            String paragraphPrefix,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String location,
            boolean digital,
            MeetingStatus status,
            LocalDate approvalDate,
            String approvalPlace,
            OffsetDateTime approvedAt,
            String approvedByName,
            LocalDate noticePostedOn,
            LocalDate noticeRemovedOn,
            LocalDate noticeAppealEndsOn,
            String minutesStoragePlace,
            int version,
            OffsetDateTime importedAt,
            Long importedFromAttachmentId,
            String importedFileName) {

        /** Whether the minutes were imported from an old file (issue 10). */
        public boolean imported() {
            return importedAt != null;
        }

        public boolean approved() {
            return approvedAt != null;
        }

        /** § {@code number} of these minutes. */
        public ParagraphRef paragraph(int number) {
            return new ParagraphRef(id, bodyName, paragraphPrefix, date, number);
        }

        /** "§ 5" or, with a body prefix, "AU § 5". */
        public String paragraphLabel(int number) {
            return paragraph(number).paragraph();
        }
    }

    /**
     * A signature of the minutes: the name and title as signed, the moment with the offset it was written with, how,
     * and the identification as written ("Svensk e-legitimation (BankID)") or null.
     */
    public record Signature(String name, String title, OffsetDateTime signedAt, SignatureMethod method, String methodDetail) {
    }

    public record Attendee(
            long id,
            long personId,
            String name,
            String party,
            AttendanceRole role,
            String capacity,
            boolean chair,
            boolean approver,
            String onlyItems,
            int version) {

        /** "Henrik Åkesson (m)" */
        public String displayName() {
            return party == null ? name : name + " (" + party + ")";
        }
    }

    public record Paragraph(
            long id,
            int number,
            String title,
            ItemKind kind,
            String bodyText,
            String caseNumber,
            int version,
            Decision decision,
            List<ItemAttendance> attendance) {
    }

    /**
     * Who was (or was not) present for one § when it differs from the header: "Anna Andersson (s)", not present,
     * "jäv, deltog inte i beslutet".
     */
    public record ItemAttendance(
            long id,
            long personId,
            String name,
            String party,
            boolean present,
            String note,
            int version) {

        /** "Anna Andersson (s)" */
        public String displayName() {
            return party == null ? name : name + " (" + party + ")";
        }
    }

    public record Decision(
            long id,
            String intro,
            DecisionOutcome outcome,
            Long proposalToBodyId,
            String proposalToBodyName,
            Long answersProposalId,
            Long correctsDecisionId,
            int version,
            List<Clause> clauses,
            List<LinkedRecord> links,
            List<Reference> references,
            List<Condition> followUps,
            List<DecisionRef> answers,
            List<DecisionRef> corrects) {

        public Optional<DecisionRef> answered() {
            return answers.stream().findFirst();
        }

        public Optional<DecisionRef> corrected() {
            return corrects.stream().findFirst();
        }
    }

    /**
     * A decision of another meeting that links to this meeting ("Protokollet läggs till handlingarna"), with the
     * link's note.
     */
    public record Referral(ParagraphRef paragraph, String title, String note) {
    }

    public record Clause(long id, int position, String text) {
    }

    public record Reference(long id, int position, String text) {
    }

    /** A follow-up (villkor / återrapportering) set by the decision. */
    public record Condition(
            long id,
            String description,
            Long responsiblePersonId,
            String responsibleName,
            LocalDate dueDate,
            Long dueMeetingId,
            LocalDate dueMeetingDate,
            ConditionState state,
            Long closedByMeetingId,
            Integer closedByNumber,
            String closedNote,
            int version) {
    }

    public enum ConditionState {
        OPEN, OVERDUE, CLOSED;

        public String translationKey() {
            return "meeting.followUp.state." + name();
        }
    }
}
