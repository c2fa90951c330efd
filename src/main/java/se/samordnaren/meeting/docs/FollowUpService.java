package se.samordnaren.meeting.docs;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.AgendaItem;
import se.samordnaren.db.tables.Body;
import se.samordnaren.db.tables.Meeting;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.List;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectDistinct;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.FOLLOW_UP;
import static se.samordnaren.db.Tables.FOLLOW_UP_STATUS;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.PERSON;

/** Follow-ups (villkor, återrapportering) set by decisions: who answers for them, when they are due, which later § closed them. */
@Service
public class FollowUpService {

    public enum Show { OPEN, CLOSED, ALL }

    public record Filter(Show show, Long responsiblePersonId) {
    }

    /** Where in the minutes: "Styrelsen 2021-03-19 § 5", opening sammantraden/{meetingId}?paragraf=5. */
    public record ParagraphRef(long meetingId, String bodyName, LocalDate meetingDate, int number) {
    }

    public record Row(long id, int version, String description, String status, boolean overdue, LocalDate dueOn,
                      String responsible, ParagraphRef decidedAt, ParagraphRef closedBy, String closedNote) {
        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    public record MeetingOption(long id, String bodyName, LocalDate date) {
        public String label() {
            return bodyName + " " + date;
        }
    }

    public record ItemOption(long id, int number, String title) {
        public String label() {
            return "§ " + number + " " + title;
        }
    }

    public record PersonOption(long id, String name) {
    }

    private final DSLContext db;

    FollowUpService(DSLContext db) {
        this.db = db;
    }

    /** Overdue ones first, then by due date. One query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> list(Filter filter) {
        AgendaItem decidedItem = AGENDA_ITEM.as("decided_item");
        Meeting decidedMeeting = MEETING.as("decided_meeting");
        Body decidedBody = BODY.as("decided_body");
        AgendaItem closingItem = AGENDA_ITEM.as("closing_item");
        Meeting closingMeeting = MEETING.as("closing_meeting");
        Body closingBody = BODY.as("closing_body");
        var f = FOLLOW_UP_STATUS;
        return db.select(f.ID, f.VERSION, f.DESCRIPTION, f.STATUS, f.OVERDUE, f.DUE_ON, PERSON.FULL_NAME,
                        decidedMeeting.ID, decidedBody.NAME, decidedMeeting.MEETING_DATE, decidedItem.NUMBER,
                        closingMeeting.ID, closingBody.NAME, closingMeeting.MEETING_DATE, closingItem.NUMBER, f.CLOSED_NOTE)
                .from(f)
                .join(decidedItem).on(decidedItem.ID.eq(f.ITEM_ID))
                .join(decidedMeeting).on(decidedMeeting.ID.eq(decidedItem.MEETING_ID))
                .join(decidedBody).on(decidedBody.ID.eq(decidedMeeting.BODY_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(f.RESPONSIBLE_PERSON_ID))
                .leftJoin(closingItem).on(closingItem.ID.eq(f.CLOSED_BY_ITEM_ID))
                .leftJoin(closingMeeting).on(closingMeeting.ID.eq(closingItem.MEETING_ID))
                .leftJoin(closingBody).on(closingBody.ID.eq(closingMeeting.BODY_ID))
                .where(conditions(filter))
                .orderBy(f.OVERDUE.desc().nullsLast(), f.STATUS.desc(), f.DUE_ON.asc().nullsLast(),
                        decidedMeeting.MEETING_DATE.desc(), f.ID)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), Boolean.TRUE.equals(r.value5()), r.value6(),
                        r.value7(),
                        new ParagraphRef(r.value8(), r.value9(), r.value10(), r.value11()),
                        r.value12() == null ? null : new ParagraphRef(r.value12(), r.value13(), r.value14(), r.value15()),
                        r.get(f.CLOSED_NOTE)));
    }

    private static Condition conditions(Filter filter) {
        Condition condition = noCondition();
        Show show = filter == null || filter.show() == null ? Show.OPEN : filter.show();
        if (show != Show.ALL) {
            condition = condition.and(FOLLOW_UP_STATUS.STATUS.eq(show.name()));
        }
        if (filter != null && filter.responsiblePersonId() != null) {
            condition = condition.and(FOLLOW_UP_STATUS.RESPONSIBLE_PERSON_ID.eq(filter.responsiblePersonId()));
        }
        return condition;
    }

    /**
     * Closes a follow-up with the later paragraph that dealt with it. The database refuses a paragraph from before the
     * deciding meeting; a follow-up someone else changed meanwhile is refused too (optimistic locking).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void close(long followUpId, int version, long closingItemId, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        try {
            int rows = db.update(FOLLOW_UP)
                    .set(FOLLOW_UP.STATUS, "CLOSED")
                    .set(FOLLOW_UP.CLOSED_BY_ITEM_ID, closingItemId)
                    .set(FOLLOW_UP.CLOSED_NOTE, cleanNote)
                    .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                    .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version)).and(FOLLOW_UP.STATUS.eq("OPEN")))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
        } catch (RuntimeException e) {
            throw refusal(e, "followUp.error.closingBeforeDecision", "followUp.error.noSuchParagraph");
        }
    }

    /**
     * Reopens a closed follow-up: status OPEN, closing paragraph and note cleared (the database requires a closed one to
     * name its closing paragraph and an open one not to). Optimistic: a follow-up changed meanwhile is refused.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void reopen(long followUpId, int version) {
        try {
            int rows = db.update(FOLLOW_UP)
                    .set(FOLLOW_UP.STATUS, "OPEN")
                    .setNull(FOLLOW_UP.CLOSED_BY_ITEM_ID)
                    .setNull(FOLLOW_UP.CLOSED_NOTE)
                    .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                    .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version)).and(FOLLOW_UP.STATUS.eq("CLOSED")))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
        } catch (UserFacingException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseErrors.is(e, DatabaseErrors.RAISED_BY_TRIGGER)) {
                throw new UserFacingException("followUp.error.locked");
            }
            throw e;
        }
    }

    /**
     * Changes when an open follow-up is due (a date, or a meeting, or neither) and who answers for it. Only open
     * follow-ups; a due meeting before the deciding one is refused in Swedish; optimistic locking as everywhere.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void reschedule(long followUpId, int version, LocalDate dueDate, Long dueMeetingId, Long responsiblePersonId) {
        if (dueDate != null && dueMeetingId != null) {
            throw new UserFacingException("followUp.error.oneDue");
        }
        try {
            int rows = db.update(FOLLOW_UP)
                    .set(FOLLOW_UP.DUE_DATE, dueDate)
                    .set(FOLLOW_UP.DUE_MEETING_ID, dueMeetingId)
                    .set(FOLLOW_UP.RESPONSIBLE_PERSON_ID, responsiblePersonId)
                    .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                    .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version)).and(FOLLOW_UP.STATUS.eq("OPEN")))
                    .execute();
            ConcurrentEditException.requireUpdated(rows);
        } catch (RuntimeException e) {
            throw refusal(e, "followUp.error.dueBeforeDecision", "followUp.error.noSuchTarget");
        }
    }

    /** An open follow-up's current schedule, for the "Ändra" dialog. */
    public record Schedule(LocalDate dueDate, Long dueMeetingId, Long responsiblePersonId) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Schedule schedule(long followUpId) {
        return db.select(FOLLOW_UP.DUE_DATE, FOLLOW_UP.DUE_MEETING_ID, FOLLOW_UP.RESPONSIBLE_PERSON_ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.ID.eq(followUpId))
                .fetchOptional(r -> new Schedule(r.value1(), r.value2(), r.value3()))
                .orElseThrow(() -> new UserFacingException("error.concurrentEdit"));
    }

    /** Everyone who can answer for a follow-up (all people), by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PersonOption> people() {
        return db.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON).orderBy(PERSON.FULL_NAME, PERSON.ID)
                .fetch(r -> new PersonOption(r.value1(), r.value2()));
    }

    /** Meetings to pick the closing paragraph from, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingOption> meetings() {
        return db.select(MEETING.ID, BODY.NAME, MEETING.MEETING_DATE).from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .orderBy(MEETING.MEETING_DATE.desc(), BODY.NAME)
                .fetch(r -> new MeetingOption(r.value1(), r.value2(), r.value3()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ItemOption> items(long meetingId) {
        return db.select(AGENDA_ITEM.ID, AGENDA_ITEM.NUMBER, AGENDA_ITEM.TITLE).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER)
                .fetch(r -> new ItemOption(r.value1(), r.value2(), r.value3()));
    }

    /** Everyone who answers for some follow-up. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PersonOption> responsiblePeople() {
        return db.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON)
                .where(PERSON.ID.in(selectDistinct(FOLLOW_UP.RESPONSIBLE_PERSON_ID).from(FOLLOW_UP)))
                .orderBy(PERSON.FULL_NAME)
                .fetch(r -> new PersonOption(r.value1(), r.value2()));
    }

    /** The database's refusals of a follow-up change as Swedish messages: a date rule, a missing target, a lock. */
    private static RuntimeException refusal(RuntimeException e, String checkKey, String foreignKeyKey) {
        if (e instanceof UserFacingException) {
            return e;
        }
        if (DatabaseErrors.is(e, DatabaseErrors.CHECK_VIOLATION)) {
            return new UserFacingException(checkKey);
        }
        if (DatabaseErrors.is(e, DatabaseErrors.FOREIGN_KEY_VIOLATION)) {
            return new UserFacingException(foreignKeyKey);
        }
        if (DatabaseErrors.is(e, DatabaseErrors.RAISED_BY_TRIGGER)) {
            return new UserFacingException("followUp.error.locked");
        }
        return e;
    }
}
