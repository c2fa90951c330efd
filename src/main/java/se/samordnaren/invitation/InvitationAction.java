package se.samordnaren.invitation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.MeetingViewAction;

import java.util.Optional;

/** The "Kallelse" button of a planned meeting's view, opening {@link InvitationDialog}. */
@org.springframework.stereotype.Component
class InvitationAction implements MeetingViewAction {

    private final InvitationService invitations;

    InvitationAction(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> component(long meetingId, MeetingStatus status) {
        if (status != MeetingStatus.PLANNED) {
            return Optional.empty();
        }
        Button button = new Button();
        button.setText(button.getTranslation("invitation.button"));
        button.setIcon(VaadinIcon.ENVELOPE_O.create());
        button.addClassName("invitation-button");
        button.addClickListener(e -> new InvitationDialog(invitations, meetingId).open());
        return Optional.of(button);
    }
}
