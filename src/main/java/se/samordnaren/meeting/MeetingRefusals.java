package se.samordnaren.meeting;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the meetings feature says when the database refuses a change to a meeting or its minutes: by the name of the
 * constraint, or of the rule a trigger raises ({@code db/changelog/010-meeting-consolidation.sql}; the stored PDF of
 * approved minutes: {@code 014-approved-minutes-snapshot.sql}; imported minutes: {@code 020-minutes-import.sql}).
 */
@Component
class MeetingRefusals implements RefusalMessages {

    /** The approval lock raises SQLSTATE SN001 with the constraint name {@code <table>_approval_lock}. */
    private static final List<String> LOCKED_TABLES = List.of("meeting", "meeting_attendance", "agenda_item",
            "agenda_item_attendance", "decision", "decision_clause", "decision_link", "decision_reference",
            "approved_minutes_pdf", "minutes_signature");

    /** Check constraints on the length of what users type (the forms and services check first). */
    private static final List<String> LENGTHS = List.of("meeting_location_length", "meeting_approval_place_length",
            "meeting_minutes_storage_place_length", "meeting_attendance_capacity_length",
            "meeting_attendance_only_items_length", "agenda_item_title_length", "agenda_item_case_number_length",
            "agenda_item_body_text_length", "agenda_item_attendance_note_length", "decision_intro_length",
            "decision_clause_text_length", "decision_reference_text_length", "decision_link_note_length",
            "minutes_signature_signer_name_length", "minutes_signature_signer_title_length",
            "minutes_signature_method_detail_length");

    @Override
    public Map<String, String> byConstraint() {
        Map<String, String> messages = new HashMap<>(Map.ofEntries(
                Map.entry("meeting_times", "meeting.error.times"),
                Map.entry("meeting_approval_after_meeting", "meeting.error.approvalBeforeMeeting"),
                Map.entry("meeting_notice_after_approval", "meeting.error.noticeBeforeApproval"),
                Map.entry("meeting_notice_only_when_approved", "meeting.error.noticeNeedsApproval"),
                Map.entry("meeting_notice_period", "meeting.error.noticePeriod"),
                Map.entry("meeting_notice_removed_needs_posted", "meeting.error.noticePeriod"),
                Map.entry("meeting_attendance_once", "meeting.error.attendeeTwice"),
                Map.entry("agenda_item_attendance_once", "meeting.error.itemAttendeeTwice"),
                Map.entry("meeting_attendance_one_chair", "meeting.error.oneChair"),
                Map.entry("meeting_attendance_chair_decides", "meeting.error.chairMustDecide"),
                Map.entry("agenda_item_number_unique", "error.concurrentEdit"),
                Map.entry("agenda_item_number_per_year", "meeting.error.numberPerYear"),
                Map.entry("decision_item_id_key", "error.concurrentEdit"),
                Map.entry("decision_proposal_target", "meeting.error.proposalTarget"),
                Map.entry("decision_proposal_to_other_body", "meeting.error.proposalTarget"),
                Map.entry("decision_answers_own_proposal", "meeting.error.answersOwnProposal"),
                Map.entry("decision_answers_earlier_proposal", "meeting.error.answersEarlierProposal"),
                Map.entry("decision_corrects_earlier", "meeting.error.correctsEarlier"),
                Map.entry("decision_not_self", "meeting.error.notSelf"),
                Map.entry("decision_link_once", "meeting.error.linkedTwice"),
                Map.entry("decision_link_record_id_fkey", "meeting.error.linkTargetGone"),
                Map.entry("approved_minutes_pdf_only_approved", "minutesPdf.error.onlyApproved"),
                Map.entry("meeting_imported_once", "meeting.error.importedOnce"),
                Map.entry("meeting_imported_from_attachment_id_key", "meeting.error.importedOnce"),
                Map.entry("meeting_imported_with_file", "meeting.error.importFileRequired")));
        LOCKED_TABLES.forEach(table -> messages.put(table + "_approval_lock", ApprovalGuard.LOCKED));
        LENGTHS.forEach(name -> messages.put(name, "error.database.tooLong"));
        return messages;
    }
}
