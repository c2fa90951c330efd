package se.samordnaren.meeting.signing;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import se.samordnaren.ui.FormDialog;

/** Signing with the password typed again; a wrong one keeps the dialog open with the Swedish message. */
class SignDialog extends FormDialog<Void> {

    private final SigningService signing;
    private final long meetingId;
    final PasswordField password = new PasswordField();

    SignDialog(SigningService signing, long meetingId) {
        super("signing.sign");
        this.signing = signing;
        this.meetingId = meetingId;
        save.setText(getTranslation("signing.sign.confirm"));
        password.setLabel(getTranslation("signing.sign.password"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        wide(new Paragraph(getTranslation("signing.sign.text")));
        form().add(password);
    }

    @Override
    protected void submit() {
        SigningService.Outcome outcome = signing.sign(meetingId, password.getValue());
        successMessage(outcome.approved() ? "signing.signedApproved" : "signing.signedDone");
    }
}
