package se.samordnaren.meeting;

import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.common.UserFacingException;

import java.util.Map;

/** Turns refusals of the database (approval lock, constraints, rule triggers) into Swedish messages. */
final class MeetingErrors {

    static final String LOCKED = "meeting.error.locked";

    private static final Map<String, String> CONSTRAINTS = Map.ofEntries(
            Map.entry("meeting_times", "meeting.error.times"),
            Map.entry("meeting_approval_after_meeting", "meeting.error.approvalBeforeMeeting"),
            Map.entry("meeting_notice_after_approval", "meeting.error.noticeBeforeApproval"),
            Map.entry("meeting_notice_period", "meeting.error.noticePeriod"),
            Map.entry("meeting_notice_removed_needs_posted", "meeting.error.noticePeriod"),
            Map.entry("meeting_attendance_once", "meeting.error.attendeeTwice"),
            Map.entry("agenda_item_attendance_once", "meeting.error.itemAttendeeTwice"),
            Map.entry("meeting_attendance_one_chair", "meeting.error.oneChair"),
            Map.entry("meeting_attendance_chair_decides", "meeting.error.chairMustDecide"),
            Map.entry("decision_proposal_target", "meeting.error.proposalTarget"),
            Map.entry("decision_item_id_key", "error.concurrentEdit"),
            Map.entry("decision_link_once", "meeting.error.linkedTwice"),
            Map.entry("follow_up_one_due", "meeting.error.oneDue"));

    private MeetingErrors() {
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof UserFacingException) {
            return e;
        }
        String message = String.valueOf(e.getMessage());
        if (DatabaseErrors.is(e, DatabaseErrors.RAISED_BY_TRIGGER) && message.contains("Protokollet är justerat")) {
            return new UserFacingException(LOCKED);
        }
        if (DatabaseErrors.isIntegrityViolation(e)) {
            for (Map.Entry<String, String> constraint : CONSTRAINTS.entrySet()) {
                if (message.contains("\"" + constraint.getKey() + "\"")) {
                    return new UserFacingException(constraint.getValue());
                }
            }
            String rule = serverMessage(e);
            if (rule != null) {
                return new UserFacingException("meeting.error.rule", rule);
            }
        }
        return e;
    }

    /** The first line of PostgreSQL's own (Swedish) message, raised by a rule trigger. */
    private static String serverMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getMessage() != null) {
                String text = sql.getMessage().lines().findFirst().orElse("").replaceFirst("^ERROR:\\s*", "").trim();
                if (!text.isEmpty() && !text.contains("violates")) {
                    return text;
                }
            }
        }
        return null;
    }
}
