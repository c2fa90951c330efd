package se.samordnaren.decision;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

/**
 * What the decision feature says when the database refuses a change to a follow-up: by the name of the constraint,
 * or of the rule a trigger raises ({@code db/changelog/010-meeting-consolidation.sql}).
 */
@Component
class DecisionRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                Map.entry("follow_up_approval_lock", "followUp.error.locked"),
                Map.entry("follow_up_one_due", "followUp.error.oneDue"),
                Map.entry("follow_up_closed_before_decision", "followUp.error.closingBeforeDecision"),
                Map.entry("follow_up_due_before_decision", "followUp.error.dueBeforeDecision"),
                Map.entry("follow_up_closed_by_item_id_fkey", "followUp.error.noSuchParagraph"),
                Map.entry("follow_up_due_meeting_id_fkey", "followUp.error.noSuchTarget"),
                Map.entry("follow_up_responsible_person_id_fkey", "followUp.error.noSuchTarget"),
                Map.entry("follow_up_decision_id_fkey", "error.concurrentEdit"),
                Map.entry("follow_up_description_length", "error.database.tooLong"),
                Map.entry("follow_up_closed_note_length", "error.database.tooLong"));
    }
}
