package se.samordnaren.attachment;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

import static java.util.Map.entry;

/**
 * What the database's refusals about attachments say (constraints of 003, trigger and checks of 013). The service
 * checks the same before it stores a file and names the file; these are the database's last word.
 */
@Component
class AttachmentRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.ofEntries(
                entry("attachment_magic", "attachment.refused.content"),
                entry("attachment_imported_minutes_once", "attachment.refused.importedTwice"),
                entry("attachment_not_empty", "attachment.refused.empty"),
                entry("attachment_max_size", "attachment.refused.tooLarge"),
                entry("attachment_content_type_check", "attachment.refused.type"),
                entry("attachment_content_fixed", "attachment.refused.contentFixed"),
                entry("attachment_file_name_length", "error.database.tooLong"),
                entry("attachment_description_length", "error.database.tooLong"));
    }
}
