package se.samordnaren.meeting.pdf;

import se.samordnaren.meeting.AttendanceRole;
import se.samordnaren.meeting.DecisionOutcome;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Everything the printed protocol shows, read in one query. */
public record MinutesDocument(
        long meetingId,
        String associationName,
        String bodyName,
        String decisionVerb,
        String paragraphPrefix,
        LocalDate meetingDate,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        boolean digital,
        boolean approved,
        LocalDate approvalDate,
        String approvalPlace,
        LocalDate noticePostedOn,
        LocalDate noticeRemovedOn,
        String storagePlace,
        List<Attendee> attendees,
        List<Item> items) {

    public record Attendee(String name, String party, AttendanceRole role, String capacity, boolean chair, boolean approver,
                           String onlyItems) {
    }

    public record Item(int number, String title, String bodyText, String caseNumber, String intro, DecisionOutcome outcome,
                       List<String> clauses, List<Presence> attendance) {
    }

    /** Presence for one § when it differs from the header: "Anna Andersson (s)", false, "jäv, deltog inte i beslutet". */
    public record Presence(String name, String party, boolean present, String note) {
    }

    /** "§ 5" or "AU § 5". */
    public String paragraphLabel(int number) {
        return (paragraphPrefix == null ? "" : paragraphPrefix + " ") + "§ " + number;
    }

    public List<Attendee> withRole(AttendanceRole... roles) {
        List<AttendanceRole> wanted = List.of(roles);
        return attendees.stream().filter(a -> wanted.contains(a.role())).toList();
    }
}
