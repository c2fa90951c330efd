package se.samordnaren.meeting;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.SelectJoinStep;
import org.jooq.SelectField;
import org.jooq.conf.NestedCollectionEmulation;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.db.tables.AgendaItem;
import se.samordnaren.db.tables.Body;
import se.samordnaren.db.tables.Decision;
import se.samordnaren.db.tables.LinkableRecordLabelOf;
import se.samordnaren.db.tables.Meeting;
import se.samordnaren.db.tables.Person;
import se.samordnaren.people.BodyService;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.*;

/**
 * The reads of the meetings feature. The whole minutes of one meeting are ONE statement: header, attendance and
 * every § with decision, clauses, links, references and follow-ups nested with multiset. Lists and pickers page in SQL.
 * Names the minutes show from other tables are read {@link AsApproved}: as approved for approved minutes, live for
 * drafts. Links, follow-ups and the meetings list are navigation to live records and show today's names.
 */
@Component
class MinutesQueries {

    /** Sortable columns of the meetings list, by the grid's sort property. */
    private static final Map<String, Field<?>> MEETING_SORT = Map.of("date", MEETING.MEETING_DATE, "body", BODY.NAME);

    private final DSLContext db;
    /**
     * For the nested detail read: multisets as json rather than jOOQ's default jsonb for PostgreSQL, which converts
     * every nested row to jsonb first (a fifth of the meeting view's execution time on big15, docs/performance.md).
     */
    private final DSLContext nested;

    MinutesQueries(DSLContext db) {
        this.db = db;
        this.nested = db.configuration()
                .deriveSettings(s -> s.withEmulateMultiset(NestedCollectionEmulation.JSON)).dsl();
    }

    List<MeetingSummary> page(MeetingFilter filter, PageRequest page) {
        return Paging.page(summaries().where(conditions(filter))
                        .orderBy(Paging.order(page, MEETING_SORT, MEETING.MEETING_DATE.desc(), BODY.NAME, MEETING.ID)), page)
                .fetch(Records.mapping(MeetingSummary::new));
    }

    private SelectJoinStep<Record10<Long, Long, String, LocalDate, LocalTime, LocalTime, String, Boolean, MeetingStatus, Integer>> summaries() {
        return db.select(MEETING.ID, MEETING.BODY_ID, BODY.NAME, MEETING.MEETING_DATE, MEETING.START_TIME,
                        MEETING.END_TIME, MEETING.LOCATION, MEETING.IS_DIGITAL, MEETING.STATUS,
                        DSL.field(DSL.selectCount().from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID))))
                .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID));
    }

    /**
     * The start page's figures in one statement: the next meeting as {@link #nextPlanned} finds it (the earliest
     * planned one from today on, else the latest planned one) and how many held meetings wait for approval.
     */
    MeetingService.StartFigures startFigures(LocalDate today) {
        Condition ahead = MEETING.MEETING_DATE.ge(today);
        Field<List<MeetingSummary>> next = multiset(summaries()
                .where(MEETING.STATUS.eq(MeetingStatus.PLANNED))
                .orderBy(DSL.when(ahead, 0).else_(1), DSL.when(ahead, MEETING.MEETING_DATE).asc().nullsLast(),
                        MEETING.MEETING_DATE.desc(), BODY.NAME, MEETING.ID)
                .limit(1))
                .convertFrom(r -> r.map(Records.mapping(MeetingSummary::new)));
        Field<Integer> held = DSL.field(DSL.selectCount().from(MEETING).where(MEETING.STATUS.eq(MeetingStatus.HELD)));
        return db.select(next, held)
                .fetchSingle(r -> new MeetingService.StartFigures(r.value1().stream().findFirst(), r.value2()));
    }

    /** The first planned meeting on or after the day, else the latest planned one before it. */
    Optional<MeetingSummary> nextPlanned(LocalDate today) {
        MeetingFilter planned = new MeetingFilter(null, null, MeetingStatus.PLANNED);
        PageRequest first = new PageRequest(0, 1, List.of(new PageRequest.Sort("date", false)));
        return page(new MeetingFilter(null, null, MeetingStatus.PLANNED, today), first).stream().findFirst()
                .or(() -> page(planned, new PageRequest(0, 1, List.of(new PageRequest.Sort("date", true)))).stream().findFirst());
    }

    /**
     * The list as it opens, in one statement: bodies (in {@link BodyService#typeOrder}), years, the count (of meeting
     * alone: every meeting has its body) and the first page in the list's default order.
     */
    MeetingService.ListStart listStart(PageRequest firstPage) {
        Field<List<Choice>> bodies = multiset(select(BODY.ID, BODY.NAME).from(BODY).orderBy(BodyService.typeOrder(), BODY.NAME))
                .convertFrom(r -> r.map(Records.mapping(Choice::new)));
        Field<List<Integer>> years = multiset(select(MEETING_YEAR.YEAR).from(MEETING_YEAR).orderBy(MEETING_YEAR.YEAR.desc()))
                .convertFrom(r -> r.map(org.jooq.Record1::value1));
        Field<Integer> count = DSL.field(DSL.selectCount().from(MEETING));
        Field<List<MeetingSummary>> rows = multiset(Paging.page(summaries()
                        .orderBy(Paging.order(firstPage, MEETING_SORT, MEETING.MEETING_DATE.desc(), BODY.NAME, MEETING.ID)), firstPage))
                .convertFrom(r -> r.map(Records.mapping(MeetingSummary::new)));
        return nested.select(bodies, years, count, rows)
                .fetchSingle(r -> new MeetingService.ListStart(r.value1(), r.value2(), r.value3(), firstPage, r.value4()));
    }

    int count(MeetingFilter filter) {
        return db.fetchCount(MEETING.join(BODY).on(BODY.ID.eq(MEETING.BODY_ID)), conditions(filter));
    }

    private static Condition conditions(MeetingFilter filter) {
        Condition where = DSL.noCondition();
        if (filter == null) {
            return where;
        }
        if (filter.bodyId() != null) {
            where = where.and(MEETING.BODY_ID.eq(filter.bodyId()));
        }
        if (filter.year() != null) {
            where = where.and(MEETING.MEETING_DATE.between(LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.status() != null) {
            where = where.and(MEETING.STATUS.eq(filter.status()));
        }
        if (filter.from() != null) {
            where = where.and(MEETING.MEETING_DATE.ge(filter.from()));
        }
        return where;
    }

    /** The years that have meetings, newest first (view meeting_year: one index probe per year). */
    List<Integer> years() {
        return db.select(MEETING_YEAR.YEAR).from(MEETING_YEAR).orderBy(MEETING_YEAR.YEAR.desc()).fetch(MEETING_YEAR.YEAR);
    }

    Optional<Minutes> load(long meetingId) {
        return nested.select(header(), attendees(), paragraphs(), referredBy(), signatures())
                .from(MEETING)
                .join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(MEETING.APPROVED_BY))
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(Records.mapping(Minutes::new));
    }

    /**
     * One page of meetings to pick ("Styrelsen 2021-03-19"), from a date on (or all), oldest first; every word of the
     * filter must occur in the label, any case.
     */
    List<Choice> meetingChoices(String filter, LocalDate from, PageRequest page) {
        Condition where = words(MEETING_LINK_LABEL.LABEL, filter);
        if (from != null) {
            where = where.and(MEETING.MEETING_DATE.ge(from));
        }
        return Paging.page(db.select(MEETING.ID, MEETING_LINK_LABEL.LABEL).from(MEETING)
                        .join(MEETING_LINK_LABEL).on(MEETING_LINK_LABEL.TARGET_ID.eq(MEETING.ID))
                        .where(where)
                        .orderBy(Paging.order(page, Map.of(), MEETING.MEETING_DATE, MEETING_LINK_LABEL.LABEL, MEETING.ID)), page)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    Choice meetingChoice(long meetingId) {
        return db.select(MEETING_LINK_LABEL.TARGET_ID, MEETING_LINK_LABEL.LABEL).from(MEETING_LINK_LABEL)
                .where(MEETING_LINK_LABEL.TARGET_ID.eq(meetingId))
                .fetchOne(r -> new Choice(r.value1(), r.value2()));
    }

    List<DecisionRef> decisionsTouching(long recordId) {
        return db.select(ParagraphRefs.of(MEETING, BODY, AGENDA_ITEM), DECISION.OUTCOME, AGENDA_ITEM.TITLE)
                .from(DECISION_LINK)
                .join(DECISION).on(DECISION.ID.eq(DECISION_LINK.DECISION_ID))
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(DECISION_LINK.RECORD_ID.eq(recordId))
                .orderBy(MEETING.MEETING_DATE, AGENDA_ITEM.NUMBER)
                .fetch(Records.mapping(DecisionRef::new));
    }

    List<LinkedRecord> recordsTouchedBy(long meetingId) {
        return db.select(DECISION_LINK_TARGET.LINK_ID, DECISION_LINK_TARGET.DECISION_ID, AGENDA_ITEM.NUMBER,
                        DECISION_LINK_TARGET.RECORD_ID, DECISION_LINK_TARGET.KIND, DECISION_LINK_TARGET.LABEL,
                        DECISION_LINK_TARGET.TARGET_ID, DECISION_LINK_TARGET.NOTE)
                .from(DECISION_LINK_TARGET)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION_LINK_TARGET.ITEM_ID))
                .where(DECISION_LINK_TARGET.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.NUMBER, DECISION_LINK_TARGET.LABEL)
                .fetch(Records.mapping(LinkedRecord::new));
    }

    /**
     * One page of the decisions of other meetings to pick as "answers proposal" / "corrects": label
     * "Styrelsen 2021-03-19 § 5 Title", newest first. Each word of the filter must occur in the label (any case).
     */
    List<Choice> decisionChoices(long exceptMeetingId, boolean proposalsOnly, String filter, PageRequest page) {
        Condition where = AGENDA_ITEM.MEETING_ID.ne(exceptMeetingId).and(words(decisionLabel(), filter));
        if (proposalsOnly) {
            where = where.and(DECISION.OUTCOME.eq(DecisionOutcome.PROPOSAL));
        }
        return Paging.page(db.select(DECISION.ID, decisionLabel())
                        .from(DECISION)
                        .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                        .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                        .join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                        .where(where)
                        .orderBy(Paging.order(page, Map.of(), MEETING.MEETING_DATE.desc(), BODY.NAME, AGENDA_ITEM.NUMBER,
                                DECISION.ID)), page)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** The choice for one decision (to show the value a dialog opens with), or null. */
    Choice decisionChoice(long decisionId) {
        return db.select(DECISION.ID, decisionLabel())
                .from(DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(DECISION.ID.eq(decisionId))
                .fetchOne(r -> new Choice(r.value1(), r.value2()));
    }

    /** The kinds of record a decision can link to (codes; the view translates them). */
    List<String> linkKinds() {
        return db.select(LINKABLE_KIND.CODE).from(LINKABLE_KIND).where(LINKABLE_KIND.LABEL_VIEW.isNotNull())
                .orderBy(LINKABLE_KIND.CODE).fetch(LINKABLE_KIND.CODE);
    }

    /**
     * One page of linkable records whose label contains every word of the text (any kind when {@code kind} is null);
     * searches the union of the label views (linkable_record_label computes labels per record, for joins by id).
     */
    List<LinkableOption> searchLinkable(String text, String kind, PageRequest page) {
        Condition where = words(LINKABLE_RECORD_LABEL_ALL.LABEL, text);
        if (kind != null) {
            where = where.and(LINKABLE_RECORD_LABEL_ALL.KIND.eq(kind));
        }
        return Paging.page(db.select(LINKABLE_RECORD_LABEL_ALL.RECORD_ID, LINKABLE_RECORD_LABEL_ALL.KIND, LINKABLE_RECORD_LABEL_ALL.LABEL)
                        .from(LINKABLE_RECORD_LABEL_ALL)
                        .where(where)
                        .orderBy(Paging.order(page, Map.of(), LINKABLE_RECORD_LABEL_ALL.KIND, LINKABLE_RECORD_LABEL_ALL.LABEL,
                                LINKABLE_RECORD_LABEL_ALL.RECORD_ID)), page)
                .fetch(Records.mapping(LinkableOption::new));
    }

    /** Every word of the filter occurs in the label, any case; LIKE wildcards are taken literally. */
    private static Condition words(Field<String> label, String filter) {
        Condition where = DSL.noCondition();
        for (String word : filter == null ? new String[0] : filter.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                where = where.and(label.containsIgnoreCase(word));
            }
        }
        return where;
    }

    /** "Styrelsen 2021-03-19 § 5 Title", built in SQL so the picker can filter on it. */
    private static Field<String> decisionLabel() {
        return DSL.concat(BODY.NAME, DSL.inline(" "), MEETING.MEETING_DATE.cast(String.class), DSL.inline(" § "),
                AGENDA_ITEM.NUMBER.cast(String.class), DSL.inline(" "), AGENDA_ITEM.TITLE);
    }

    private static SelectField<Minutes.Header> header() {
        return DSL.row(MEETING.ID, MEETING.BODY_ID, AsApproved.bodyName(MEETING, BODY), AsApproved.decisionVerb(MEETING, BODY),
                AsApproved.paragraphPrefix(MEETING, BODY),
                MEETING.MEETING_DATE, MEETING.START_TIME, MEETING.END_TIME, MEETING.LOCATION, MEETING.IS_DIGITAL,
                MEETING.STATUS, MEETING.APPROVAL_DATE, MEETING.APPROVAL_PLACE, MEETING.APPROVED_AT,
                AsApproved.shown(MEETING, MEETING.APPROVER_NAME_AS_APPROVED, APP_USER.FULL_NAME),
                MEETING.NOTICE_POSTED_ON, MEETING.NOTICE_REMOVED_ON, MEETING.NOTICE_APPEAL_ENDS_ON,
                MEETING.MINUTES_STORAGE_PLACE, MEETING.VERSION, MEETING.IMPORTED_AT, MEETING.IMPORTED_FROM_ATTACHMENT_ID,
                DSL.field(DSL.select(ATTACHMENT.FILE_NAME).from(ATTACHMENT).where(ATTACHMENT.ID.eq(MEETING.IMPORTED_FROM_ATTACHMENT_ID))))
                .mapping(Minutes.Header.class, MinutesQueries::header);
    }

    /** More columns than jOOQ's typed rows hold (22): the header from the row's values, in the order selected. */
    private static Minutes.Header header(Object[] v) {
        int i = 0;
        return new Minutes.Header((Long) v[i++], (Long) v[i++], (String) v[i++], (String) v[i++], (String) v[i++],
                (java.time.LocalDate) v[i++], (java.time.LocalTime) v[i++], (java.time.LocalTime) v[i++], (String) v[i++],
                (Boolean) v[i++], (MeetingStatus) v[i++], (java.time.LocalDate) v[i++], (String) v[i++],
                (java.time.OffsetDateTime) v[i++], (String) v[i++], (java.time.LocalDate) v[i++],
                (java.time.LocalDate) v[i++], (java.time.LocalDate) v[i++], (String) v[i++], (Integer) v[i++],
                (java.time.OffsetDateTime) v[i++], (Long) v[i++], (String) v[i]);
    }

    /** Decisions of other meetings that link to this meeting's record, oldest first. */
    private static Field<List<Minutes.Referral>> referredBy() {
        Meeting m = MEETING.as("referring_meeting");
        Body b = BODY.as("referring_body");
        AgendaItem i = AGENDA_ITEM.as("referring_item");
        return multiset(select(ParagraphRefs.of(m, b, i), i.TITLE, DECISION_LINK.NOTE)
                .from(DECISION_LINK)
                .join(DECISION).on(DECISION.ID.eq(DECISION_LINK.DECISION_ID))
                .join(i).on(i.ID.eq(DECISION.ITEM_ID))
                .join(m).on(m.ID.eq(i.MEETING_ID))
                .join(b).on(b.ID.eq(m.BODY_ID))
                .where(DECISION_LINK.RECORD_ID.eq(MEETING.RECORD_ID)).and(m.ID.ne(MEETING.ID))
                .orderBy(m.MEETING_DATE, b.NAME, i.NUMBER))
                .convertFrom(r -> r.map(Records.mapping(Minutes.Referral::new)));
    }

    /** The signatures of the minutes, in the order they were signed; the time at the offset it was written with. */
    private static Field<List<Minutes.Signature>> signatures() {
        return multiset(select(MINUTES_SIGNATURE.SIGNER_NAME, MINUTES_SIGNATURE.SIGNER_TITLE, MINUTES_SIGNATURE.SIGNED_AT,
                        MINUTES_SIGNATURE.SIGNED_AT_OFFSET_MINUTES, MINUTES_SIGNATURE.METHOD, MINUTES_SIGNATURE.METHOD_DETAIL)
                .from(MINUTES_SIGNATURE)
                .where(MINUTES_SIGNATURE.MEETING_ID.eq(MEETING.ID))
                .orderBy(MINUTES_SIGNATURE.SIGNED_AT, MINUTES_SIGNATURE.ID))
                .convertFrom(r -> r.map(s -> new Minutes.Signature(s.value1(), s.value2(),
                        s.value3().withOffsetSameInstant(java.time.ZoneOffset.ofTotalSeconds(s.value4() * 60)),
                        s.value5(), s.value6())));
    }

    private static Field<List<Minutes.Attendee>> attendees() {
        return multiset(select(MEETING_ATTENDANCE.ID, MEETING_ATTENDANCE.PERSON_ID,
                        AsApproved.shown(MEETING, MEETING_ATTENDANCE.NAME_AS_APPROVED, PERSON.FULL_NAME),
                        AsApproved.shown(MEETING, MEETING_ATTENDANCE.PARTY_AS_APPROVED, PERSON.PARTY),
                        MEETING_ATTENDANCE.ATTENDANCE_ROLE, MEETING_ATTENDANCE.CAPACITY,
                        MEETING_ATTENDANCE.IS_CHAIR, MEETING_ATTENDANCE.IS_APPROVER, MEETING_ATTENDANCE.ONLY_ITEMS,
                        MEETING_ATTENDANCE.VERSION)
                .from(MEETING_ATTENDANCE).join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDANCE.PERSON_ID))
                .where(MEETING_ATTENDANCE.MEETING_ID.eq(MEETING.ID))
                .orderBy(MEETING_ATTENDANCE.SORT_ORDER, MEETING_ATTENDANCE.ID))
                .convertFrom(r -> r.map(Records.mapping(Minutes.Attendee::new)));
    }

    /**
     * Every § with its decision (a left join: at most one per §) and the decision's parts nested per §. The parts are
     * read from their tables, not through decision_link_target and follow_up_status: those views join tables this read
     * already has in scope, and planning them for every opening cost more than the reading (docs/performance.md).
     */
    private static Field<List<Minutes.Paragraph>> paragraphs() {
        Body to = BODY.as("proposal_to");
        Field<String> proposalToName = AsApproved.shown(MEETING, DECISION.PROPOSAL_TO_BODY_NAME_AS_APPROVED, to.NAME);
        Field<List<Minutes.Clause>> clauses = clauses();
        Field<List<LinkedRecord>> links = links();
        Field<List<Minutes.Reference>> references = references();
        Field<List<Minutes.Condition>> followUps = followUps();
        Field<List<DecisionTarget>> referred = referredDecisions();
        Field<List<Minutes.ItemAttendance>> attendance = itemAttendance();
        return multiset(select(AGENDA_ITEM.ID, AGENDA_ITEM.NUMBER, AGENDA_ITEM.TITLE, AGENDA_ITEM.KIND,
                        AGENDA_ITEM.BODY_TEXT, AGENDA_ITEM.CASE_NUMBER, AGENDA_ITEM.VERSION,
                        DECISION.ID, DECISION.INTRO, DECISION.OUTCOME, DECISION.PROPOSAL_TO_BODY_ID, proposalToName,
                        DECISION.ANSWERS_PROPOSAL_ID, DECISION.CORRECTS_DECISION_ID, DECISION.VERSION,
                        clauses, links, references, followUps, referred, attendance)
                .from(AGENDA_ITEM)
                .leftJoin(DECISION).on(DECISION.ITEM_ID.eq(AGENDA_ITEM.ID))
                .leftJoin(to).on(to.ID.eq(DECISION.PROPOSAL_TO_BODY_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID))
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.NUMBER))
                .convertFrom(r -> r.map(p -> {
                    Long decisionId = p.get(DECISION.ID);
                    Minutes.Decision decision = null;
                    if (decisionId != null) {
                        Long answers = p.get(DECISION.ANSWERS_PROPOSAL_ID);
                        Long corrects = p.get(DECISION.CORRECTS_DECISION_ID);
                        List<DecisionTarget> targets = p.get(referred);
                        decision = new Minutes.Decision(decisionId, p.get(DECISION.INTRO), p.get(DECISION.OUTCOME),
                                p.get(DECISION.PROPOSAL_TO_BODY_ID), p.get(proposalToName), answers, corrects,
                                p.get(DECISION.VERSION), p.get(clauses), p.get(links), p.get(references),
                                p.get(followUps), DecisionTarget.refsTo(targets, answers), DecisionTarget.refsTo(targets, corrects));
                    }
                    return new Minutes.Paragraph(p.get(AGENDA_ITEM.ID), p.get(AGENDA_ITEM.NUMBER), p.get(AGENDA_ITEM.TITLE),
                            p.get(AGENDA_ITEM.KIND), p.get(AGENDA_ITEM.BODY_TEXT), p.get(AGENDA_ITEM.CASE_NUMBER),
                            p.get(AGENDA_ITEM.VERSION), decision, p.get(attendance));
                }));
    }

    /** Presence for the enclosing § (AGENDA_ITEM) when it differs from the header, by name. */
    private static Field<List<Minutes.ItemAttendance>> itemAttendance() {
        Person who = PERSON.as("item_person");
        Field<String> name = AsApproved.shown(MEETING, AGENDA_ITEM_ATTENDANCE.NAME_AS_APPROVED, who.FULL_NAME);
        return multiset(select(AGENDA_ITEM_ATTENDANCE.ID, AGENDA_ITEM_ATTENDANCE.PERSON_ID, name,
                        AsApproved.shown(MEETING, AGENDA_ITEM_ATTENDANCE.PARTY_AS_APPROVED, who.PARTY),
                        AGENDA_ITEM_ATTENDANCE.PRESENT, AGENDA_ITEM_ATTENDANCE.NOTE, AGENDA_ITEM_ATTENDANCE.VERSION)
                .from(AGENDA_ITEM_ATTENDANCE).join(who).on(who.ID.eq(AGENDA_ITEM_ATTENDANCE.PERSON_ID))
                .where(AGENDA_ITEM_ATTENDANCE.ITEM_ID.eq(AGENDA_ITEM.ID))
                .orderBy(name, AGENDA_ITEM_ATTENDANCE.ID))
                .convertFrom(r -> r.map(Records.mapping(Minutes.ItemAttendance::new)));
    }

    private static Field<List<Minutes.Clause>> clauses() {
        return multiset(select(DECISION_CLAUSE.ID, DECISION_CLAUSE.POSITION, DECISION_CLAUSE.TEXT)
                .from(DECISION_CLAUSE).where(DECISION_CLAUSE.DECISION_ID.eq(DECISION.ID)).orderBy(DECISION_CLAUSE.POSITION))
                .convertFrom(r -> r.map(Records.mapping(Minutes.Clause::new)));
    }

    private static Field<List<Minutes.Reference>> references() {
        return multiset(select(DECISION_REFERENCE.ID, DECISION_REFERENCE.POSITION, DECISION_REFERENCE.TEXT)
                .from(DECISION_REFERENCE).where(DECISION_REFERENCE.DECISION_ID.eq(DECISION.ID)).orderBy(DECISION_REFERENCE.POSITION))
                .convertFrom(r -> r.map(Records.mapping(Minutes.Reference::new)));
    }

    /**
     * The records the decision of the enclosing § links to, with the label of each (linkable_record_label_of: one
     * cached lookup per link, the same labels as decision_link_target).
     */
    private static Field<List<LinkedRecord>> links() {
        LinkableRecordLabelOf label = LINKABLE_RECORD_LABEL_OF.call(LINKABLE_RECORD.ID, LINKABLE_RECORD.KIND);
        return multiset(select(DECISION_LINK.ID, DECISION_LINK.DECISION_ID, AGENDA_ITEM.NUMBER,
                        DECISION_LINK.RECORD_ID, LINKABLE_RECORD.KIND, label.LABEL, label.TARGET_ID, DECISION_LINK.NOTE)
                .from(DECISION_LINK)
                .join(LINKABLE_RECORD).on(LINKABLE_RECORD.ID.eq(DECISION_LINK.RECORD_ID))
                .leftJoin(DSL.lateral(label)).on(DSL.trueCondition())
                .where(DECISION_LINK.DECISION_ID.eq(DECISION.ID))
                .orderBy(DECISION_LINK.ID))
                .convertFrom(r -> r.map(Records.mapping(LinkedRecord::new)));
    }

    /**
     * The follow-ups the decision set (the decision feature writes them; overdue by the database's rule
     * follow_up_overdue, as in follow_up_status). Closed = it names its closing § (a check in the schema).
     */
    private static Field<List<Minutes.Condition>> followUps() {
        Person responsible = PERSON.as("responsible");
        AgendaItem closedBy = AGENDA_ITEM.as("closed_by");
        Meeting due = MEETING.as("due_meeting");
        Condition overdue = DSL.condition("follow_up_overdue({0}, {1}, {2}, {3})", FOLLOW_UP.STATUS, FOLLOW_UP.DUE_DATE,
                due.STATUS, due.MEETING_DATE);
        Field<Minutes.ConditionState> state = DSL.when(FOLLOW_UP.CLOSED_BY_ITEM_ID.isNotNull(), DSL.inline("CLOSED"))
                .when(overdue, DSL.inline("OVERDUE"))
                .otherwise(DSL.inline("OPEN"))
                .convertFrom(Minutes.ConditionState::valueOf);
        return multiset(select(FOLLOW_UP.ID, FOLLOW_UP.DESCRIPTION, FOLLOW_UP.RESPONSIBLE_PERSON_ID,
                        responsible.FULL_NAME, FOLLOW_UP.DUE_DATE, FOLLOW_UP.DUE_MEETING_ID,
                        due.MEETING_DATE, state, closedBy.MEETING_ID, closedBy.NUMBER,
                        FOLLOW_UP.CLOSED_NOTE, FOLLOW_UP.VERSION)
                .from(FOLLOW_UP)
                .leftJoin(due).on(due.ID.eq(FOLLOW_UP.DUE_MEETING_ID))
                .leftJoin(responsible).on(responsible.ID.eq(FOLLOW_UP.RESPONSIBLE_PERSON_ID))
                .leftJoin(closedBy).on(closedBy.ID.eq(FOLLOW_UP.CLOSED_BY_ITEM_ID))
                .where(FOLLOW_UP.DECISION_ID.eq(DECISION.ID))
                .orderBy(FOLLOW_UP.ID))
                .convertFrom(r -> r.map(Records.mapping(Minutes.Condition::new)));
    }

    /**
     * The decisions the decision of the enclosing § answers or corrects, in one read (the § picks each by id).
     */
    private static Field<List<DecisionTarget>> referredDecisions() {
        Decision d = DECISION.as("referred_d");
        AgendaItem i = AGENDA_ITEM.as("referred_i");
        Meeting m = MEETING.as("referred_m");
        Body b = BODY.as("referred_b");
        return multiset(select(d.ID, ParagraphRefs.of(m, b, i), d.OUTCOME, i.TITLE)
                .from(d).join(i).on(i.ID.eq(d.ITEM_ID)).join(m).on(m.ID.eq(i.MEETING_ID)).join(b).on(b.ID.eq(m.BODY_ID))
                .where(d.ID.in(DECISION.ANSWERS_PROPOSAL_ID, DECISION.CORRECTS_DECISION_ID)))
                .convertFrom(r -> r.map(x -> new DecisionTarget(x.value1(), new DecisionRef(x.value2(), x.value3(), x.value4()))));
    }

    /** A decision another decision refers to, by id. */
    private record DecisionTarget(long decisionId, DecisionRef ref) {

        /** The ref of the decision {@code id} as a list of zero or one. */
        static List<DecisionRef> refsTo(List<DecisionTarget> targets, Long id) {
            return id == null ? List.of()
                    : targets.stream().filter(t -> t.decisionId() == id).map(DecisionTarget::ref).toList();
        }
    }
}
