package se.samordnaren.meeting.pdf;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

import static se.samordnaren.db.Tables.APPROVED_MINUTES_PDF;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The stored PDFs of approved minutes (table approved_minutes_pdf: append-only, sha256 computed by the database). A
 * PDF is stored once per meeting and then only read; the database refuses to change or delete it.
 */
@Component
class ApprovedMinutesArchive {

    /** A stored protocol with what its file name is made of (the body's name as approved). */
    record Stored(String bodyName, LocalDate meetingDate, byte[] content, String sha256) {
    }

    private final DSLContext db;

    ApprovedMinutesArchive(DSLContext db) {
        this.db = db;
    }

    /** The stored PDF of the meeting's minutes; empty for drafts, unknown meetings and minutes whose PDF is not yet stored. */
    Optional<Stored> find(long meetingId) {
        return db.select(MEETING.BODY_NAME_AS_APPROVED, MEETING.MEETING_DATE, APPROVED_MINUTES_PDF.CONTENT,
                        APPROVED_MINUTES_PDF.SHA256)
                .from(APPROVED_MINUTES_PDF).join(MEETING).on(MEETING.ID.eq(APPROVED_MINUTES_PDF.MEETING_ID))
                .where(APPROVED_MINUTES_PDF.MEETING_ID.eq(meetingId))
                .fetchOptional(r -> new Stored(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Stores the PDF of approved minutes unless one is stored already (two first requests at once: the first one wins)
     * and answers the stored one.
     */
    Stored store(long meetingId, byte[] pdf) {
        db.insertInto(APPROVED_MINUTES_PDF)
                .set(APPROVED_MINUTES_PDF.MEETING_ID, meetingId)
                .set(APPROVED_MINUTES_PDF.CONTENT, pdf)
                .onConflict(APPROVED_MINUTES_PDF.MEETING_ID).doNothing()
                .execute();
        return find(meetingId).orElseThrow();
    }
}
