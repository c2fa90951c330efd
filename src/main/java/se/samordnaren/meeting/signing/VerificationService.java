package se.samordnaren.meeting.signing;

import jakarta.annotation.security.PermitAll;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.meeting.SignatureMethod;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.APPROVED_MINUTES_PDF;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MINUTES_SIGNATURE;

/**
 * The public verification of a protocol (no sign-in): a protocol PDF matches when its SHA-256 is that of the PDF
 * stored when the minutes were approved; a pasted SHA-256 matches that, or the content hash a signature of approved
 * minutes signed. Only approved minutes are ever looked at, so nothing about drafts is revealed, not even that they
 * exist; what is answered (body, date, justering, the signatures) is what the published protocol itself prints.
 */
@Service
public class VerificationService {

    /** What a match is by: the protocol file itself, or the signed content. */
    public enum MatchedBy { PDF, CONTENT }

    /** The approved minutes a file or hash belongs to. */
    public record Verified(MatchedBy matchedBy, String associationName, String bodyName, LocalDate meetingDate,
                           LocalDate approvalDate, String approvalPlace, List<Signature> signatures) {
    }

    public record Signature(String name, String title, OffsetDateTime signedAt, SignatureMethod method, String methodDetail) {
    }

    private final DSLContext db;

    VerificationService(DSLContext db) {
        this.db = db;
    }

    /** Checks a protocol file: the stored PDF of approved minutes with exactly these bytes, or empty. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Verified> verifyPdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return Optional.empty();
        }
        return byPdfHash(MinutesContent.sha256(pdf));
    }

    /** Checks a pasted SHA-256 (hex, any case, spaces ignored): a stored protocol PDF's, or signed content's. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Verified> verifyHash(String sha256) {
        String hash = normalise(sha256);
        if (hash == null) {
            return Optional.empty();
        }
        return byPdfHash(hash).or(() -> db.selectDistinct(MINUTES_SIGNATURE.MEETING_ID).from(MINUTES_SIGNATURE)
                .join(MEETING).on(MEETING.ID.eq(MINUTES_SIGNATURE.MEETING_ID))
                .where(MINUTES_SIGNATURE.CONTENT_SHA256.eq(hash).and(MEETING.APPROVED_AT.isNotNull()))
                .limit(1)
                .fetchOptional(MINUTES_SIGNATURE.MEETING_ID)
                .flatMap(id -> details(id, MatchedBy.CONTENT)));
    }

    /** 64 hex digits in lower case, or null when the text is no SHA-256. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String hash = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return hash.matches("[0-9a-f]{64}") ? hash : null;
    }

    private Optional<Verified> byPdfHash(String hash) {
        return db.select(APPROVED_MINUTES_PDF.MEETING_ID).from(APPROVED_MINUTES_PDF)
                .join(MEETING).on(MEETING.ID.eq(APPROVED_MINUTES_PDF.MEETING_ID))
                .where(APPROVED_MINUTES_PDF.SHA256.eq(hash).and(MEETING.APPROVED_AT.isNotNull()))
                .fetchOptional(APPROVED_MINUTES_PDF.MEETING_ID)
                .flatMap(id -> details(id, MatchedBy.PDF));
    }

    private Optional<Verified> details(long meetingId, MatchedBy matchedBy) {
        return db.select(MEETING.ASSOCIATION_NAME_AS_APPROVED, MEETING.BODY_NAME_AS_APPROVED, MEETING.MEETING_DATE,
                        MEETING.APPROVAL_DATE, MEETING.APPROVAL_PLACE,
                        multiset(select(MINUTES_SIGNATURE.SIGNER_NAME, MINUTES_SIGNATURE.SIGNER_TITLE, MINUTES_SIGNATURE.SIGNED_AT,
                                MINUTES_SIGNATURE.SIGNED_AT_OFFSET_MINUTES, MINUTES_SIGNATURE.METHOD, MINUTES_SIGNATURE.METHOD_DETAIL)
                                .from(MINUTES_SIGNATURE).where(MINUTES_SIGNATURE.MEETING_ID.eq(MEETING.ID))
                                .orderBy(MINUTES_SIGNATURE.SIGNED_AT, MINUTES_SIGNATURE.ID))
                                .convertFrom(rows -> rows.map(s -> new Signature(s.value1(), s.value2(),
                                        SigningService.atOffset(s.value3(), s.value4()), s.value5(), s.value6()))))
                .from(MEETING)
                .where(MEETING.ID.eq(meetingId).and(MEETING.APPROVED_AT.isNotNull()))
                .fetchOptional(r -> new Verified(matchedBy, r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
