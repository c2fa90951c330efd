package se.samordnaren.meeting.signing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.ui.Formats;

import java.util.Optional;

/**
 * The public verification page (/verifiera, no sign-in): upload a protocol PDF or paste a SHA-256, and read whether it
 * matches approved minutes, and which (body, meeting date, justering, signatures). Answers nothing about drafts.
 */
@Route(value = "verifiera", autoLayout = false)
@AnonymousAllowed
class VerificationView extends VerticalLayout implements HasDynamicTitle {

    private final VerificationService verification;
    final Upload upload = new Upload();
    final TextField hash = new TextField();
    final Button check = new Button();
    final Div result = new Div();

    VerificationView(VerificationService verification) {
        this.verification = verification;
        addClassName("verification-view");
        setMaxWidth("760px");
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.description")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> checkPdf(bytes)))));
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        hash.setLabel(getTranslation("verify.hash"));
        hash.setMaxLength(200);
        hash.setWidthFull();
        check.setText(getTranslation("verify.check"));
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickListener(e -> checkHash(hash.getValue()));
        result.addClassName("verification-result");
        result.getElement().setAttribute("role", "status");
        // A page of its own without the app layout: the view itself is the main landmark.
        getElement().setAttribute("role", "main");
        result.getElement().setAttribute("aria-live", "polite");
        add(new Span(getTranslation("verify.upload")), upload, hash, check, result);
    }

    void checkPdf(byte[] pdf) {
        show(verification.verifyPdf(pdf));
    }

    void checkHash(String text) {
        if (VerificationService.normalise(text) == null) {
            result.removeAll();
            result.add(new Paragraph(getTranslation("verify.noHash")));
            return;
        }
        show(verification.verifyHash(text));
    }

    private void show(Optional<VerificationService.Verified> verified) {
        result.removeAll();
        if (verified.isEmpty()) {
            Paragraph no = new Paragraph(getTranslation("verify.noMatch"));
            no.addClassName("verification-no-match");
            result.add(no);
            return;
        }
        VerificationService.Verified v = verified.get();
        Paragraph yes = new Paragraph(getTranslation(v.matchedBy() == VerificationService.MatchedBy.PDF ? "verify.match" : "verify.matchContent"));
        yes.addClassName("verification-match");
        result.add(yes);
        result.add(line("verify.association", v.associationName()), line("verify.body", v.bodyName()),
                line("verify.meetingDate", Formats.date(v.meetingDate())),
                line("verify.approvalDate", Formats.date(v.approvalDate())
                        + (v.approvalPlace() == null ? "" : ", " + v.approvalPlace())));
        result.add(new H2(getTranslation("verify.signatures")));
        if (v.signatures().isEmpty()) {
            result.add(new Paragraph(getTranslation("verify.noSignatures")));
        }
        for (VerificationService.Signature s : v.signatures()) {
            String when = s.method() == se.samordnaren.meeting.SignatureMethod.PAPER ? Formats.date(s.signedAt().toLocalDate())
                    : Formats.dateTimeWithOffset(s.signedAt());
            result.add(new Paragraph(s.name() + (s.title() == null ? "" : ", " + s.title()) + ", " + when + ", "
                    + getTranslation(s.method().translationKey())));
        }
    }

    private Div line(String key, String value) {
        Div line = new Div(new Span(getTranslation(key) + ": "), new Span(value == null ? "" : value));
        line.addClassName("verification-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
