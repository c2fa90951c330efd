package se.samordnaren.bookkeeping;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samordnaren.ui.Notifications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The upload of one bookkeeping file (SIE, CSV, Excel), as the attachment feature uploads its files: the size limit
 * ({@link BookkeepingImportService#MAX_BYTES}) is checked in the browser and again on the server, which refuses a
 * larger body without keeping it (HTTP 413, the Swedish message). The bytes go to {@code received} in the UI's
 * thread; nothing is saved until the user has seen the preview.
 */
class BookkeepingUpload extends Upload {

    private static final Logger log = LoggerFactory.getLogger(BookkeepingUpload.class);

    BookkeepingUpload(SerializableBiConsumer<String, byte[]> received) {
        setUploadHandler(new SizeLimitedHandler(received));
        setAcceptedFileTypes(".se", ".si", ".sie", ".txt", ".csv", ".xlsx", "text/plain", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        setMaxFileSize((int) BookkeepingImportService.MAX_BYTES);
        setMaxFiles(1);
        addFileRejectedListener(e -> Notifications.error(this, "bookkeeping.upload.rejected", e.getErrorMessage()));
        // Several files one after the other: the list shows only the one being read.
        addAllFinishedListener(e -> clearFileList());

        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("bookkeeping.upload.drop"))
                .setMany(getTranslation("bookkeeping.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("bookkeeping.upload.add"))
                .setMany(getTranslation("bookkeeping.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("bookkeeping.upload.tooMany"))
                .setFileIsTooBig(getTranslation("bookkeeping.upload.tooBig"))
                .setIncorrectFileType(getTranslation("bookkeeping.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("bookkeeping.upload.connecting"))
                        .setStalled(getTranslation("bookkeeping.upload.stalled"))
                        .setProcessing(getTranslation("bookkeeping.upload.processing"))
                        .setHeld(getTranslation("bookkeeping.upload.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setFileTooLarge(getTranslation("bookkeeping.upload.tooBig"))
                        .setForbidden(getTranslation("bookkeeping.upload.refused"))
                        .setServerUnavailable(getTranslation("bookkeeping.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("bookkeeping.upload.serverError"))));
        setI18n(i18n);
    }

    /** The whole content, or empty when the stream holds more than {@code max} bytes (reads at most max + 1). */
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

        private final SerializableBiConsumer<String, byte[]> received;

        SizeLimitedHandler(SerializableBiConsumer<String, byte[]> received) {
            this.received = received;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            String name = event.getFileName();
            Optional<byte[]> content = Optional.empty();
            if (event.getFileSize() <= BookkeepingImportService.MAX_BYTES) {
                try (InputStream in = event.getInputStream()) {
                    content = readAtMost(in, BookkeepingImportService.MAX_BYTES);
                }
            }
            if (content.isEmpty()) {
                log.warn("Refused the upload of {} ({} bytes declared): larger than {} bytes", name,
                        event.getFileSize(), BookkeepingImportService.MAX_BYTES);
                event.reject(getTranslation("bookkeeping.upload.tooBig"));
                ui.access(() -> Notifications.error(BookkeepingUpload.this, "bookkeeping.upload.rejected",
                        getTranslation("bookkeeping.upload.tooBig")));
                return;
            }
            byte[] bytes = content.get();
            ui.access(() -> received.accept(name, bytes));
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
            return BookkeepingImportService.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return BookkeepingImportService.MAX_BYTES + 1024 * 1024;
        }
    }
}
