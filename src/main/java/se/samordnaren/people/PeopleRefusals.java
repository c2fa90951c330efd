package se.samordnaren.people;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

import static java.util.Map.entry;

/**
 * What the database's refusals about bodies, people and appointments say (constraints of 002 and the triggers and
 * checks of 013). The overlap and chair messages here are the database's last word; the service asks first and
 * names who holds the seat.
 */
@Component
class PeopleRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                entry("body_name_key", "people.error.bodyNameTaken"),
                entry("body_short_name_key", "people.error.bodyShortNameTaken"),
                entry("body_paragraph_prefix_check", "people.error.paragraphPrefix"),
                entry("body_in_use", "people.error.bodyInUse"),
                entry("person_in_use", "people.error.personInUse"),
                entry("person_member_or_organisation", "people.error.memberOrOrganisation"),
                entry("appointment_decided", "people.error.appointmentDecided"),
                entry("appointment_period", "people.error.period"),
                entry("appointment_chair_taken", "people.refused.chairTaken"),
                entry("appointment_vice_chair_taken", "people.refused.viceChairTaken"),
                entry("appointment_overlap", "people.refused.overlap"),
                entry("body_name_length", "error.database.tooLong"),
                entry("body_short_name_length", "error.database.tooLong"),
                entry("body_decision_verb_length", "error.database.tooLong"),
                entry("person_full_name_length", "error.database.tooLong"),
                entry("person_organisation_length", "error.database.tooLong"),
                entry("person_email_length", "error.database.tooLong"),
                entry("person_phone_length", "error.database.tooLong"),
                entry("appointment_note_length", "error.database.tooLong"));
    }
}
