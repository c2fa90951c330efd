package se.samordnaren.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.ui.Notifications;

/**
 * Base of the meeting view's dialogs: a save button that calls the service, closes and reloads the minutes when it
 * worked, and shows the Swedish message and keeps what the user typed when it was refused.
 */
abstract class MinutesDialog extends Dialog {

    protected final MeetingService meetings;
    private final Runnable onSaved;
    final Button save = new Button();

    MinutesDialog(MeetingService meetings, String title, Runnable onSaved) {
        this.meetings = meetings;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(640px, 95vw)");
    }

    /** Sends the form to the service. */
    protected abstract void submit();

    void save() {
        try {
            submit();
            Notifications.success(this, "meeting.saved");
            close();
            onSaved.run();
        } catch (UserFacingException error) {
            Notifications.error(this, error);
        }
    }
}
