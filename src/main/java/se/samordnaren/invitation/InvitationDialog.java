package se.samordnaren.invitation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import se.samordnaren.common.Texts;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.Notifications;

import java.util.List;

/**
 * The kallelse of a planned meeting: its revisions (download, when sent and to how many), who is called and who has
 * no e-mail address, and for the förbundschef and the sekreterare: produce the kallelse or a revised one with its
 * change note, and send the latest by e-mail (when mail is configured; otherwise the dialog says so).
 */
@StyleSheet("styles/invitation.css")
class InvitationDialog extends Dialog {

    private final InvitationService invitations;
    private final long meetingId;
    final Div content = new Div();
    final TextArea changeNote = Fields.area("invitation.changeNote", Texts.LONG);
    final Button produceButton = new Button();
    final Button sendButton = new Button();
    final Paragraph mailStatus = new Paragraph();
    /** The outcome of the last send, shown in the dialog (who has no address). */
    final Paragraph sendOutcome = new Paragraph();
    InvitationService.Overview overview;

    InvitationDialog(InvitationService invitations, long meetingId) {
        this.invitations = invitations;
        this.meetingId = meetingId;
        addClassName("invitation-dialog");
        setHeaderTitle(getTranslation("invitation.title"));
        setWidth("min(760px, 96vw)");
        produceButton.addClickListener(e -> produce());
        sendButton.addThemeVariants(ButtonVariant.PRIMARY);
        sendButton.setText(getTranslation("invitation.send"));
        sendButton.addClickListener(e -> send());
        sendButton.setDisableOnClick(true);
        changeNote.setWidthFull();
        changeNote.setHelperText(getTranslation("invitation.changeNote.help"));
        sendOutcome.addClassName("invitation-outcome");
        sendOutcome.setVisible(false);
        Button close = new Button(getTranslation("invitation.close"), e -> close());
        getFooter().add(close, produceButton, sendButton);
        add(content);
        reload();
    }

    void reload() {
        overview = invitations.overview(meetingId).orElseThrow();
        content.removeAll();
        List<InvitationService.Revision> revisions = overview.revisions();

        long members = overview.called().stream().filter(c -> !c.substitute()).count();
        long substitutes = overview.called().size() - members;
        content.add(new Paragraph(getTranslation("invitation.calledCount", members, substitutes)));
        List<String> missing = overview.missingEmail();
        if (!missing.isEmpty()) {
            Paragraph noAddress = new Paragraph(getTranslation("invitation.missingEmail", String.join(", ", missing)));
            noAddress.addClassName("invitation-missing-email");
            content.add(noAddress);
        }
        mailStatus.setText(overview.mailConfigured() ? getTranslation("invitation.mailConfigured")
                : getTranslation("invitation.mailNotConfigured"));
        content.add(mailStatus, sendOutcome);

        content.add(new H3(getTranslation("invitation.revisions")));
        if (revisions.isEmpty()) {
            content.add(new Paragraph(getTranslation("invitation.none")));
        }
        Div list = new Div();
        list.addClassName("invitation-revisions");
        for (InvitationService.Revision r : revisions) {
            list.add(revisionRow(r));
        }
        content.add(list);

        boolean writer = overview.mayWrite();
        boolean any = !revisions.isEmpty();
        boolean latestSent = overview.latest().map(InvitationService.Revision::sent).orElse(false);
        changeNote.setVisible(writer && any);
        if (changeNote.isVisible()) {
            content.add(changeNote);
        }
        produceButton.setVisible(writer);
        produceButton.setText(getTranslation(any ? "invitation.produceRevised" : "invitation.produce"));
        sendButton.setVisible(writer);
        sendButton.setEnabled(writer && overview.mailConfigured() && !latestSent);
        sendButton.setText(any && !latestSent ? getTranslation("invitation.sendRevision", revisions.getFirst().revision())
                : getTranslation("invitation.send"));
        if (writer && latestSent) {
            content.add(new Paragraph(getTranslation("invitation.sentHint")));
        }
    }

    private Div revisionRow(InvitationService.Revision r) {
        Div row = new Div();
        row.addClassName("invitation-revision");
        Anchor download = new Anchor(InvitationService.downloadUrl(meetingId, r.revision()),
                getTranslation(r.revision() == 1 ? "invitation.revision.first" : "invitation.revision.revised", r.revision()));
        download.setRouterIgnore(true);
        // Saved as a file (the server names it: kallelse-<organ>-<datum>[-version-N].pdf).
        download.getElement().setAttribute("download", "");
        download.addClassName("invitation-download");
        row.add(new Div(download, new Span(" " + getTranslation("invitation.producedAt",
                Formats.dateTime(r.producedAt()), r.producedBy()))));
        if (r.changeNote() != null) {
            row.add(new Div(new Span(getTranslation("invitation.changeNoteShown", r.changeNote()))));
        }
        Span sent = new Span(r.sent() ? getTranslation("invitation.sentAt", Formats.dateTime(r.sentAt()), r.recipientCount())
                : getTranslation("invitation.notSent"));
        sent.addClassName(r.sent() ? "invitation-sent" : "invitation-not-sent");
        row.add(new Div(sent));
        return row;
    }

    private void produce() {
        String note = changeNote.getValue();
        if (ErrorHandling.run(this, () -> invitations.produce(meetingId, note))) {
            changeNote.clear();
            Notifications.success(this, "invitation.produced");
            sendOutcome.setVisible(false);
            reload();
        }
    }

    private void send() {
        try {
            InvitationService.SendResult[] result = new InvitationService.SendResult[1];
            if (ErrorHandling.run(this, () -> result[0] = invitations.send(meetingId))) {
                showOutcome(result[0]);
                reload();
            }
        } finally {
            sendButton.setEnabled(overview != null && overview.mayWrite() && overview.mailConfigured()
                    && !overview.latest().map(InvitationService.Revision::sent).orElse(false));
        }
    }

    private void showOutcome(InvitationService.SendResult result) {
        StringBuilder text = new StringBuilder(getTranslation("invitation.sentResult", result.revision(), result.sent()));
        if (result.failed() > 0) {
            text.append(' ').append(getTranslation("invitation.sentFailed", result.failed()));
        }
        if (!result.missingEmail().isEmpty()) {
            text.append(' ').append(getTranslation("invitation.missingEmail", String.join(", ", result.missingEmail())));
        }
        sendOutcome.setText(text.toString());
        sendOutcome.setVisible(true);
        if (result.sent() > 0) {
            Notifications.success(this, "invitation.sentResult", result.revision(), result.sent());
        } else {
            Notifications.error(this, "invitation.sentNone");
        }
    }
}
