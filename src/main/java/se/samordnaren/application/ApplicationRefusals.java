package se.samordnaren.application;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

/**
 * What the applications feature says when the database refuses a change: its constraints and the rules its
 * triggers raise by name (db/changelog/012-application-consolidation.sql), each with its Swedish message.
 */
@Component
class ApplicationRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                // Rules of the life cycle, raised by check_application_step() and the locks.
                Map.entry("application_step_after_decision", "application.error.alreadyDecided"),
                Map.entry("application_step_order", "application.error.stepBeforeLast"),
                Map.entry("application_step_latest_version", "application.error.notLatestVersion"),
                Map.entry("application_step_meeting_date", "application.error.stepDate"),
                Map.entry("application_step_outcome_matches_decision", "application.error.outcomeMismatch"),
                Map.entry("application_step_au_body", "application.error.auBody"),
                Map.entry("application_step_grant_needs_initiative", "application.error.grantNeedsInitiative"),
                Map.entry("application_step_decided_lock", "application.error.locked"),
                Map.entry("application_version_frozen", "application.error.versionFrozen"),
                Map.entry("application_step_decision_once", "application.error.decisionUsed"),
                Map.entry("application_step_one_received", "application.error.duplicate"),
                // Constraints of the tables.
                Map.entry("funding_application_applicant_one", "application.error.applicantRequired"),
                Map.entry("funding_application_version_period", "application.error.period"),
                Map.entry("funding_application_version_no_unique", "error.concurrentEdit"),
                Map.entry("application_requested_amount_once", "application.error.duplicate"),
                Map.entry("idea_proposer_one", "idea.error.proposerOne"),
                Map.entry("idea_applied_has_application", "idea.error.appliedNeedsApplication"),
                // Lengths: the forms and the services check them first, with the field's name.
                Map.entry("funding_application_applicant_name_length", "error.database.tooLong"),
                Map.entry("funding_application_case_number_length", "error.database.tooLong"),
                Map.entry("funding_application_contact_length", "error.database.tooLong"),
                Map.entry("funding_application_version_title_length", "error.database.tooLong"),
                Map.entry("funding_application_version_target_group_length", "error.database.tooLong"),
                Map.entry("funding_application_version_description_length", "error.database.tooLong"),
                Map.entry("funding_application_version_change_note_length", "error.database.tooLong"),
                Map.entry("application_step_notes_length", "error.database.tooLong"),
                Map.entry("idea_title_length", "error.database.tooLong"),
                Map.entry("idea_description_length", "error.database.tooLong"),
                Map.entry("idea_proposer_name_length", "error.database.tooLong"));
    }
}
