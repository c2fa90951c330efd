package se.samordnaren.minutesimport;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import org.jooq.types.DayToSecond;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static se.samordnaren.db.Tables.MINUTES_IMPORT_BATCH;
import static se.samordnaren.db.Tables.MINUTES_IMPORT_FILE;

/**
 * The batches' tables: files waiting to be read, what reading each found, which were imported. Called by
 * {@link ImportBatchService} (the user's side, role-checked) and by its background reader.
 */
@Component
class ImportBatches {

    /** A file of a batch as the progress list shows it (no content). */
    record FileRow(long id, long batchId, int position, String fileName, ImportFileStatus status, String message,
                   Integer paragraphCount, Integer doubtCount, LocalDate meetingDate, Long meetingId) {
    }

    /** A batch with its figures: files, read, refused, imported, paragraphs found, files waiting for review. */
    record BatchRow(long id, OffsetDateTime createdAt, String createdBy, int files, int done, int refused, int imported,
                    int paragraphs, int toReview) {
    }

    record FileContent(long id, String fileName, byte[] content) {
    }

    private final DSLContext db;

    ImportBatches(DSLContext db) {
        this.db = db;
    }

    long create(List<FileContent> files) {
        long batchId = db.insertInto(MINUTES_IMPORT_BATCH).defaultValues()
                .returning(MINUTES_IMPORT_BATCH.ID).fetchSingle(MINUTES_IMPORT_BATCH.ID);
        int position = 1;
        for (FileContent file : files) {
            db.insertInto(MINUTES_IMPORT_FILE)
                    .set(MINUTES_IMPORT_FILE.BATCH_ID, batchId)
                    .set(MINUTES_IMPORT_FILE.POSITION, position++)
                    .set(MINUTES_IMPORT_FILE.FILE_NAME, file.fileName())
                    .set(MINUTES_IMPORT_FILE.CONTENT, file.content())
                    .execute();
        }
        return batchId;
    }

    /**
     * Claims the batch's next waiting file for one read: the first (by position) that no reader holds, or whose claim
     * is older than {@code staleAfter} (its reader's node crashed). One statement, committed at once, so the other
     * nodes see the claim; {@code skip locked} lets two readers claiming at the same moment take different files
     * instead of waiting for each other. The time is the database's, the same for every node.
     */
    Optional<Long> claimNext(long batchId, String reader, UUID token, Duration staleAfter) {
        var f = MINUTES_IMPORT_FILE;
        var next = db.select(f.ID).from(f)
                .where(f.BATCH_ID.eq(batchId), f.STATUS.eq(ImportFileStatus.WAITING), claimable(staleAfter))
                .orderBy(f.POSITION).limit(1)
                .forUpdate().skipLocked();
        return db.update(f)
                .set(f.CLAIMED_BY, reader.length() > 200 ? reader.substring(0, 200) : reader)
                .set(f.CLAIMED_AT, DSL.currentOffsetDateTime())
                .set(f.CLAIM_TOKEN, token)
                .where(f.ID.eq(next))
                .returning(f.ID).fetchOptional(f.ID);
    }

    /** Batches with a waiting file that no reader holds, or whose claim is older than {@code staleAfter}. */
    List<Long> batchesToRead(Duration staleAfter) {
        var f = MINUTES_IMPORT_FILE;
        return db.selectDistinct(f.BATCH_ID).from(f)
                .where(f.STATUS.eq(ImportFileStatus.WAITING), claimable(staleAfter))
                .orderBy(f.BATCH_ID).fetch(f.BATCH_ID);
    }

    private static org.jooq.Condition claimable(Duration staleAfter) {
        var f = MINUTES_IMPORT_FILE;
        return f.CLAIMED_AT.isNull().or(f.CLAIMED_AT.lt(DSL.currentOffsetDateTime().minus(DayToSecond.valueOf(staleAfter))));
    }

    Optional<FileContent> content(long fileId) {
        return db.select(MINUTES_IMPORT_FILE.ID, MINUTES_IMPORT_FILE.FILE_NAME, MINUTES_IMPORT_FILE.CONTENT)
                .from(MINUTES_IMPORT_FILE).where(MINUTES_IMPORT_FILE.ID.eq(fileId))
                .fetchOptional(r -> new FileContent(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The result of a read, written only under the reader's own claim: when the claim was taken over (this reader was
     * slower than the timeout), the reader that took it over writes the result, and this returns false.
     */
    boolean parsed(long fileId, UUID claim, int paragraphs, int doubts, LocalDate meetingDate) {
        return db.update(MINUTES_IMPORT_FILE)
                .set(MINUTES_IMPORT_FILE.STATUS, ImportFileStatus.PARSED)
                .set(MINUTES_IMPORT_FILE.PARAGRAPH_COUNT, paragraphs)
                .set(MINUTES_IMPORT_FILE.DOUBT_COUNT, doubts)
                .set(MINUTES_IMPORT_FILE.MEETING_DATE, meetingDate)
                .set(MINUTES_IMPORT_FILE.PARSED_AT, DSL.currentOffsetDateTime())
                .set(MINUTES_IMPORT_FILE.VERSION, MINUTES_IMPORT_FILE.VERSION.plus(1))
                .where(MINUTES_IMPORT_FILE.ID.eq(fileId), underClaim(claim)).execute() == 1;
    }

    /** A file that cannot be read, written under the reader's claim as {@link #parsed}. */
    boolean refused(long fileId, UUID claim, String message) {
        return db.update(MINUTES_IMPORT_FILE)
                .set(MINUTES_IMPORT_FILE.STATUS, ImportFileStatus.REFUSED)
                .set(MINUTES_IMPORT_FILE.MESSAGE, message.length() > 300 ? message.substring(0, 299) + "…" : message)
                .set(MINUTES_IMPORT_FILE.PARSED_AT, DSL.currentOffsetDateTime())
                .set(MINUTES_IMPORT_FILE.VERSION, MINUTES_IMPORT_FILE.VERSION.plus(1))
                .where(MINUTES_IMPORT_FILE.ID.eq(fileId), underClaim(claim)).execute() == 1;
    }

    private static org.jooq.Condition underClaim(UUID claim) {
        return MINUTES_IMPORT_FILE.STATUS.eq(ImportFileStatus.WAITING).and(MINUTES_IMPORT_FILE.CLAIM_TOKEN.eq(claim));
    }

    void markImported(long fileId, long meetingId) {
        db.update(MINUTES_IMPORT_FILE)
                .set(MINUTES_IMPORT_FILE.STATUS, ImportFileStatus.IMPORTED)
                .set(MINUTES_IMPORT_FILE.MEETING_ID, meetingId)
                .set(MINUTES_IMPORT_FILE.VERSION, MINUTES_IMPORT_FILE.VERSION.plus(1))
                .where(MINUTES_IMPORT_FILE.ID.eq(fileId)).execute();
    }

    /**
     * The batch's files: to review first, most doubts first (how unsure the reading was), then refused, waiting and
     * imported ones.
     */
    List<FileRow> files(long batchId) {
        var f = MINUTES_IMPORT_FILE;
        var statusOrder = DSL.case_(f.STATUS).mapValues(java.util.Map.of(ImportFileStatus.PARSED, 0,
                ImportFileStatus.REFUSED, 1, ImportFileStatus.WAITING, 2, ImportFileStatus.IMPORTED, 3));
        return db.select(f.ID, f.BATCH_ID, f.POSITION, f.FILE_NAME, f.STATUS, f.MESSAGE, f.PARAGRAPH_COUNT, f.DOUBT_COUNT,
                        f.MEETING_DATE, f.MEETING_ID)
                .from(f).where(f.BATCH_ID.eq(batchId))
                .orderBy(statusOrder, f.DOUBT_COUNT.desc().nullsLast(), f.POSITION)
                .fetch(r -> new FileRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    /** The newest batches first, each with its figures counted in SQL. */
    List<BatchRow> batches(int limit) {
        var b = MINUTES_IMPORT_BATCH;
        var f = MINUTES_IMPORT_FILE;
        return db.select(b.ID, b.CREATED_AT, b.CREATED_BY, DSL.count(f.ID),
                        DSL.count(f.ID).filterWhere(f.STATUS.ne(ImportFileStatus.WAITING)),
                        DSL.count(f.ID).filterWhere(f.STATUS.eq(ImportFileStatus.REFUSED)),
                        DSL.count(f.ID).filterWhere(f.STATUS.eq(ImportFileStatus.IMPORTED)),
                        DSL.coalesce(DSL.sum(f.PARAGRAPH_COUNT), java.math.BigDecimal.ZERO).cast(Integer.class),
                        DSL.count(f.ID).filterWhere(f.STATUS.eq(ImportFileStatus.PARSED)))
                .from(b).leftJoin(f).on(f.BATCH_ID.eq(b.ID))
                .groupBy(b.ID).orderBy(b.ID.desc()).limit(limit)
                .fetch(r -> new BatchRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }
}
