package se.samordnaren.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Minutes read from an old file and reviewed by a user, to be saved at once as approved minutes
 * ({@link MeetingService#importApproved}): the meeting, who took part, every § with its own number, its decision and
 * what the decision touched, and the e-signatures of its signature page. {@code attachmentId} is the original file,
 * kept with the meeting.
 */
public record ImportedMinutes(
        long bodyId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        boolean digital,
        LocalDate approvalDate,
        String approvalPlace,
        long attachmentId,
        List<Attendee> attendees,
        List<Item> paragraphs,
        List<Signature> signatures) {

    public ImportedMinutes {
        attendees = List.copyOf(attendees);
        paragraphs = List.copyOf(paragraphs);
        signatures = List.copyOf(signatures);
    }

    /**
     * An e-signature of the signature page: the name and title as signed, when (with the offset as written) and the
     * identification as written ("Svensk e-legitimation (BankID)"). {@code personId}: the person of the register the
     * review mapped the name to, or null (then matched by exact full name among the attendees, if one).
     */
    public record Signature(String name, String title, OffsetDateTime signedAt, String method, Long personId) {
    }

    /** A person of the register in the header; {@code capacity} as printed ("ordförande, Lunds kommun"). */
    public record Attendee(long personId, AttendanceRole role, String capacity, boolean chair, boolean approver) {
    }

    /**
     * One §. {@code outcome} null: no decision (information, opening, closing). {@code proposalToBodyId} only for a
     * proposal. {@code linkRecordIds}: what the decision touched (linkable_record ids), only with a decision.
     */
    public record Item(int number, String title, ItemKind kind, String bodyText, DecisionOutcome outcome,
                       List<String> clauses, Long proposalToBodyId, List<Long> linkRecordIds) {

        public Item {
            clauses = List.copyOf(clauses);
            linkRecordIds = List.copyOf(linkRecordIds);
        }
    }
}
