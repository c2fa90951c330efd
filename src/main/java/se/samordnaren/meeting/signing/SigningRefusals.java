package se.samordnaren.meeting.signing;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

/**
 * What justering says when the database refuses a signature or a return (022-meeting-cycle.sql, 025-signing.sql):
 * someone else's signature, the same content signed twice. A change to a signature (minutes_signature_append_only,
 * SQLSTATE SN001, which fires before the approval lock) reads as the approval lock does ("Protokollet är justerat"),
 * as it did before 022: no screen changes a signature.
 */
@Component
class SigningRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.of(
                "minutes_signature_own_signature", "signing.error.ownSignature",
                "minutes_signature_append_only", "meeting.error.locked",
                "minutes_signature_once_per_content", "signing.error.signedTwice",
                "minutes_signature_password_complete", "signing.error.incomplete",
                "minutes_signature_content_sha256_hex", "signing.error.incomplete",
                "minutes_return_comment_length", "error.database.tooLong",
                "meeting_signing_not_planned", "signing.error.notHeld");
    }
}
