package se.samordnaren.meeting;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.UserFacingException;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.MEETING;

/**
 * Refuses a write to approved minutes before the database has to (its approval-lock triggers are the last line), and
 * finds the meeting a § or a decision belongs to. Shared by the meeting's and the minutes' services.
 */
@Component
class ApprovalGuard {

    static final String LOCKED = "meeting.error.locked";

    private final DSLContext db;

    ApprovalGuard(DSLContext db) {
        this.db = db;
    }

    boolean isApproved(long meetingId) {
        Boolean approved = db.select(MEETING.APPROVED_AT.isNotNull()).from(MEETING).where(MEETING.ID.eq(meetingId))
                .fetchOne(0, Boolean.class);
        if (approved == null) {
            throw new UserFacingException("meeting.error.notFound");
        }
        return approved;
    }

    /** Refuses any write to approved minutes; a meeting that is gone is a concurrent edit. */
    void requireOpen(Long meetingId) {
        if (meetingId == null) {
            throw new ConcurrentEditException();
        }
        if (isApproved(meetingId)) {
            throw new UserFacingException(LOCKED);
        }
    }

    Long meetingOfItem(Long itemId) {
        return itemId == null ? null : db.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOne(AGENDA_ITEM.MEETING_ID);
    }

    Long meetingOfDecision(long decisionId) {
        return db.select(AGENDA_ITEM.MEETING_ID).from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .where(DECISION.ID.eq(decisionId)).fetchOne(AGENDA_ITEM.MEETING_ID);
    }
}
