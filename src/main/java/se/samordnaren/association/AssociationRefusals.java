package se.samordnaren.association;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

import static java.util.Map.entry;

/**
 * What the database's refusals about the association and its members say (constraints of 001 and 002, and the
 * triggers and checks of 013), so the services need no try/catch and no rule is checked twice by hand.
 */
@Component
class AssociationRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                entry("member_name_key", "member.error.duplicateName"),
                entry("member_one_fk", "member.error.onlyOneOfType"),
                entry("member_one_af", "member.error.onlyOneOfType"),
                entry("member_municipal_shares", "member.error.sharesOver100"),
                entry("member_municipal_share_check", "member.error.shareRange"),
                entry("member_population_check", "member.error.population"),
                entry("member_organisation_number_check", "error.organisationNumberFormat"),
                entry("member_in_use", "member.error.inUse"),
                entry("association_name_check", "association.error.nameRequired"),
                entry("association_organisation_number_check", "error.organisationNumberFormat"),
                entry("association_postal_code_check", "error.postalCode"),
                entry("association_numbering_switch", "association.error.numberingSwitch"),
                entry("member_name_length", "error.database.tooLong"),
                entry("member_short_name_length", "error.database.tooLong"),
                entry("association_name_length", "error.database.tooLong"),
                entry("association_street_address_length", "error.database.tooLong"),
                entry("association_city_length", "error.database.tooLong"),
                entry("association_email_length", "error.database.tooLong"),
                entry("association_notice_board_location_length", "error.database.tooLong"),
                entry("association_minutes_storage_place_length", "error.database.tooLong"));
    }
}
