package se.samordnaren.equity;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

/**
 * What the equity tables' constraints and triggers (016-money.sql) say when they refuse a change, by constraint name.
 * The service checks most of this first; these are the last line.
 */
@Component
class EquityRefusals implements RefusalMessages {

    private static final String TOO_LONG = "error.database.tooLong";

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                Map.entry("annual_result_year_key", "equity.error.yearExistsRefused"),
                Map.entry("annual_result_year_check", "equity.error.yearRange"),
                Map.entry("annual_result_income_check", "equity.error.incomeCostsNotNegative"),
                Map.entry("annual_result_costs_check", "equity.error.incomeCostsNotNegative"),
                Map.entry("annual_result_allocation_check", "equity.error.allocationPositive"),
                Map.entry("annual_result_decision_decides", "equity.error.decisionNotDeciding"),
                Map.entry("annual_result_decision_id_fkey", "equity.error.decisionGone"),
                Map.entry("annual_result_auditors_report_length", TOO_LONG),
                Map.entry("annual_result_note_length", TOO_LONG),
                Map.entry("discharge_unique", "equity.error.dischargeTwice"),
                Map.entry("discharge_granted_or_refused", "equity.error.grantedOrRefused"),
                Map.entry("discharge_reference_length", TOO_LONG),
                Map.entry("discharge_member_id_fkey", "equity.error.dischargeMember"),
                Map.entry("discharge_annual_result_id_fkey", "equity.error.resultGone"),
                Map.entry("guideline_step_unique", "equity.error.stepExists"),
                Map.entry("guideline_step_source_length", "equity.error.sourceRequired"),
                Map.entry("guideline_step_allocation_up_to_check", "equity.error.bracketPositive"),
                Map.entry("guideline_step_max_share_check", "equity.error.maxShareRange"));
    }
}
