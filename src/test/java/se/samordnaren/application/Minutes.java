package se.samordnaren.application;

import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.UUID;
import se.samordnaren.people.BodyType;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.MEETING;

/** Test minutes: a board and a working committee of their own (unique names), meetings with decision §. */
final class Minutes {

    final DSLContext db;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final long board;
    final long au;
    final String boardName;
    final String auName;

    Minutes(DSLContext db) {
        this.db = db;
        this.boardName = "Styrelsen " + suffix;
        this.auName = "Arbetsutskottet " + suffix;
        this.board = body(boardName, BodyType.BOARD, "Styrelsen beslutade");
        this.au = body(auName, BodyType.WORKING_COMMITTEE, "Arbetsutskottet föreslår");
    }

    private long body(String name, BodyType type, String verb) {
        return db.insertInto(BODY).set(BODY.NAME, name).set(BODY.BODY_TYPE, type).set(BODY.DECISION_VERB, verb)
                .returning(BODY.ID).fetchSingle(BODY.ID);
    }

    long meeting(long bodyId, LocalDate date) {
        return db.insertInto(MEETING).set(MEETING.BODY_ID, bodyId).set(MEETING.MEETING_DATE, date)
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
    }

    /** A § with a decision; a PROPOSAL goes to the board. Returns the decision's id. */
    long decision(long meetingId, int number, String title, String outcome) {
        long item = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, title).set(AGENDA_ITEM.KIND, se.samordnaren.meeting.ItemKind.DECISION)
                .set(AGENDA_ITEM.POSITION, number)
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        return db.insertInto(DECISION).set(DECISION.ITEM_ID, item).set(DECISION.OUTCOME, se.samordnaren.meeting.DecisionOutcome.valueOf(outcome))
                .set(DECISION.PROPOSAL_TO_BODY_ID, "PROPOSAL".equals(outcome) ? board : null)
                .returning(DECISION.ID).fetchSingle(DECISION.ID);
    }

    void approve(long meetingId, LocalDate approvalDate) {
        db.update(MEETING).set(MEETING.APPROVAL_DATE, approvalDate).set(MEETING.APPROVED_AT, java.time.OffsetDateTime.now())
                .where(MEETING.ID.eq(meetingId)).execute();
    }
}
