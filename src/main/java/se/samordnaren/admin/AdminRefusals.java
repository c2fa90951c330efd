package se.samordnaren.admin;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

/** What the user administration says when the database refuses a change to a user. */
@Component
class AdminRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.of(
                "app_user_username_key", "user.error.usernameTakenAnyone",
                "app_user_username_check", "user.error.username",
                "app_user_full_name_length", "error.database.tooLong",
                "app_user_email_length", "error.database.tooLong",
                "app_user_person_id_key", "user.error.personTaken");
    }
}
