package se.samordnaren.agenda;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the agenda says when the database refuses a change (db/changelog/022-meeting-cycle.sql). */
@Component
class AgendaRefusals implements RefusalMessages {

    private static final List<String> LENGTHS = List.of("agenda_entry_title_length", "agenda_entry_description_length",
            "agenda_entry_proposal_length", "agenda_entry_case_number_length", "agenda_template_entry_title_length",
            "agenda_template_entry_proposal_length");

    @Override
    public Map<String, String> byConstraint() {
        Map<String, String> messages = new HashMap<>(Map.of(
                "agenda_entry_approval_lock", "agenda.error.locked",
                "agenda_entry_paper_once", "agenda.error.paperTwice",
                "agenda_entry_position_unique", "error.concurrentEdit",
                "agenda_template_entry_position_unique", "error.concurrentEdit",
                "agenda_entry_not_reached_no_item", "agenda.error.notReachedConverted"));
        LENGTHS.forEach(name -> messages.put(name, "error.database.tooLong"));
        return messages;
    }
}
