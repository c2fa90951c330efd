package se.samordnaren.meeting.noticeboard;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.meeting.MinutesApproved;
import se.samordnaren.meeting.pdf.MinutesPdfService;

import java.time.LocalDate;
import java.util.List;

import static se.samordnaren.db.Tables.ASSOCIATION;
import static se.samordnaren.db.Tables.MEETING;

/**
 * The anslag of approved minutes. At justering ({@link MinutesApproved}, whoever approves: the förbundschef's button
 * or the last signature) the dates are set: posted on the association's number of working days after the approval
 * date (Swedish holidays and weekends skipped, {@link SwedishWorkingDays}), the appeal period's last day
 * {@code appeal_period_days} after the posting, taken down the day after. The daily job then records when the board
 * actually began and stopped showing it (notice_published_at, notice_taken_down_at), audited as "system:anslag".
 * No role check here: the listener runs inside the approver's transaction, the job as a system task.
 */
@Component
class NoticePosting {

    private final DSLContext db;
    private final MinutesPdfService pdfs;

    NoticePosting(DSLContext db, MinutesPdfService pdfs) {
        this.db = db;
        this.pdfs = pdfs;
    }

    /** The dates of an anslag posted on {@code postedOn}. */
    record Dates(LocalDate postedOn, LocalDate appealEndsOn, LocalDate removedOn) {
    }

    /** The anslag of minutes approved on {@code approvalDate}, by the association's settings. */
    static Dates datesFor(LocalDate approvalDate, int delayWorkingDays, int appealPeriodDays) {
        LocalDate posted = SwedishWorkingDays.after(approvalDate, delayWorkingDays);
        LocalDate appealEnds = posted.plusDays(appealPeriodDays);
        return new Dates(posted, appealEnds, appealEnds.plusDays(1));
    }

    /**
     * Runs before the protocol PDF is rendered (meeting.pdf listens with the default order), so the printed
     * "Anslag/bevis" carries the dates.
     */
    @EventListener
    @Order(0)
    @Transactional(propagation = Propagation.MANDATORY)
    void approved(MinutesApproved event) {
        post(event.meetingId());
    }

    /** Sets the anslag dates of approved minutes from their approval date (only when none are set yet). */
    @Transactional
    void post(long meetingId) {
        var meeting = db.select(MEETING.APPROVAL_DATE, MEETING.NOTICE_POSTED_ON).from(MEETING)
                .where(MEETING.ID.eq(meetingId).and(MEETING.APPROVED_AT.isNotNull())).fetchOptional().orElse(null);
        if (meeting == null || meeting.value1() == null || meeting.value2() != null) {
            return;
        }
        var settings = db.select(ASSOCIATION.NOTICE_DELAY_WORKING_DAYS, ASSOCIATION.APPEAL_PERIOD_DAYS)
                .from(ASSOCIATION).where(ASSOCIATION.ID.eq(1)).fetchSingle();
        Dates dates = datesFor(meeting.value1(), settings.value1(), settings.value2());
        db.update(MEETING)
                .set(MEETING.NOTICE_POSTED_ON, dates.postedOn())
                .set(MEETING.NOTICE_APPEAL_ENDS_ON, dates.appealEndsOn())
                .set(MEETING.NOTICE_REMOVED_ON, dates.removedOn())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId))
                .execute();
    }

    /** What the board shows on {@code day}: approved minutes posted on or before it and not yet taken down. */
    static Condition onBoard(LocalDate day) {
        Field<LocalDate> d = DSL.val(day);
        return MEETING.APPROVED_AT.isNotNull()
                .and(MEETING.NOTICE_POSTED_ON.le(d))
                .and(MEETING.NOTICE_REMOVED_ON.isNull().or(MEETING.NOTICE_REMOVED_ON.gt(d)));
    }

    /** What the daily job did: minutes published and taken down. */
    record Run(List<Long> published, List<Long> takenDown) {
    }

    /**
     * The daily job's work (as "system:anslag"): minutes whose posting day has come are published (their stored PDF
     * made sure of first, so the board can offer it), those whose removal day has come are taken down. A date moved
     * by the förbundschef after the taking down publishes the minutes again.
     */
    @Transactional
    Run publishAndTakeDown(LocalDate today) {
        List<Long> due = db.select(MEETING.ID).from(MEETING)
                .where(onBoard(today))
                .and(MEETING.NOTICE_PUBLISHED_AT.isNull().or(MEETING.NOTICE_TAKEN_DOWN_AT.isNotNull()))
                .orderBy(MEETING.ID)
                .fetch(MEETING.ID);
        for (long meetingId : due) {
            pdfs.minutes(meetingId); // stores the protocol of minutes approved by SQL (the demo) on first use
        }
        if (!due.isEmpty()) {
            db.update(MEETING)
                    .set(MEETING.NOTICE_PUBLISHED_AT, DSL.currentOffsetDateTime())
                    .setNull(MEETING.NOTICE_TAKEN_DOWN_AT)
                    .where(MEETING.ID.in(due))
                    .execute();
        }
        List<Long> down = db.update(MEETING)
                .set(MEETING.NOTICE_TAKEN_DOWN_AT, DSL.currentOffsetDateTime())
                .where(MEETING.NOTICE_PUBLISHED_AT.isNotNull().and(MEETING.NOTICE_TAKEN_DOWN_AT.isNull())
                        .and(onBoard(today).not()))
                .returning(MEETING.ID)
                .fetch(MEETING.ID);
        return new Run(due, down);
    }
}
