package se.samordnaren.attachment;

import java.time.OffsetDateTime;

/** An attachment without its content, as lists show it. */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, String sha256,
                             OffsetDateTime uploadedAt, String uploadedBy) {

    public String downloadUrl() {
        return AttachmentService.downloadUrl(id);
    }
}
