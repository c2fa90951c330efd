package se.samordnaren.meeting;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.UUID;
import se.samordnaren.people.BodyType;

import static se.samordnaren.db.Tables.*;

/** Rows for the meeting tests, written straight to the database with unique names (no demo data in tests). */
final class MeetingTestData {

    private final DSLContext db;

    MeetingTestData(DSLContext db) {
        this.db = db;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    long body() {
        return db.insertInto(BODY).set(BODY.NAME, unique("Styrelsen")).set(BODY.BODY_TYPE, BodyType.BOARD)
                .set(BODY.DECISION_VERB, "Styrelsen beslutade").returning(BODY.ID).fetchSingle(BODY.ID);
    }

    long person(String name) {
        return db.insertInto(PERSON).set(PERSON.FULL_NAME, name).returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    long meeting(long bodyId, LocalDate date) {
        return db.insertInto(MEETING).set(MEETING.BODY_ID, bodyId).set(MEETING.MEETING_DATE, date)
                .set(MEETING.LOCATION, "Kommunhuset Kristallen").returning(MEETING.ID).fetchSingle(MEETING.ID);
    }

    /** A meeting with {@code paragraphs} §, each with a decision, two clauses, a link, a reference and a follow-up. */
    long fullMeeting(int paragraphs) {
        long body = body();
        long meeting = meeting(body, LocalDate.of(2021, 3, 19));
        long person = person(unique("Johan Ekdahl"));
        long personRecord = db.select(PERSON.RECORD_ID).from(PERSON).where(PERSON.ID.eq(person)).fetchSingle(PERSON.RECORD_ID);
        db.insertInto(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.MEETING_ID, meeting).set(MEETING_ATTENDANCE.PERSON_ID, person)
                .set(MEETING_ATTENDANCE.ATTENDANCE_ROLE, AttendanceRole.DECISION_MAKER).set(MEETING_ATTENDANCE.IS_CHAIR, true).execute();
        for (int n = 1; n <= paragraphs; n++) {
            long decision = paragraphWithDecision(meeting, n, "Ärende " + n, "Att bevilja medel för ärende " + n);
            db.insertInto(DECISION_CLAUSE).set(DECISION_CLAUSE.DECISION_ID, decision).set(DECISION_CLAUSE.POSITION, 2)
                    .set(DECISION_CLAUSE.TEXT, "Att återrapportera ärende " + n).execute();
            db.insertInto(DECISION_LINK).set(DECISION_LINK.DECISION_ID, decision).set(DECISION_LINK.RECORD_ID, personRecord)
                    .set(DECISION_LINK.NOTE, "Vald att justera").execute();
            db.insertInto(DECISION_REFERENCE).set(DECISION_REFERENCE.DECISION_ID, decision).set(DECISION_REFERENCE.POSITION, 1)
                    .set(DECISION_REFERENCE.TEXT, "Bilaga " + n).execute();
            db.insertInto(FOLLOW_UP).set(FOLLOW_UP.DECISION_ID, decision).set(FOLLOW_UP.DESCRIPTION, "Redovisa ärende " + n)
                    .set(FOLLOW_UP.RESPONSIBLE_PERSON_ID, person).set(FOLLOW_UP.DUE_DATE, LocalDate.of(2021, 6, 11)).execute();
        }
        return meeting;
    }

    /** Adds § n with a decision (outcome APPROVED) and one clause; returns the decision id. */
    long paragraphWithDecision(long meetingId, int number, String title, String clause) {
        long item = db.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.MEETING_ID, meetingId).set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, title).set(AGENDA_ITEM.KIND, ItemKind.DECISION)
                .set(AGENDA_ITEM.BODY_TEXT, "Underlag för " + title.toLowerCase()).returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
        long decision = db.insertInto(DECISION).set(DECISION.ITEM_ID, item).set(DECISION.INTRO, "Styrelsen beslutade")
                .set(DECISION.OUTCOME, DecisionOutcome.APPROVED).returning(DECISION.ID).fetchSingle(DECISION.ID);
        db.insertInto(DECISION_CLAUSE).set(DECISION_CLAUSE.DECISION_ID, decision).set(DECISION_CLAUSE.POSITION, 1)
                .set(DECISION_CLAUSE.TEXT, clause).execute();
        return decision;
    }

    /** Approves the minutes the way the demo data does: children first, approval last. */
    void approve(long meetingId) {
        db.update(MEETING).set(MEETING.STATUS, MeetingStatus.HELD).where(MEETING.ID.eq(meetingId)).execute();
        db.update(MEETING).set(MEETING.APPROVAL_DATE, MEETING.MEETING_DATE.plus(10)).set(MEETING.APPROVAL_PLACE, "Kristallen")
                .set(MEETING.APPROVED_AT, DSL.currentOffsetDateTime()).where(MEETING.ID.eq(meetingId)).execute();
    }

    void ensureUser(String username, String role) {
        if (!db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            db.insertInto(APP_USER).set(APP_USER.USERNAME, username).set(APP_USER.FULL_NAME, "Test " + username)
                    .set(APP_USER.ROLE, se.samordnaren.security.Role.valueOf(role)).set(APP_USER.PASSWORD_HASH, "{noop}x").execute();
        }
    }
}
