package se.samordnaren.meeting;

import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.samordnaren.people.BodyType;

import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.AGENDA_ITEM_ATTENDANCE;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_CLAUSE;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEETING_ATTENDANCE;
import static se.samordnaren.db.Tables.PERSON;

/** Builds bodies, people, meetings, paragraphs and decisions for tests, each with its own unique names. */
public final class MinutesFixture {

    private final DSLContext db;
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** A made-up word of letters only, so full-text searches in tests find only this test's rows. */
    public final String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'k').replace('e', 'w');

    public MinutesFixture(DSLContext db) {
        this.db = db;
    }

    public long body(String name) {
        return db.insertInto(BODY)
                .set(BODY.NAME, name + " " + tag)
                .set(BODY.BODY_TYPE, BodyType.BOARD)
                .set(BODY.DECISION_VERB, "Styrelsen beslutade")
                .returning(BODY.ID).fetchSingle(BODY.ID);
    }

    public long person(String name, String party) {
        return db.insertInto(PERSON)
                .set(PERSON.FULL_NAME, name)
                .set(PERSON.PARTY, party)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    public long meeting(long bodyId, LocalDate date, String location) {
        return db.insertInto(MEETING)
                .set(MEETING.BODY_ID, bodyId)
                .set(MEETING.MEETING_DATE, date)
                .set(MEETING.LOCATION, location)
                .set(MEETING.STATUS, MeetingStatus.HELD)
                .returning(MEETING.ID).fetchSingle(MEETING.ID);
    }

    public void attend(long meetingId, long personId, AttendanceRole role, String capacity, boolean chair, boolean approver, int order) {
        db.insertInto(MEETING_ATTENDANCE)
                .set(MEETING_ATTENDANCE.MEETING_ID, meetingId)
                .set(MEETING_ATTENDANCE.PERSON_ID, personId)
                .set(MEETING_ATTENDANCE.ATTENDANCE_ROLE, role)
                .set(MEETING_ATTENDANCE.CAPACITY, capacity)
                .set(MEETING_ATTENDANCE.IS_CHAIR, chair)
                .set(MEETING_ATTENDANCE.IS_APPROVER, approver)
                .set(MEETING_ATTENDANCE.SORT_ORDER, order)
                .execute();
    }

    public void itemAttendance(long itemId, long personId, boolean present, String note) {
        db.insertInto(AGENDA_ITEM_ATTENDANCE)
                .set(AGENDA_ITEM_ATTENDANCE.ITEM_ID, itemId)
                .set(AGENDA_ITEM_ATTENDANCE.PERSON_ID, personId)
                .set(AGENDA_ITEM_ATTENDANCE.PRESENT, present)
                .set(AGENDA_ITEM_ATTENDANCE.NOTE, note)
                .execute();
    }

    public long item(long meetingId, int number, String title, String bodyText) {
        return db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.NUMBER, number)
                .set(AGENDA_ITEM.TITLE, title)
                .set(AGENDA_ITEM.KIND, ItemKind.DECISION)
                .set(AGENDA_ITEM.BODY_TEXT, bodyText)
                .returning(AGENDA_ITEM.ID).fetchSingle(AGENDA_ITEM.ID);
    }

    public long decision(long itemId, DecisionOutcome outcome, String... clauses) {
        long id = db.insertInto(DECISION)
                .set(DECISION.ITEM_ID, itemId)
                .set(DECISION.OUTCOME, outcome)
                .returning(DECISION.ID).fetchSingle(DECISION.ID);
        int position = 1;
        for (String clause : List.of(clauses)) {
            db.insertInto(DECISION_CLAUSE)
                    .set(DECISION_CLAUSE.DECISION_ID, id)
                    .set(DECISION_CLAUSE.POSITION, position++)
                    .set(DECISION_CLAUSE.TEXT, clause)
                    .execute();
        }
        return id;
    }

    public long link(long decisionId, long recordId) {
        return db.insertInto(se.samordnaren.db.Tables.DECISION_LINK)
                .set(se.samordnaren.db.Tables.DECISION_LINK.DECISION_ID, decisionId)
                .set(se.samordnaren.db.Tables.DECISION_LINK.RECORD_ID, recordId)
                .returning(se.samordnaren.db.Tables.DECISION_LINK.ID).fetchSingle(se.samordnaren.db.Tables.DECISION_LINK.ID);
    }

    public long recordOf(long meetingId) {
        return db.select(MEETING.RECORD_ID).from(MEETING).where(MEETING.ID.eq(meetingId)).fetchSingle(MEETING.RECORD_ID);
    }

    public long followUp(long decisionId, String description, Long responsibleId, LocalDate dueDate) {
        return db.insertInto(se.samordnaren.db.Tables.FOLLOW_UP)
                .set(se.samordnaren.db.Tables.FOLLOW_UP.DECISION_ID, decisionId)
                .set(se.samordnaren.db.Tables.FOLLOW_UP.DESCRIPTION, description)
                .set(se.samordnaren.db.Tables.FOLLOW_UP.RESPONSIBLE_PERSON_ID, responsibleId)
                .set(se.samordnaren.db.Tables.FOLLOW_UP.DUE_DATE, dueDate)
                .returning(se.samordnaren.db.Tables.FOLLOW_UP.ID).fetchSingle(se.samordnaren.db.Tables.FOLLOW_UP.ID);
    }

    public void approve(long meetingId, LocalDate approvalDate, String place, LocalDate posted, LocalDate removed) {
        db.update(MEETING)
                .set(MEETING.APPROVAL_DATE, approvalDate)
                .set(MEETING.APPROVAL_PLACE, place)
                .set(MEETING.APPROVED_AT, OffsetDateTime.now())
                .where(MEETING.ID.eq(meetingId)).execute();
        db.update(MEETING)
                .set(MEETING.NOTICE_POSTED_ON, posted)
                .set(MEETING.NOTICE_REMOVED_ON, removed)
                .where(MEETING.ID.eq(meetingId)).execute();
    }

    /** A board meeting with chair, members, substitute, secretary and other present, like the Lund protocol. */
    public long boardMeeting(long bodyId, LocalDate date) {
        long meetingId = meeting(bodyId, date, "Kommunhuset Kristallen");
        attend(meetingId, person("Anna Andersson " + tag, "s"), AttendanceRole.DECISION_MAKER, "Lunds kommun", true, false, 1);
        attend(meetingId, person("Bertil Berg " + tag, null), AttendanceRole.DECISION_MAKER, "Försäkringskassan, vice ordf.", false, false, 2);
        attend(meetingId, person("Cecilia Ceder " + tag, "l"), AttendanceRole.DECISION_MAKER, "Region Skåne", false, true, 3);
        attend(meetingId, person("David Dahl " + tag, "mp"), AttendanceRole.SUBSTITUTE, "Region Skåne", false, false, 4);
        attend(meetingId, person("Eva Ek " + tag, null), AttendanceRole.SECRETARY, "Förbundschef", false, false, 5);
        long other = person("Fia Fors " + tag, null);
        attend(meetingId, other, AttendanceRole.OTHER_PRESENT, "FK, Beredningsgr.", false, false, 6);
        db.update(MEETING_ATTENDANCE).set(MEETING_ATTENDANCE.ONLY_ITEMS, "§ 2")
                .where(MEETING_ATTENDANCE.PERSON_ID.eq(other)).execute();
        return meetingId;
    }
}
