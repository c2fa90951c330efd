package se.samordnaren.attachment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samordnaren.ui.ErrorHandling;
import se.samordnaren.ui.Notifications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Upload of PDF, DOCX and XLSX files into the database. {@code store} saves one file through AttachmentService
 * (e.g. {@code f -> attachments.addToReport(reportId, f.fileName(), f.contentType(), f.content())}); a refused
 * file shows the Swedish reason, {@code afterSave} refreshes the caller's view.
 * <p>
 * The 25 MB limit is checked twice: in the browser (which a user can switch off) and on the server, which refuses a
 * larger body without keeping it (HTTP 413, the same Swedish message, a warning in the log).
 */
public class AttachmentUpload extends Upload {

    private static final Logger log = LoggerFactory.getLogger(AttachmentUpload.class);

    public record UploadedFile(String fileName, String contentType, byte[] content) {
    }

    public AttachmentUpload(SerializableConsumer<UploadedFile> store, Runnable afterSave) {
        setUploadHandler(new SizeLimitedHandler(store, afterSave));
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
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("attachment.upload.connecting"))
                        .setStalled(getTranslation("attachment.upload.stalled"))
                        .setProcessing(getTranslation("attachment.upload.processing"))
                        .setHeld(getTranslation("attachment.upload.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setFileTooLarge(getTranslation("attachment.upload.tooBig"))
                        .setForbidden(getTranslation("attachment.upload.refused"))
                        .setServerUnavailable(getTranslation("attachment.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("attachment.upload.serverError"))));
        setI18n(i18n);
    }

    /**
     * The whole content, or empty when the stream holds more than {@code max} bytes (reads at most max + 1 of them,
     * so a body with no declared length cannot fill the memory either).
     */
    static Optional<byte[]> readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > max) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toByteArray());
    }

    private final class SizeLimitedHandler implements UploadHandler {

        private final SerializableConsumer<UploadedFile> store;
        private final Runnable afterSave;

        SizeLimitedHandler(SerializableConsumer<UploadedFile> store, Runnable afterSave) {
            this.store = store;
            this.afterSave = afterSave;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String name = event.getFileName();
            Optional<byte[]> content = Optional.empty();
            if (event.getFileSize() <= AttachmentService.MAX_BYTES) {
                try (InputStream in = event.getInputStream()) {
                    content = readAtMost(in, AttachmentService.MAX_BYTES);
                }
            }
            if (content.isEmpty()) {
                log.warn("Refused the upload of {} ({} bytes declared): larger than {} bytes", name, event.getFileSize(),
                        AttachmentService.MAX_BYTES);
                event.reject(getTranslation("attachment.upload.tooBig"));
                ui.access(() -> Notifications.error(AttachmentUpload.this, "attachment.error.rejected",
                        getTranslation("attachment.upload.tooBig")));
                return;
            }
            byte[] bytes = content.get();
            ui.access(() -> {
                if (ErrorHandling.run(AttachmentUpload.this,
                        () -> store.accept(new UploadedFile(name, event.getContentType(), bytes)))) {
                    Notifications.success(AttachmentUpload.this, "attachment.saved", name);
                    afterSave.run();
                }
            });
        }

        /** A refused file answers 413, which the browser's upload shows as "too large" (in Swedish). */
        @Override
        public void responseHandled(UploadResult result) {
            if (result.exception() == null && result.hasFiles() && result.allRejected()) {
                result.response().setStatus(413);
            } else {
                UploadHandler.super.responseHandled(result);
            }
        }

        @Override
        public long getFileSizeMax() {
            return AttachmentService.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return AttachmentService.MAX_BYTES + 1024 * 1024;
        }
    }
}
