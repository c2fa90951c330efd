package se.samordnaren.budget;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.HashMap;
import java.util.Map;

/**
 * What the budget tables' constraints and triggers (016-money.sql, 017-budget.sql) say when they refuse a change, by
 * constraint name. The service checks most of this first; these are the last line, also for SQL run by hand.
 */
@Component
class BudgetRefusals implements RefusalMessages {

    private static final String TOO_LONG = "error.database.tooLong";

    @Override
    public Map<String, String> byConstraint() {
        Map<String, String> keys = new HashMap<>(Map.ofEntries(
                Map.entry("budget_item_name_unique", "budget.error.duplicateItemName"),
                Map.entry("budget_item_direction", "budget.error.directionFollowsCategory"),
                Map.entry("budget_item_direction_check", "budget.error.directionFollowsCategory"),
                Map.entry("budget_item_category_check", "budget.error.categoryRequired"),
                Map.entry("budget_item_member", "budget.error.memberRequired"),
                Map.entry("budget_item_initiative", "budget.error.initiativeOnlyForInitiative"),
                Map.entry("budget_item_member_unique", "budget.error.memberHasItem"),
                Map.entry("budget_item_initiative_unique", "budget.error.initiativeHasItem"),
                Map.entry("budget_item_member_id_fkey", "budget.error.memberGone"),
                Map.entry("budget_item_initiative_id_fkey", "budget.error.initiativeGone"),
                Map.entry("budget_item_direction_decided", "budget.error.directionDecided"),
                Map.entry("budget_version_year_check", "budget.error.yearRangeDatabase"),
                Map.entry("budget_version_kind_check", "budget.error.kindRequired"),
                Map.entry("budget_version_decided", "budget.error.decided"),
                Map.entry("budget_version_decision_decides", "budget.error.decisionNotDeciding"),
                Map.entry("budget_version_decision_unique", "budget.error.decisionUsed"),
                Map.entry("budget_version_decision_id_fkey", "budget.error.decisionGone"),
                Map.entry("budget_version_copied_from_id_fkey", "budget.error.copiedIntoDecided"),
                Map.entry("budget_amount_year_in_plan", "budget.error.yearOutsidePlanDatabase"),
                Map.entry("budget_amount_amount_check", "budget.error.amountNegative"),
                Map.entry("budget_amount_unique", "error.concurrentEdit"),
                Map.entry("budget_amount_budget_item_id_fkey", "budget.error.itemGone"),
                Map.entry("budget_amount_budget_version_id_fkey", "budget.error.versionGone")));
        for (String length : new String[] {"budget_item_name_length", "budget_version_name_length",
                "budget_version_note_length", "budget_amount_note_length"}) {
            keys.put(length, TOO_LONG);
        }
        return keys;
    }
}
