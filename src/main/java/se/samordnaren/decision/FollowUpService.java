package se.samordnaren.decision;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.common.Texts;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.AgendaItem;
import se.samordnaren.db.tables.Body;
import se.samordnaren.db.tables.FollowUp;
import se.samordnaren.db.tables.Meeting;
import se.samordnaren.meeting.Choice;
import se.samordnaren.meeting.ConditionDraft;
import se.samordnaren.meeting.MinutesFollowUps;
import se.samordnaren.meeting.ParagraphRefs;
import se.samordnaren.security.Roles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectDistinct;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.FOLLOW_UP;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.PERSON;

/**
 * Follow-ups (villkor, återrapportering) set by decisions: who answers for them, when they are due, which later §
 * closed them. The one writer of the follow-up table: the minutes add, change and remove them through
 * {@link MinutesFollowUps} while they are not approved; the follow-up list closes, reopens and reschedules them.
 * Database refusals become Swedish messages through {@link DecisionRefusals}.
 */
@Service
public class FollowUpService implements MinutesFollowUps {

    public enum Show { OPEN, CLOSED, ALL }

    /**
     * Which follow-ups a list shows: open, closed or all; those one person answers for (null: anyone); and, with
     * {@code dueBy}, only those overdue or due on or before that day (the board's "due by the next meeting").
     */
    public record Filter(Show show, Long responsiblePersonId, LocalDate dueBy) {
        public Filter(Show show, Long responsiblePersonId) {
            this(show, responsiblePersonId, null);
        }
    }

    /** One follow-up: where it was decided and, once closed, by which later §. */
    public record Row(long id, int version, String description, FollowUpStatus status, boolean overdue, LocalDate dueOn,
                      String responsible, ParagraphRef decidedAt, ParagraphRef closedBy, String closedNote) {
        public boolean open() {
            return status == FollowUpStatus.OPEN;
        }
    }

    /** A paragraph of a meeting, to close a follow-up with: "§ 5 Title". */
    public record ItemOption(long id, int number, String title) {
        public String label() {
            return "§ " + number + " " + title;
        }
    }

    /** An open follow-up's current schedule, for the "Ändra" dialog. */
    public record Schedule(LocalDate dueDate, Long dueMeetingId, Long responsiblePersonId) {
    }

    private final DSLContext db;

    FollowUpService(DSLContext db) {
        this.db = db;
    }

    // ---------------------------------------------------------------- reads

    /** Every follow-up of the filter (at most {@link PageRequest#MAX_LIMIT}), in the list's order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> list(Filter filter) {
        return page(filter, PageRequest.first(PageRequest.MAX_LIMIT));
    }

    /** One page, overdue ones first, then by due date. One query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> page(Filter filter, PageRequest page) {
        return db.fetch(select(filter, dueBy(filter), page, false)).map(FollowUpService::row);
    }

    private static Row row(org.jooq.Record r) {
        return new Row(r.get(0, Long.class), r.get(1, Integer.class), r.get(2, String.class),
                r.get(3, FollowUpStatus.class), r.get(4, Boolean.class), r.get(5, LocalDate.class),
                r.get(6, String.class), r.get(7, ParagraphRef.class), r.get(8, ParagraphRef.class), r.get(9, String.class));
    }

    /**
     * The head of a list: how many follow-ups it has, how many of them are overdue, and its first rows in the list's
     * order (the start page's and the dashboard's regions; the follow-up list pages through the rest).
     */
    public record First(int count, int overdue, List<Row> rows) {
    }

    /** What needs attention on the start page: the open follow-ups counted, the first of them, the latest decisions. */
    public record Attention(int open, int overdue, List<Row> firstOpen, List<DecisionRegisterService.Row> latestDecisions) {
    }

    /**
     * The start page's follow-ups and latest decisions in ONE statement: the first {@code followUps} open follow-ups
     * (the order of {@link #page}, at least one) with the count of all open and overdue ones, and the
     * {@code decisions} newest decisions taken ({@link DecisionRegisterService#latestTaken}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Attention attention(int followUps, int decisions) {
        return db.select(firstField(new Filter(Show.OPEN, null), null, followUps), DecisionRegisterService.latestTakenField(decisions))
                .fetchSingle(r -> new Attention(r.value1().count(), r.value1().overdue(), r.value1().rows(), r.value2()));
    }

    /**
     * The open follow-ups overdue or due on or before {@code dueBy} (a value of the caller's statement, such as the
     * next meeting's date): how many, how many of them overdue, and the first {@code limit} (at least one) in the
     * list's order — as a nested field, for a page read in one statement (the board's dashboard). Builds no query of
     * its own; the caller's service method checks the role. All of them: {@link #list} with {@link Filter#dueBy}.
     */
    public static Field<First> dueField(Field<LocalDate> dueBy, int limit) {
        return firstField(new Filter(Show.OPEN, null), dueBy, limit);
    }

    private static Field<First> firstField(Filter filter, Field<LocalDate> dueBy, int limit) {
        return DSL.multiset(select(filter, dueBy, PageRequest.first(Math.max(1, limit)), true))
                .convertFrom(r -> r.isEmpty() ? new First(0, 0, List.of())
                        : new First(r.getFirst().get(10, Integer.class), r.getFirst().get(11, Integer.class),
                                r.map(FollowUpService::row)));
    }

    private static Field<LocalDate> dueBy(Filter filter) {
        return filter == null || filter.dueBy() == null ? null : DSL.val(filter.dueBy());
    }

    /**
     * The one read of follow-ups, in the list's order: overdue first, then by the day they are due (none last), then
     * the latest decision first. In two steps, so that the open list costs the same however many follow-ups were closed
     * over the years:
     * <ol>
     *     <li>every follow-up of the filter is ordered by what follow_up and its due meeting hold (overdue by the
     *     schema's rule follow_up_overdue, the day it is due) and counted, and those up to the page's end kept, ties
     *     included — for the open ones an index-only scan of follow_up_open_list_idx (046), which holds the open ones
     *     only;</li>
     *     <li>only the kept ones are read, each by its id, with their decision, its §, the responsible person and, unless
     *     the list is of open ones, the closing §; the decision's date breaks the ties.</li>
     * </ol>
     * The first step keeps every row of the page: those before its end in the final order come before it, or tie
     * with it, in the coarser order of the first step. With {@code counts}, every row also carries the number of
     * follow-ups of the filter and of the overdue among them.
     */
    private static Select<?> select(Filter filter, Field<LocalDate> dueBy, PageRequest page, boolean counts) {
        FollowUp ranked = FOLLOW_UP.as("ranked");
        DueMeeting due = DueMeeting.of(ranked);
        Field<Boolean> overdue = DSL.field(due.overdue());
        Table<?> order = DSL.select(ranked.ID.as("id"), overdue.as("overdue"), due.dueOn().as("due_on"),
                        DSL.count().over().as("total"), DSL.count().filterWhere(due.overdue()).over().as("overdue_total"))
                .from(ranked).leftJoin(due.table()).on(DSL.trueCondition())
                .where(matching(due, filter, dueBy))
                .orderBy(overdue.desc().nullsLast(), ranked.STATUS.desc(), due.dueOn().asc().nullsLast())
                .limit(page.offset() + page.limit()).withTies()
                .asTable("follow_up_order");
        Field<Boolean> orderOverdue = order.field("overdue", Boolean.class);
        Field<LocalDate> orderDueOn = order.field("due_on", LocalDate.class);

        // Each kept follow-up by its id: a lateral read, so that the planner looks the few up rather than read the
        // whole table, however small it still is.
        var f = FOLLOW_UP;
        Table<?> shown = DSL.lateral(DSL.select(f.ID, f.VERSION, f.DESCRIPTION, f.STATUS, f.DECISION_ID,
                                f.RESPONSIBLE_PERSON_ID, f.CLOSED_BY_ITEM_ID, f.CLOSED_NOTE)
                        .from(f).where(f.ID.eq(order.field("id", Long.class))).limit(1))
                .as("shown");
        AgendaItem decidedItem = AGENDA_ITEM.as("decided_item");
        Meeting decidedMeeting = MEETING.as("decided_meeting");
        Body decidedBody = BODY.as("decided_body");
        AgendaItem closingItem = AGENDA_ITEM.as("closing_item");
        Meeting closingMeeting = MEETING.as("closing_meeting");
        Body closingBody = BODY.as("closing_body");
        // An open follow-up has no closing § (check follow_up_closed_by_item): the open list (the start page, the
        // dashboard, the follow-up list's default) joins no closing place, three joins fewer to plan and run.
        boolean openOnly = filter == null || filter.show() == null || filter.show() == Show.OPEN;
        org.jooq.SelectField<ParagraphRef> closedBy = openOnly
                ? DSL.row(DSL.inline(null, SQLDataType.BIGINT), DSL.inline(null, SQLDataType.VARCHAR),
                        DSL.inline(null, SQLDataType.VARCHAR), DSL.inline(null, SQLDataType.LOCALDATE),
                        DSL.inline(null, SQLDataType.INTEGER)).mapping((a, b, c, d, e) -> (ParagraphRef) null)
                : ParagraphRefs.optional(closingMeeting, closingBody, closingItem);
        org.jooq.SelectJoinStep<?> from = DSL.select(shown.field(f.ID), shown.field(f.VERSION), shown.field(f.DESCRIPTION),
                        shown.field(f.STATUS), DSL.coalesce(orderOverdue, false), orderDueOn, PERSON.FULL_NAME,
                        ParagraphRefs.of(decidedMeeting, decidedBody, decidedItem), closedBy, shown.field(f.CLOSED_NOTE))
                .select(counts ? List.of(order.field("total", Integer.class), order.field("overdue_total", Integer.class)) : List.of())
                .from(order)
                .join(shown).on(DSL.trueCondition())
                .join(DECISION).on(DECISION.ID.eq(shown.field(f.DECISION_ID)))
                .join(decidedItem).on(decidedItem.ID.eq(DECISION.ITEM_ID))
                .join(decidedMeeting).on(decidedMeeting.ID.eq(decidedItem.MEETING_ID))
                .join(decidedBody).on(decidedBody.ID.eq(decidedMeeting.BODY_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(shown.field(f.RESPONSIBLE_PERSON_ID)));
        if (!openOnly) {
            from = from.leftJoin(closingItem).on(closingItem.ID.eq(shown.field(f.CLOSED_BY_ITEM_ID)))
                    .leftJoin(closingMeeting).on(closingMeeting.ID.eq(closingItem.MEETING_ID))
                    .leftJoin(closingBody).on(closingBody.ID.eq(closingMeeting.BODY_ID));
        }
        return Paging.page(from.orderBy(Paging.order(page, Map.of(), orderOverdue.desc().nullsLast(), shown.field(f.STATUS).desc(),
                orderDueOn.asc().nullsLast(), decidedMeeting.MEETING_DATE.desc(), shown.field(f.ID))), page);
    }

    /**
     * A follow-up's due meeting, looked up for each follow-up (a lateral read: most have none, and reading the open ones
     * must not read every meeting of the history), with the schema's rule for overdue (044: open, and due before today
     * or at a meeting that has been held) and the day it is due.
     */
    private record DueMeeting(FollowUp followUp, Table<?> table, Field<?> status, Field<LocalDate> date) {

        static DueMeeting of(FollowUp f) {
            Table<?> meeting = DSL.lateral(DSL.select(MEETING.STATUS, MEETING.MEETING_DATE).from(MEETING)
                    .where(MEETING.ID.eq(f.DUE_MEETING_ID)).limit(1)).as("due_meeting");
            return new DueMeeting(f, meeting, meeting.field(MEETING.STATUS), meeting.field(MEETING.MEETING_DATE));
        }

        Condition overdue() {
            return DSL.condition("follow_up_overdue({0}, {1}, {2}, {3})", followUp.STATUS, followUp.DUE_DATE, status, date);
        }

        Field<LocalDate> dueOn() {
            return DSL.coalesce(followUp.DUE_DATE, date);
        }
    }

    /** The follow-ups of a filter (on the follow-up left-joined to its due meeting); dueBy: overdue or due by that day. */
    private static Condition matching(DueMeeting due, Filter filter, Field<LocalDate> dueBy) {
        FollowUp f = due.followUp();
        Show show = filter == null || filter.show() == null ? Show.OPEN : filter.show();
        Condition condition = switch (show) {
            case OPEN -> f.STATUS.eq(FollowUpStatus.OPEN);
            case CLOSED -> f.STATUS.eq(FollowUpStatus.CLOSED);
            case ALL -> noCondition();
        };
        if (filter != null && filter.responsiblePersonId() != null) {
            condition = condition.and(f.RESPONSIBLE_PERSON_ID.eq(filter.responsiblePersonId()));
        }
        if (dueBy != null) {
            condition = condition.and(due.overdue().or(due.dueOn().le(dueBy)));
        }
        return condition;
    }

    /** How many follow-ups the filter has (the follow-up list's size): the open ones from the open ones' index. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(Filter filter) {
        DueMeeting due = DueMeeting.of(FOLLOW_UP);
        Field<LocalDate> dueBy = dueBy(filter);
        return db.fetchCount(dueBy == null ? FOLLOW_UP : FOLLOW_UP.leftJoin(due.table()).on(DSL.trueCondition()),
                matching(due, filter, dueBy));
    }

    /** How many follow-ups are open and how many of them overdue. */
    public record OpenCounts(int open, int overdue) {
    }

    /** The open follow-ups counted, and the overdue among them, in one statement (no rows are read into memory). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public OpenCounts openCounts() {
        DueMeeting due = DueMeeting.of(FOLLOW_UP);
        return db.select(DSL.count(), DSL.count().filterWhere(due.overdue()))
                .from(FOLLOW_UP).leftJoin(due.table()).on(DSL.trueCondition())
                .where(matching(due, new Filter(Show.OPEN, null), null))
                .fetchSingle(r -> new OpenCounts(r.value1(), r.value2()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Schedule schedule(long followUpId) {
        return db.select(FOLLOW_UP.DUE_DATE, FOLLOW_UP.DUE_MEETING_ID, FOLLOW_UP.RESPONSIBLE_PERSON_ID).from(FOLLOW_UP)
                .where(FOLLOW_UP.ID.eq(followUpId))
                .fetchOptional(r -> new Schedule(r.value1(), r.value2(), r.value3()))
                .orElseThrow(ConcurrentEditException::new);
    }

    /** The paragraphs of one meeting (a few dozen at most), to pick the one that closed a follow-up. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ItemOption> items(long meetingId) {
        return db.select(AGENDA_ITEM.ID, AGENDA_ITEM.NUMBER, AGENDA_ITEM.TITLE).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER)
                .fetch(r -> new ItemOption(r.value1(), r.value2(), r.value3()));
    }

    /** One page of the people who answer for some follow-up, by name, filtered on the typed text. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Choice> responsiblePeople(String filter, PageRequest page) {
        Condition where = PERSON.ID.in(selectDistinct(FOLLOW_UP.RESPONSIBLE_PERSON_ID).from(FOLLOW_UP));
        if (filter != null && !filter.isBlank()) {
            where = where.and(PERSON.FULL_NAME.containsIgnoreCase(filter.strip()));
        }
        return Paging.page(db.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON).where(where)
                        .orderBy(Paging.order(page, Map.of(), PERSON.FULL_NAME, PERSON.ID)), page)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    // ---------------------------------------------------------------- writes from the minutes

    /** A follow-up set by a decision of minutes not yet approved: added (id null) or changed. */
    @Override
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void save(ConditionDraft c) {
        requireOpenMinutes(c.decisionId());
        String description = Texts.requireMaxLength(Texts.blankToNull(c.description()), Texts.LONG, "meeting.followUp.description");
        if (description == null) {
            throw new UserFacingException("followUp.error.descriptionRequired");
        }
        if (c.dueDate() != null && c.dueMeetingId() != null) {
            throw new UserFacingException("followUp.error.oneDue");
        }
        Map<Field<?>, Object> row = new HashMap<>();
        row.put(FOLLOW_UP.DESCRIPTION, description);
        row.put(FOLLOW_UP.RESPONSIBLE_PERSON_ID, c.responsiblePersonId());
        row.put(FOLLOW_UP.DUE_DATE, c.dueDate());
        row.put(FOLLOW_UP.DUE_MEETING_ID, c.dueMeetingId());
        if (c.id() == null) {
            db.insertInto(FOLLOW_UP).set(row).set(FOLLOW_UP.DECISION_ID, c.decisionId()).execute();
            return;
        }
        ConcurrentEditException.requireUpdated(db.update(FOLLOW_UP).set(row)
                .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(c.id()).and(FOLLOW_UP.VERSION.eq(c.version())))
                .execute());
    }

    /** Removes a follow-up of minutes not yet approved. */
    @Override
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void remove(long followUpId, int version) {
        Long decisionId = db.select(FOLLOW_UP.DECISION_ID).from(FOLLOW_UP).where(FOLLOW_UP.ID.eq(followUpId))
                .fetchOne(FOLLOW_UP.DECISION_ID);
        if (decisionId == null) {
            throw new ConcurrentEditException();
        }
        requireOpenMinutes(decisionId);
        ConcurrentEditException.requireUpdated(db.deleteFrom(FOLLOW_UP)
                .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version))).execute());
    }

    /** What was decided stays once the minutes are approved (the database's lock is the last line). */
    private void requireOpenMinutes(long decisionId) {
        Boolean approved = db.select(MEETING.APPROVED_AT.isNotNull()).from(DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(DECISION.ID.eq(decisionId)).fetchOne(0, Boolean.class);
        if (approved == null) {
            throw new ConcurrentEditException();
        }
        if (approved) {
            throw new UserFacingException("followUp.error.locked");
        }
    }

    // ---------------------------------------------------------------- writes from the follow-up list

    /**
     * Closes a follow-up with the later paragraph that dealt with it. The database refuses a paragraph from before the
     * deciding meeting; a follow-up someone else changed meanwhile is refused too (optimistic locking).
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void close(long followUpId, int version, long closingItemId, String note) {
        ConcurrentEditException.requireUpdated(db.update(FOLLOW_UP)
                .set(FOLLOW_UP.STATUS, FollowUpStatus.CLOSED)
                .set(FOLLOW_UP.CLOSED_BY_ITEM_ID, closingItemId)
                .set(FOLLOW_UP.CLOSED_NOTE, Texts.requireMaxLength(Texts.blankToNull(note), Texts.LONG, "followUp.close.note"))
                .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version)).and(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN)))
                .execute());
    }

    /**
     * Reopens a closed follow-up: status OPEN, closing paragraph and note cleared (the database requires a closed one to
     * name its closing paragraph and an open one not to). Optimistic: a follow-up changed meanwhile is refused.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public void reopen(long followUpId, int version) {
        ConcurrentEditException.requireUpdated(db.update(FOLLOW_UP)
                .set(FOLLOW_UP.STATUS, FollowUpStatus.OPEN)
                .setNull(FOLLOW_UP.CLOSED_BY_ITEM_ID)
                .setNull(FOLLOW_UP.CLOSED_NOTE)
                .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version)).and(FOLLOW_UP.STATUS.eq(FollowUpStatus.CLOSED)))
                .execute());
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
        ConcurrentEditException.requireUpdated(db.update(FOLLOW_UP)
                .set(FOLLOW_UP.DUE_DATE, dueDate)
                .set(FOLLOW_UP.DUE_MEETING_ID, dueMeetingId)
                .set(FOLLOW_UP.RESPONSIBLE_PERSON_ID, responsiblePersonId)
                .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                .where(FOLLOW_UP.ID.eq(followUpId).and(FOLLOW_UP.VERSION.eq(version)).and(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN)))
                .execute());
    }
}
