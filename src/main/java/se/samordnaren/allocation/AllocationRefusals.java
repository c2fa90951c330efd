package se.samordnaren.allocation;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

/**
 * What the allocation tables' constraints and triggers (016-money.sql) say when they refuse a change, by constraint
 * name. The service checks most of this first; these are the last line.
 */
@Component
class AllocationRefusals implements RefusalMessages {

    private static final String TOO_LONG = "error.database.tooLong";

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                Map.entry("allocation_year_shares_sum", "allocation.error.sharesSumRefused"),
                Map.entry("allocation_year_year_key", "allocation.error.yearExistsRefused"),
                Map.entry("allocation_year_year_check", "allocation.error.yearRange"),
                Map.entry("allocation_year_total_check", "allocation.error.totalPositive"),
                Map.entry("allocation_year_state_share_check", "allocation.error.shareRange"),
                Map.entry("allocation_year_region_share_check", "allocation.error.shareRange"),
                Map.entry("allocation_year_municipal_share_check", "allocation.error.shareRange"),
                Map.entry("allocation_year_decision_decides", "allocation.error.decisionNotDeciding"),
                Map.entry("allocation_year_decision_id_fkey", "allocation.error.decisionGone"),
                Map.entry("allocation_year_key_basis_length", "allocation.error.keyBasisRequired"),
                Map.entry("allocation_year_note_length", TOO_LONG),
                Map.entry("allocation_key_municipality", "allocation.error.keyOnlyMunicipalities"),
                Map.entry("allocation_key_key_value_check", "allocation.error.keyPositive"),
                Map.entry("allocation_key_unique", "allocation.error.keyTwice"),
                Map.entry("allocation_key_member_id_fkey", "allocation.error.memberGone"),
                Map.entry("allocation_payment_amount_check", "allocation.error.amountNotZero"),
                Map.entry("allocation_payment_member_id_fkey", "allocation.error.memberGone"),
                Map.entry("allocation_payment_allocation_year_id_fkey", "allocation.error.yearGone"),
                Map.entry("allocation_payment_note_length", TOO_LONG));
    }
}
