package se.samordnaren.meeting.noticeboard;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.meeting.AsApproved;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static se.samordnaren.db.Tables.APPROVED_MINUTES_PDF;
import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The notice board's reads, open to anyone without signing in (so a component, not a role-checked service: it is only
 * used by this package's public view and controller). Every read is limited to what is posted on the given day
 * ({@link NoticePosting#onBoard}): approved minutes, posted on or before it, not yet taken down. Nothing else is
 * reachable from here, and nothing beyond what the protocol itself publishes: no names of people, no draft.
 */
@Component
class PublicNoticeBoard {

    /** One anslag as the board shows it. */
    record Notice(long meetingId, String bodyName, LocalDate meetingDate, LocalDate approvalDate, LocalDate postedOn,
                  LocalDate appealEndsOn, LocalDate removedOn, String storagePlace, boolean hasPdf,
                  OffsetDateTime publishedAt) {
    }

    /** The board: the association's name and what is posted. */
    record Board(String associationName, String noticeBoardLocation, List<Notice> notices) {
    }

    /** A posted protocol's stored PDF. */
    record Pdf(String filename, byte[] content, String sha256) {
    }

    private final DSLContext db;

    PublicNoticeBoard(DSLContext db) {
        this.db = db;
    }

    /** What is posted on {@code today}, the latest posting first. */
    @Transactional(readOnly = true)
    Board board(LocalDate today) {
        var appealEnds = DSL.coalesce(MEETING.NOTICE_APPEAL_ENDS_ON,
                DSL.localDateAdd(MEETING.NOTICE_POSTED_ON, DSL.field(DSL.select(ASSOCIATION.APPEAL_PERIOD_DAYS)
                        .from(ASSOCIATION).where(ASSOCIATION.ID.eq(1)))));
        var notices = DSL.multiset(DSL.select(MEETING.ID, AsApproved.bodyName(MEETING, BODY), MEETING.MEETING_DATE,
                                MEETING.APPROVAL_DATE, MEETING.NOTICE_POSTED_ON, appealEnds, MEETING.NOTICE_REMOVED_ON,
                                MEETING.MINUTES_STORAGE_PLACE,
                                DSL.exists(DSL.selectOne().from(APPROVED_MINUTES_PDF)
                                        .where(APPROVED_MINUTES_PDF.MEETING_ID.eq(MEETING.ID))),
                                MEETING.NOTICE_PUBLISHED_AT)
                        .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                        .where(NoticePosting.onBoard(today))
                        .orderBy(MEETING.NOTICE_POSTED_ON.desc(), MEETING.MEETING_DATE.desc(), MEETING.ID.desc()))
                .convertFrom(r -> r.map(Records.mapping(Notice::new)));
        return db.select(ASSOCIATION.NAME, ASSOCIATION.NOTICE_BOARD_LOCATION, notices)
                .from(ASSOCIATION).where(ASSOCIATION.ID.eq(1))
                .fetchSingle(Records.mapping(Board::new));
    }

    /** The stored protocol PDF of minutes posted on {@code today}; empty for anything else. */
    @Transactional(readOnly = true)
    Optional<Pdf> pdf(long meetingId, LocalDate today) {
        return db.select(MEETING.BODY_NAME_AS_APPROVED, MEETING.MEETING_DATE, APPROVED_MINUTES_PDF.CONTENT,
                        APPROVED_MINUTES_PDF.SHA256)
                .from(MEETING).join(APPROVED_MINUTES_PDF).on(APPROVED_MINUTES_PDF.MEETING_ID.eq(MEETING.ID))
                .where(MEETING.ID.eq(meetingId).and(NoticePosting.onBoard(today)))
                .fetchOptional(r -> new Pdf(filename(r.value1(), r.value2()), r.value3(), r.value4()));
    }

    /** "protokoll-styrelsen-2021-03-19.pdf" */
    static String filename(String bodyName, LocalDate meetingDate) {
        String slug = java.text.Normalizer.normalize(bodyName == null ? "" : bodyName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "protokoll-" + (slug.isEmpty() ? "" : slug + "-") + meetingDate + ".pdf";
    }
}
