package se.samordnaren.attachment;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadHandler;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Notifications;

/**
 * Upload of PDF, DOCX and XLSX files into the database. {@code store} saves one file through AttachmentService
 * (e.g. {@code f -> attachments.addToReport(reportId, f.fileName(), f.contentType(), f.content())}); a refused
 * file shows the Swedish reason (ui.ErrorHandling), {@code afterSave} refreshes the caller's view.
 */
public class AttachmentUpload extends Upload {

    public record UploadedFile(String fileName, String contentType, byte[] content) {
    }

    public AttachmentUpload(SerializableConsumer<UploadedFile> store, Runnable afterSave) {
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            if (ErrorHandling.run(this, () -> store.accept(new UploadedFile(metadata.fileName(), metadata.contentType(), bytes)))) {
                Notifications.success(this, "attachment.saved", metadata.fileName());
                afterSave.run();
            }
        }));
        setAcceptedFileTypes(".pdf", ".docx", ".xlsx", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        setMaxFileSize((int) AttachmentService.MAX_BYTES);
        setMaxFiles(5);
        addFileRejectedListener(e -> Notifications.error(this, "attachment.error.rejected", e.getErrorMessage()));

        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.upload.dropOne"))
                .setMany(getTranslation("attachment.upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachment.upload.addOne"))
                .setMany(getTranslation("attachment.upload.addMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("attachment.upload.tooMany"))
                .setFileIsTooBig(getTranslation("attachment.upload.tooBig"))
                .setIncorrectFileType(getTranslation("attachment.upload.wrongType")));
        setI18n(i18n);
    }
}
