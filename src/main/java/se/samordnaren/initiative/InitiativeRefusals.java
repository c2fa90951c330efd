package se.samordnaren.initiative;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.HashMap;
import java.util.Map;

/**
 * What the insats tables' constraints and triggers (003-initiatives.sql, 011-initiative-consolidation.sql) say when
 * they refuse a change, by constraint name. The service checks most of this first; these are the last line.
 */
@Component
class InitiativeRefusals implements RefusalMessages {

    private static final String TOO_LONG = "error.database.tooLong";

    @Override
    public Map<String, String> byConstraint() {
        Map<String, String> keys = new HashMap<>(Map.ofEntries(
                Map.entry("initiative_name_check", "initiative.error.nameRequired"),
                Map.entry("initiative_name_unique", "initiative.error.duplicateName"),
                Map.entry("initiative_sus_reference_unique", "initiative.error.duplicateSus"),
                Map.entry("initiative_owner_one", "initiative.error.ownerRequired"),
                Map.entry("initiative_planned_end", "initiative.error.endBeforeStart"),
                Map.entry("initiative_actual_end", "initiative.error.endBeforeStart"),
                Map.entry("initiative_ended_has_end", "initiative.error.endedNeedsEnd"),
                Map.entry("initiative_running_has_start", "initiative.error.runningNeedsStart"),
                Map.entry("initiative_not_own_parent", "initiative.error.ownParent"),
                Map.entry("initiative_parent_is_sub_project", "initiative.error.parentIsSubProject"),
                Map.entry("initiative_has_sub_projects", "initiative.error.hasSubProjects"),
                Map.entry("initiative_status_change", "initiative.error.statusMoveRefused"),
                Map.entry("initiative_contact_person_id_fkey", "initiative.error.contactPersonGone"),
                Map.entry("co_financing_once", "initiative.error.duplicateCoFinancing"),
                Map.entry("co_financing_other_named", "initiative.error.sourceNameRequired"),
                Map.entry("co_financing_amount_check", "initiative.error.amountNotNegative"),
                Map.entry("co_financing_year_check", "initiative.error.yearRange"),
                Map.entry("initiative_grant_year_check", "initiative.error.yearRange"),
                Map.entry("initiative_grant_decided", "initiative.error.grantNeedsDecision"),
                Map.entry("initiative_grant_opening_dated", "initiative.error.openingNeedsDate"),
                Map.entry("initiative_grant_sign", "initiative.error.grantSign"),
                Map.entry("initiative_grant_decision_grants", "initiative.error.decisionNotGranting"),
                Map.entry("initiative_grant_not_negative", "initiative.error.grantNegative"),
                Map.entry("initiative_grant_append_only", "initiative.error.grantAppendOnly"),
                Map.entry("initiative_grant_approved_minutes", "initiative.error.grantLocked"),
                Map.entry("initiative_report_period", "initiative.error.periodOrder"),
                Map.entry("initiative_report_participants_enrolled_check", "initiative.error.participantsNegative"),
                Map.entry("initiative_report_participants_started_check", "initiative.error.participantsNegative"),
                Map.entry("initiative_report_participants_ended_check", "initiative.error.participantsNegative")));
        for (String length : new String[] {"initiative_name_length", "initiative_short_name_length",
                "initiative_owner_name_length", "initiative_sus_reference_length", "initiative_contact_length",
                "initiative_target_group_length", "initiative_description_length", "initiative_staff_notes_length",
                "initiative_member_role_note_length", "co_financing_source_name_length", "co_financing_note_length",
                "initiative_grant_opening_reference_length", "initiative_grant_note_length",
                "initiative_report_title_length", "initiative_report_summary_length"}) {
            keys.put(length, TOO_LONG);
        }
        return keys;
    }
}
