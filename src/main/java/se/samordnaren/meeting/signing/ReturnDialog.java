package se.samordnaren.meeting.signing;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;

/** A signatory sends the minutes back to the secretary with a comment instead of signing. */
class ReturnDialog extends FormDialog<Void> {

    private final SigningService signing;
    private final long meetingId;
    final TextArea comment = Fields.area("signing.return.comment", Texts.LONG);

    ReturnDialog(SigningService signing, long meetingId) {
        super("signing.return");
        this.signing = signing;
        this.meetingId = meetingId;
        save.setText(getTranslation("signing.return.confirm"));
        successMessage("signing.returnedDone");
        wide(new Paragraph(getTranslation("signing.return.text")));
        wide(comment);
    }

    @Override
    protected void submit() {
        signing.returnMinutes(meetingId, comment.getValue());
    }
}
