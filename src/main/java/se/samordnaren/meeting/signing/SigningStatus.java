package se.samordnaren.meeting.signing;

import se.samordnaren.meeting.SignatureMethod;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where the justering of one meeting's minutes stands, for the signing panel of the meeting view: the request, the
 * signatories (chair and justerare) with whether each has signed the minutes as they read now (the current content's
 * SHA-256), the returns with their comments, and what the signed-in user may do.
 */
public record SigningStatus(
        long meetingId,
        int version,
        boolean held,
        boolean approved,
        boolean hasParagraphs,
        OffsetDateTime requestedAt,
        String requestedByName,
        String contentSha256,
        List<Signatory> signatories,
        List<Returned> returns,
        List<Signature> signatures,
        Long scanAttachmentId,
        String scanFileName,
        Long myPersonId,
        boolean mayRequest,
        boolean mayRecordPaper) {

    public boolean requested() {
        return requestedAt != null;
    }

    /** The signed-in user's own line among the signatories, if they are one. */
    public java.util.Optional<Signatory> me() {
        return signatories.stream().filter(s -> myPersonId != null && s.personId() == myPersonId).findFirst();
    }

    /** Whether the signed-in user may sign now (requested, not approved, a signatory who has not signed this content). */
    public boolean maySign() {
        return requested() && !approved && me().filter(s -> !s.signed()).isPresent();
    }

    /**
     * A signatory: the person, "Ordförande" or "Justerare", whether an account is linked to them, and their signature
     * of the current content (null when they have not signed it).
     */
    public record Signatory(long personId, String name, boolean chair, boolean accountLinked, Signature signature) {

        public boolean signed() {
            return signature != null;
        }
    }

    /** A signature as recorded (the time at the offset it was given with); {@code current} when it signed this content. */
    public record Signature(String name, String title, OffsetDateTime signedAt, SignatureMethod method, String methodDetail,
                            String contentSha256, Long personId, boolean current) {
    }

    /** Minutes sent back by a signatory, with the comment. */
    public record Returned(String name, String comment, OffsetDateTime returnedAt) {
    }
}
