package se.samordnaren.meeting.signing;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import se.samordnaren.attachment.AttachmentService;
import se.samordnaren.ui.Fields;
import se.samordnaren.ui.FormDialog;
import se.samordnaren.ui.Notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Justering on paper (förbundschef): the day each signatory signed, the scanned signed protocol (PDF) and the place;
 * saving records PAPER signatures and approves the minutes.
 */
class PaperSigningDialog extends FormDialog<Void> {

    private final SigningService signing;
    private final SigningStatus status;
    final Map<Long, DatePicker> days = new LinkedHashMap<>();
    final Upload upload = new Upload();
    final TextField place = Fields.text("signing.paper.place");
    final Span scanName = new Span();
    String fileName;
    byte[] scan;

    PaperSigningDialog(SigningService signing, SigningStatus status) {
        super("signing.paper");
        this.signing = signing;
        this.status = status;
        save.setText(getTranslation("signing.paper.confirm"));
        successMessage("signing.paper.done");
        wide(new Paragraph(getTranslation("signing.paper.text")));
        for (SigningStatus.Signatory s : status.signatories()) {
            DatePicker day = Fields.date("signing.paper.signedOn", null, LocalDate.now());
            day.setLabel(getTranslation("signing.paper.signedOn", s.name()));
            days.put(s.personId(), day);
            form().add(day);
        }
        form().add(place);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            scan = bytes;
        }));
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        upload.addFileRejectedListener(e -> Notifications.error(this, "attachment.error.rejected", e.getErrorMessage()));
        wide(new Span(getTranslation("signing.paper.scan")), upload, scanName);
    }

    /** For tests and the upload: the scanned file. */
    void scanned(String name, byte[] content) {
        fileName = name;
        scan = content;
    }

    @Override
    protected void submit() {
        List<PaperSignature> signed = new ArrayList<>();
        days.forEach((person, day) -> signed.add(new PaperSignature(person, day.getValue())));
        signing.recordPaperSigning(status.meetingId(), status.version(), signed, fileName, scan, place.getValue());
    }
}
