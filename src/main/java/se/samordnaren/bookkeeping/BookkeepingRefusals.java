package se.samordnaren.bookkeeping;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

import static java.util.Map.entry;

/**
 * What the database says when it refuses a change to the actuals, the imports or the account mapping (016-money.sql,
 * 018-bookkeeping.sql), by constraint name. The services check most of it first, with the file's or the rule's
 * details in the message; these are the last line.
 */
@Component
class BookkeepingRefusals implements RefusalMessages {

    private static final String TOO_LONG = "error.database.tooLong";

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                entry("actual_entry_unique", "bookkeeping.refused.actualTwice"),
                entry("actual_entry_month_check", "bookkeeping.refused.month"),
                entry("actual_entry_year_check", "bookkeeping.refused.month"),
                entry("actual_entry_budget_item_id_fkey", "bookkeeping.refused.itemGone"),
                entry("actual_entry_note_length", TOO_LONG),
                entry("bookkeeping_import_no_overlap", "bookkeeping.refused.overlap"),
                entry("bookkeeping_import_period", "bookkeeping.refused.period"),
                entry("bookkeeping_import_fixed", "bookkeeping.refused.importFixed"),
                entry("bookkeeping_import_not_empty", "bookkeeping.refused.empty"),
                entry("bookkeeping_import_max_size", "bookkeeping.refused.tooLarge"),
                entry("bookkeeping_import_file_name_check", TOO_LONG),
                entry("bookkeeping_import_replaced_by_id_fkey", "bookkeeping.refused.importInUse"),
                entry("bookkeeping_row_immutable", "bookkeeping.refused.rowImmutable"),
                entry("bookkeeping_row_budget_item_id_fkey", "bookkeeping.refused.itemInUse"),
                entry("account_mapping_target", "bookkeeping.mapping.error.target"),
                entry("account_mapping_something", "bookkeeping.mapping.error.nothing"),
                entry("account_mapping_object_dimension", "bookkeeping.mapping.error.dimension"),
                entry("account_mapping_dimension_check", "bookkeeping.mapping.error.dimension"),
                entry("account_mapping_account_format", "bookkeeping.refused.accountFormat"),
                entry("account_mapping_object_length", TOO_LONG),
                entry("account_mapping_unique", "bookkeeping.refused.ruleTwice"),
                entry("account_mapping_budget_item_id_fkey", "bookkeeping.refused.itemGone"));
    }
}
