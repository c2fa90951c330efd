package se.samordnaren.meeting.signing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.meeting.Minutes;
import se.samordnaren.ui.Buttons;
import se.samordnaren.ui.Formats;
import se.samordnaren.ui.StaticMarkup;

/**
 * The justering region of the meeting view: the request, each signatory and their signature of the minutes as they
 * read now, the returns with their comments, and the actions the signed-in user may take (send for justering, sign,
 * send back, record paper signing). All rules are {@link SigningService}'s; after an action {@code onChange} reloads
 * the meeting view.
 */
public class SigningPanel extends Div {

    private final SigningService signing;
    private final long meetingId;
    private final Runnable onChange;
    final Button requestButton = new Button();
    final Button signButton = new Button();
    final Button returnButton = new Button();
    final Button paperButton = new Button();
    SigningStatus status;
    /** The dialog opened last (tests drive it). */
    public Dialog dialog;

    private Minutes minutes;

    /** For the minutes the meeting view has just read. */
    public SigningPanel(SigningService signing, Minutes minutes, Runnable onChange) {
        this(signing, minutes.header().id(), minutes, onChange);
    }

    public SigningPanel(SigningService signing, long meetingId, Runnable onChange) {
        this(signing, meetingId, null, onChange);
    }

    private SigningPanel(SigningService signing, long meetingId, Minutes minutes, Runnable onChange) {
        this.signing = signing;
        this.meetingId = meetingId;
        this.minutes = minutes;
        this.onChange = onChange;
        addClassName("signing-panel");
        Buttons.action(requestButton, "signing.request", VaadinIcon.PAPERPLANE, this::request);
        Buttons.action(signButton, "signing.sign", VaadinIcon.PENCIL, () -> open(new SignDialog(signing, meetingId).onSaved(onChange)));
        Buttons.action(returnButton, "signing.return", VaadinIcon.REPLY, () -> open(new ReturnDialog(signing, meetingId).onSaved(onChange)));
        Buttons.action(paperButton, "signing.paper", VaadinIcon.FILE_TEXT_O,
                () -> open(new PaperSigningDialog(signing, status).onSaved(onChange)));
        signButton.addThemeVariants(ButtonVariant.PRIMARY);
        render();
    }

    /** Whether the meeting view shows the region at all (held minutes not yet approved, or signatures there are). */
    public boolean relevant() {
        return (status.held() && !status.approved()) || !status.signatures().isEmpty();
    }

    /** Whether the minutes are out for justering now. */
    public boolean requested() {
        return status.requested() && !status.approved();
    }

    private void render() {
        removeAll();
        status = minutes != null ? signing.status(minutes) : signing.status(meetingId);
        minutes = null;
        add(new H2(getTranslation("signing.title")));
        if (status.approved()) {
            if (!status.signatures().isEmpty()) {
                add(new Paragraph(getTranslation("signing.approvedBySignatures")));
            }
        } else if (status.requested()) {
            add(new Paragraph(status.requestedByName() == null
                    ? getTranslation("signing.requestedNoName", Formats.dateTime(status.requestedAt()))
                    : getTranslation("signing.requested", Formats.dateTime(status.requestedAt()), status.requestedByName())));
        } else if (status.held()) {
            add(new Paragraph(getTranslation("signing.notRequested")));
        }
        if (status.signatories().isEmpty()) {
            add(new Paragraph(getTranslation("signing.noSignatories")));
        }
        Div list = new Div();
        list.addClassName("signing-signatories");
        for (SigningStatus.Signatory s : status.signatories()) {
            Div line = new Div();
            line.addClassName("signing-signatory");
            String who = s.name() + ", " + getTranslation(s.chair() ? "signing.title.chair" : "signing.title.approver");
            line.add(new Span(who + " – "));
            if (s.signed()) {
                line.add(new Span(getTranslation("signing.signed", Formats.dateTimeWithOffset(s.signature().signedAt()),
                        getTranslation(s.signature().method().translationKey()))));
                line.addClassName("signed");
            } else if (!status.approved()) {
                line.add(new Span(getTranslation("signing.waiting")));
                if (!s.accountLinked()) {
                    line.add(new Span(" (" + getTranslation("signing.noAccount") + ")"));
                }
            }
            list.add(line);
        }
        // Only shows: markup (ui.StaticMarkup), which also writes the "–" as a reference, so that the view's first
        // response, kept per UI, stays a one-byte-per-character string (heap per session, docs/performance.md).
        add(StaticMarkup.freeze(list));
        if (!status.returns().isEmpty() && !status.approved()) {
            Div returns = new Div(new Span(getTranslation("signing.returns")));
            returns.addClassName("signing-returns");
            for (SigningStatus.Returned r : status.returns()) {
                Div entry = new Div(new Span(getTranslation("signing.returned", r.name(), Formats.dateTime(r.returnedAt()))),
                        new Paragraph(r.comment()));
                entry.addClassName("signing-return");
                returns.add(entry);
            }
            add(returns);
        }
        if (status.scanAttachmentId() != null) {
            add(new Div(new Span(getTranslation("signing.scan") + " "),
                    new Anchor(AttachmentService.downloadUrl(status.scanAttachmentId()), status.scanFileName())));
        }
        Span hash = new Span(getTranslation("signing.contentHash", status.contentSha256()));
        hash.addClassName("signing-hash");
        add(new Div(hash));

        Anchor pdf = new Anchor("/protokoll/" + meetingId + ".pdf", getTranslation("signing.readPdf"));
        pdf.setRouterIgnore(true);
        pdf.setTarget("_blank");
        requestButton.setVisible(status.mayRequest());
        signButton.setVisible(status.maySign());
        returnButton.setVisible(status.maySign());
        paperButton.setVisible(status.mayRecordPaper());
        Div actions = new Div(pdf, requestButton, signButton, returnButton, paperButton);
        actions.addClassName("signing-actions");
        add(actions);
    }

    private void request() {
        if (se.samordnaren.ui.ErrorHandling.run(this, () -> {
            int mailed = signing.request(meetingId, status.version());
            if (mailed > 0) {
                se.samordnaren.ui.Notifications.success(this, "signing.requestedMailed", mailed);
            } else {
                se.samordnaren.ui.Notifications.success(this, "signing.requestedNoMail");
            }
        })) {
            onChange.run();
        } else {
            render();
        }
    }

    private void open(Dialog d) {
        dialog = d;
        d.open();
    }
}
