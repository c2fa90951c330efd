package se.samordnaren.invitation;

import org.springframework.stereotype.Component;
import se.samordnaren.common.RefusalMessages;

import java.util.Map;

/** What the kallelse says when the database refuses (constraints of meeting_invitation, 022-meeting-cycle.sql). */
@Component
class InvitationRefusals implements RefusalMessages {

    @Override
    public Map<String, String> byConstraint() {
        return Map.of(
                "meeting_invitation_revision_once", "invitation.error.revisionOnce",
                "meeting_invitation_change_note_length", "invitation.error.changeNoteLength");
    }
}
