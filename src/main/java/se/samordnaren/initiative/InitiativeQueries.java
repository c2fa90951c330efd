package se.samordnaren.initiative;

import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectSelectStep;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.conf.NestedCollectionEmulation;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.db.tables.Body;
import se.samordnaren.db.tables.Initiative;
import se.samordnaren.db.tables.Meeting;
import se.samordnaren.initiative.InitiativeDetail.Attachment;
import se.samordnaren.initiative.InitiativeDetail.CoFinancing;
import se.samordnaren.initiative.InitiativeDetail.GrantYear;
import se.samordnaren.initiative.InitiativeDetail.LedgerRow;
import se.samordnaren.initiative.InitiativeDetail.Report;
import se.samordnaren.initiative.InitiativeDetail.SubProject;
import se.samordnaren.initiative.InitiativeDetail.TakingPart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.APPLICATION_STEP;
import static se.samordnaren.db.Tables.ATTACHMENT_INFO;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.CO_FINANCING;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.FOLLOW_UP;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT_LEDGER;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT_YEAR;
import static se.samordnaren.db.Tables.INITIATIVE_MEMBER;
import static se.samordnaren.db.Tables.INITIATIVE_REPORT;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEMBER;
import static se.samordnaren.db.Tables.PERSON;

/**
 * The reads of the insats feature (InitiativeService and GrantLedgerService hold the role checks and the writes). Every read model is one
 * statement, whatever the number of rows: the list page with each row's money per year, the list's totals, and the
 * whole detail of one insats with its ledger, reports and conditions nested with multiset (and the timeline put
 * together from them and its own two nested reads, {@link Timeline}).
 */
@Component
class InitiativeQueries {

    private static final Initiative PARENT = INITIATIVE.as("parent");
    private static final se.samordnaren.db.tables.Member OWNER = MEMBER.as("owner");
    private static final Field<String> OWNER_LABEL = coalesce(OWNER.NAME, INITIATIVE.OWNER_NAME);

    private final DSLContext db;
    /**
     * For the nested reads (the list and the detail): multisets as json rather than jOOQ's default jsonb for
     * PostgreSQL, which converts every nested row to jsonb first (as MinutesQueries.load; docs/performance.md).
     */
    private final DSLContext nested;

    InitiativeQueries(DSLContext db) {
        this.db = db;
        this.nested = db.configuration()
                .deriveSettings(s -> s.withEmulateMultiset(NestedCollectionEmulation.JSON)).dsl();
    }

    // ---------------------------------------------------------------- the list

    /** One page of the filtered list, each row with its granted money per year. */
    List<InitiativeRow> rows(InitiativeFilter filter, PageRequest page) {
        return nested.fetch(rowsSelect(filter, page)).map(mapping(InitiativeRow::new));
    }

    private static org.jooq.Select<org.jooq.Record12<Long, String, String, Long, String, String, LocalDate, LocalDate,
            LocalDate, InitiativeStatus, Orientation, List<YearAmount>>> rowsSelect(InitiativeFilter filter, PageRequest page) {
        // Summed from the grants themselves: the view initiative_grant_year computes six sums per year, which the
        // planner has to take apart again for each use (most of the list statement's planning time).
        var g = INITIATIVE_GRANT;
        Field<List<YearAmount>> grants = multiset(select(g.YEAR, sum(g.AMOUNT)).from(g)
                        .where(g.INITIATIVE_ID.eq(INITIATIVE.ID))
                        .groupBy(g.YEAR).orderBy(g.YEAR))
                .convertFrom(r -> r.map(mapping(YearAmount::new)));
        Map<String, Field<?>> sortable = Map.of("name", INITIATIVE.NAME, "owner", OWNER_LABEL,
                "period", INITIATIVE.START_DATE, "status", lifeCycleOrder(), "money", granted(filter.grantYear()));
        return Paging.page(listFrom(DSL.select(INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.SHORT_NAME,
                                INITIATIVE.PARENT_ID, PARENT.NAME, OWNER_LABEL, INITIATIVE.START_DATE,
                                INITIATIVE.PLANNED_END_DATE, INITIATIVE.ACTUAL_END_DATE, INITIATIVE.STATUS,
                                INITIATIVE.ORIENTATION, grants), filter)
                        .orderBy(Paging.order(page, sortable, coalesce(PARENT.NAME, INITIATIVE.NAME),
                                INITIATIVE.PARENT_ID.nullsFirst(), INITIATIVE.NAME, INITIATIVE.ID)), page);
    }

    /** How many insatser the filter matches and their granted money per year, in one statement. */
    InitiativeTotals totals(InitiativeFilter filter) {
        return nested.select(totalsField(filter)).fetchSingle(org.jooq.Record1::value1);
    }

    /**
     * The list as it opens, in one statement: the owners to filter on, the totals of the whole register and the
     * first page of rows.
     */
    InitiativeService.ListStart listStart(PageRequest firstPage) {
        Field<List<String>> owners = multiset(selectDistinct(OWNER_LABEL).from(INITIATIVE)
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .orderBy(OWNER_LABEL))
                .convertFrom(r -> r.map(org.jooq.Record1::value1));
        Field<List<InitiativeRow>> rows = multiset(rowsSelect(InitiativeFilter.none(), firstPage))
                .convertFrom(r -> r.map(mapping(InitiativeRow::new)));
        return nested.select(owners, totalsField(InitiativeFilter.none()), rows)
                .fetchSingle(r -> new InitiativeService.ListStart(r.value1(), r.value2(), firstPage, r.value3()));
    }

    /**
     * The count and the money per year of what the filter matches. Unfiltered, they are read from the two tables
     * alone: no joins or IN list for the planner to remove again (the list opens unfiltered).
     */
    private static org.jooq.SelectField<InitiativeTotals> totalsField(InitiativeFilter filter) {
        if (conditions(filter).isEmpty()) {
            return DSL.row(DSL.field(select(DSL.count()).from(INITIATIVE)), grantedPerYearField())
                    .mapping(InitiativeTotals::new);
        }
        Field<Integer> count = DSL.field(listFrom(select(DSL.count()), filter));
        var g = INITIATIVE_GRANT;
        Field<List<YearAmount>> perYear = multiset(select(g.YEAR, sum(g.AMOUNT)).from(g)
                .where(g.INITIATIVE_ID.in(listFrom(select(INITIATIVE.ID), filter)))
                .groupBy(g.YEAR).orderBy(g.YEAR))
                .convertFrom(r -> r.map(mapping(YearAmount::new)));
        return DSL.row(count, perYear).mapping(InitiativeTotals::new);
    }

    private static <R extends Record> SelectConditionStep<R> listFrom(SelectSelectStep<R> select,
                                                                      InitiativeFilter filter) {
        return select.from(INITIATIVE)
                .leftJoin(PARENT).on(PARENT.ID.eq(INITIATIVE.PARENT_ID))
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .where(conditions(filter));
    }

    /** The money the list shows for a row: granted in the filter's year, or in all years. */
    private static Field<BigDecimal> granted(Integer year) {
        var g = INITIATIVE_GRANT;
        return DSL.field(select(coalesce(sum(g.AMOUNT), BigDecimal.ZERO)).from(g)
                .where(g.INITIATIVE_ID.eq(INITIATIVE.ID))
                .and(year == null ? DSL.noCondition() : g.YEAR.eq(year)));
    }

    /** Sorting by status follows the life of an insats (idea … stopped), not the alphabet. */
    private static Field<Integer> lifeCycleOrder() {
        CaseWhenStep<InitiativeStatus, Integer> order = null;
        for (InitiativeStatus status : InitiativeStatus.values()) {
            order = order == null ? DSL.choose(INITIATIVE.STATUS).when(status, status.ordinal())
                    : order.when(status, status.ordinal());
        }
        return order;
    }

    private static List<Condition> conditions(InitiativeFilter f) {
        List<Condition> where = new ArrayList<>();
        if (f.status() != null) {
            where.add(INITIATIVE.STATUS.eq(f.status()));
        }
        if (f.owner() != null && !f.owner().isBlank()) {
            where.add(OWNER_LABEL.eq(f.owner()));
        }
        if (f.orientation() != null) {
            where.add(INITIATIVE.ORIENTATION.eq(f.orientation()));
        }
        if (f.grantYear() != null) {
            where.add(DSL.exists(selectOne().from(INITIATIVE_GRANT_YEAR)
                    .where(INITIATIVE_GRANT_YEAR.INITIATIVE_ID.eq(INITIATIVE.ID))
                    .and(INITIATIVE_GRANT_YEAR.YEAR.eq(f.grantYear()))
                    .and(INITIATIVE_GRANT_YEAR.GRANTED_TOTAL.gt(BigDecimal.ZERO))));
        }
        if (f.runningInYear() != null) {
            LocalDate first = LocalDate.of(f.runningInYear(), 1, 1);
            LocalDate last = LocalDate.of(f.runningInYear(), 12, 31);
            Field<LocalDate> end = coalesce(INITIATIVE.ACTUAL_END_DATE, INITIATIVE.PLANNED_END_DATE);
            where.add(INITIATIVE.START_DATE.le(last).and(end.isNull().or(end.ge(first))));
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.add(textMatches(f.text()));
        }
        return where;
    }

    private static Condition textMatches(String text) {
        String like = "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return INITIATIVE.NAME.likeIgnoreCase(like).or(INITIATIVE.SHORT_NAME.likeIgnoreCase(like))
                .or(OWNER_LABEL.likeIgnoreCase(like)).or(PARENT.NAME.likeIgnoreCase(like));
    }

    // ---------------------------------------------------------------- small reads

    List<YearAmount> grantedPerYear() {
        return db.select(grantedPerYearField()).fetchSingle(org.jooq.Record1::value1);
    }

    /** Money granted per year over all insatser, as a nested field another feature's statement can carry. */
    static Field<List<YearAmount>> grantedPerYearField() {
        var g = INITIATIVE_GRANT;
        return multiset(select(g.YEAR, sum(g.AMOUNT)).from(g).groupBy(g.YEAR).orderBy(g.YEAR))
                .convertFrom(r -> r.map(mapping(YearAmount::new)));
    }

    List<String> owners() {
        return db.selectDistinct(OWNER_LABEL).from(INITIATIVE)
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .orderBy(OWNER_LABEL).fetch(OWNER_LABEL);
    }

    List<Integer> grantYears() {
        return db.selectDistinct(INITIATIVE_GRANT.YEAR).from(INITIATIVE_GRANT).orderBy(INITIATIVE_GRANT.YEAR)
                .fetch(INITIATIVE_GRANT.YEAR);
    }

    Optional<InitiativeRef> find(long id) {
        return refQuery(INITIATIVE.ID.eq(id)).fetchOptional(mapping(InitiativeRef::new));
    }

    List<InitiativeRef> search(String text, int limit) {
        Condition where = text == null || text.isBlank() ? DSL.noCondition() : textMatches(text);
        return refQuery(where).orderBy(INITIATIVE.NAME).limit(limit).fetch(mapping(InitiativeRef::new));
    }

    List<InitiativeRef> parentCandidates() {
        return refQuery(INITIATIVE.PARENT_ID.isNull()).orderBy(INITIATIVE.NAME).fetch(mapping(InitiativeRef::new));
    }

    private SelectConditionStep<org.jooq.Record7<Long, String, String, String, InitiativeStatus, Long, String>> refQuery(
            Condition where) {
        return db.select(INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.SHORT_NAME, OWNER_LABEL, INITIATIVE.STATUS,
                        INITIATIVE.PARENT_ID, PARENT.NAME)
                .from(INITIATIVE)
                .leftJoin(PARENT).on(PARENT.ID.eq(INITIATIVE.PARENT_ID))
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .where(where);
    }

    /**
     * One page of the decisions money can rest on (the database decides which outcomes grant money), newest first;
     * every word of {@code text} must occur in "Styrelsen 2021-03-19 § 5 Title", in any case.
     */
    List<GrantingDecision> grantingDecisions(String text, PageRequest page) {
        var d = DECISION_PLACE;
        Field<String> label = DSL.concat(d.BODY_NAME, DSL.inline(" "), d.MEETING_DATE.cast(String.class),
                DSL.inline(" § "), d.PARAGRAPH_NUMBER.cast(String.class), DSL.inline(" "), d.ITEM_TITLE);
        Condition where = DSL.condition("decision_outcome_grants_money({0})", d.OUTCOME);
        for (String word : text == null ? new String[0] : text.trim().split("\\s+")) {
            if (!word.isBlank()) {
                where = where.and(label.containsIgnoreCase(word));
            }
        }
        return Paging.page(db.select(d.DECISION_ID, d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE,
                                d.PARAGRAPH_NUMBER, d.ITEM_TITLE)
                        .from(d)
                        .where(where)
                        .orderBy(Paging.order(page, Map.of(), d.MEETING_DATE.desc(), d.BODY_NAME, d.PARAGRAPH_NUMBER,
                                d.DECISION_ID)), page)
                .fetch(r -> new GrantingDecision(r.value1(),
                        new ParagraphRef(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()), r.value7()));
    }

    /** The insats's move from its status now to {@code to}, as the database judges it; refused when the insats is gone. */
    StatusMove statusMove(long id, InitiativeStatus to) {
        return db.select(INITIATIVE.STATUS,
                        DSL.field("initiative_status_allowed({0}, {1})", Boolean.class, INITIATIVE.STATUS,
                                DSL.val(to, INITIATIVE.STATUS)))
                .from(INITIATIVE).where(INITIATIVE.ID.eq(id))
                .fetchOptional(r -> new StatusMove(r.value1(), to, Boolean.TRUE.equals(r.value2())))
                .orElseThrow(ConcurrentEditException::new);
    }

    // ---------------------------------------------------------------- the detail

    /** The detail view's read model, one statement. */
    Optional<InitiativeDetail> detail(long id) {
        var allowed = allowedStatuses();
        var members = members();
        var subProjects = subProjects();
        var coFinancing = coFinancing();
        var grantYears = grantYearsOf();
        var ledger = ledger();
        var reports = reports();
        var conditions = conditions();
        var decisionEvents = decisionEvents();
        var stepEvents = applicationStepEvents();
        return nested.select(INITIATIVE.asterisk(), PARENT.NAME, OWNER.NAME, PERSON.FULL_NAME, allowed, members,
                        subProjects, coFinancing, grantYears, ledger, reports, conditions, decisionEvents, stepEvents)
                .from(INITIATIVE)
                .leftJoin(PARENT).on(PARENT.ID.eq(INITIATIVE.PARENT_ID))
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(INITIATIVE.CONTACT_PERSON_ID))
                .where(INITIATIVE.ID.eq(id))
                .fetchOptional(r -> new InitiativeDetail(r.get(INITIATIVE.ID), r.get(INITIATIVE.VERSION),
                        r.get(INITIATIVE.NAME), r.get(INITIATIVE.SHORT_NAME), r.get(INITIATIVE.PARENT_ID),
                        r.get(PARENT.NAME), r.get(INITIATIVE.OWNER_MEMBER_ID), r.get(INITIATIVE.OWNER_NAME),
                        r.get(OWNER.NAME) != null ? r.get(OWNER.NAME) : r.get(INITIATIVE.OWNER_NAME),
                        r.get(INITIATIVE.TARGET_GROUP), r.get(INITIATIVE.ORIENTATION),
                        r.get(INITIATIVE.SUS_REFERENCE), r.get(INITIATIVE.START_DATE),
                        r.get(INITIATIVE.PLANNED_END_DATE), r.get(INITIATIVE.ACTUAL_END_DATE),
                        r.get(INITIATIVE.STATUS), r.get(INITIATIVE.CONTACT_PERSON_ID), r.get(PERSON.FULL_NAME),
                        r.get(INITIATIVE.CONTACT), r.get(INITIATIVE.DESCRIPTION), r.get(INITIATIVE.STAFF_NOTES),
                        r.get(allowed), r.get(members), r.get(subProjects), r.get(coFinancing), r.get(grantYears),
                        r.get(ledger), r.get(reports), r.get(conditions),
                        Timeline.of(r.get(INITIATIVE.ID), r.get(INITIATIVE.START_DATE), r.get(INITIATIVE.ACTUAL_END_DATE),
                                r.get(INITIATIVE.STATUS), r.get(decisionEvents), r.get(stepEvents), r.get(ledger),
                                r.get(reports), r.get(conditions))));
    }

    /** The statuses the database allows the insats to move to (initiative_status_allowed), in life-cycle order. */
    private static Field<List<InitiativeStatus>> allowedStatuses() {
        Table<?> statuses = DSL.unnest(Arrays.stream(InitiativeStatus.values()).map(Enum::name).toArray(String[]::new))
                .as("s", "status");
        Field<InitiativeStatus> candidate = statuses.field("status", INITIATIVE.STATUS.getDataType());
        return multiset(select(candidate).from(statuses)
                .where(DSL.condition("initiative_status_allowed({0}, {1})", INITIATIVE.STATUS, candidate)))
                .convertFrom(r -> r.map(x -> x.value1()).stream().sorted().toList());
    }

    private static Field<List<TakingPart>> members() {
        return multiset(select(MEMBER.ID, MEMBER.NAME, INITIATIVE_MEMBER.ROLE_NOTE)
                .from(INITIATIVE_MEMBER).join(MEMBER).on(MEMBER.ID.eq(INITIATIVE_MEMBER.MEMBER_ID))
                .where(INITIATIVE_MEMBER.INITIATIVE_ID.eq(INITIATIVE.ID)).orderBy(MEMBER.NAME))
                .convertFrom(r -> r.map(mapping(TakingPart::new)));
    }

    private static Field<List<SubProject>> subProjects() {
        Initiative child = INITIATIVE.as("child");
        se.samordnaren.db.tables.Member childOwner = MEMBER.as("child_owner");
        var y = INITIATIVE_GRANT_YEAR;
        Field<List<YearAmount>> childGrants = multiset(select(y.YEAR, y.GRANTED_TOTAL).from(y)
                .where(y.INITIATIVE_ID.eq(child.ID)).orderBy(y.YEAR))
                .convertFrom(r -> r.map(mapping(YearAmount::new)));
        Field<BigDecimal> childCoFinancing = select(coalesce(sum(CO_FINANCING.AMOUNT), BigDecimal.ZERO))
                .from(CO_FINANCING).where(CO_FINANCING.INITIATIVE_ID.eq(child.ID)).asField();
        return multiset(select(child.ID, child.NAME, coalesce(childOwner.NAME, child.OWNER_NAME), child.STATUS,
                        child.STAFF_NOTES, childGrants, childCoFinancing)
                .from(child).leftJoin(childOwner).on(childOwner.ID.eq(child.OWNER_MEMBER_ID))
                .where(child.PARENT_ID.eq(INITIATIVE.ID)).orderBy(child.NAME))
                .convertFrom(r -> r.map(mapping(SubProject::new)));
    }

    private static Field<List<CoFinancing>> coFinancing() {
        var c = CO_FINANCING;
        return multiset(select(c.ID, c.VERSION, c.SOURCE, c.SOURCE_NAME, c.YEAR, c.AMOUNT, c.NOTE)
                .from(c).where(c.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(c.YEAR, c.SOURCE, c.SOURCE_NAME))
                .convertFrom(r -> r.map(mapping(CoFinancing::new)));
    }

    private static Field<List<GrantYear>> grantYearsOf() {
        var y = INITIATIVE_GRANT_YEAR;
        return multiset(select(y.YEAR, y.GRANTED_TOTAL, y.ORIGINALLY_GRANTED, y.ADDED, y.FREED, y.OPENING_BALANCE,
                        y.CHANGE_COUNT)
                .from(y).where(y.INITIATIVE_ID.eq(INITIATIVE.ID)).orderBy(y.YEAR))
                .convertFrom(r -> r.map(mapping(GrantYear::new)));
    }

    private static Field<List<LedgerRow>> ledger() {
        var l = INITIATIVE_GRANT_LEDGER;
        return multiset(select(l.GRANT_ID, l.YEAR, l.KIND, l.AMOUNT, l.FREED_AMOUNT, l.ADDED_AMOUNT,
                        l.IS_OPENING_BALANCE, l.OPENING_REFERENCE, l.NOTE, l.DECIDED_ON, l.MEETING_ID, l.BODY_NAME,
                        l.PARAGRAPH_PREFIX, l.PARAGRAPH_NUMBER, l.TOTAL_BEFORE, l.TOTAL_AFTER)
                .from(l).where(l.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(l.DECIDED_ON, l.GRANT_ID))
                .convertFrom(r -> r.map(x -> new LedgerRow(x.value1(), x.value2(), x.value3(), x.value4(),
                        x.value5(), x.value6(), Boolean.TRUE.equals(x.value7()), x.value8(), x.value9(), x.value10(),
                        paragraph(x.value11(), x.value12(), x.value13(), x.value10(), x.value14()),
                        x.value15(), x.value16())));
    }

    private static Field<List<Report>> reports() {
        var rep = INITIATIVE_REPORT;
        Field<List<Attachment>> attachments = multiset(select(ATTACHMENT_INFO.ID, ATTACHMENT_INFO.FILE_NAME,
                        ATTACHMENT_INFO.CONTENT_TYPE, ATTACHMENT_INFO.SIZE_BYTES, ATTACHMENT_INFO.DESCRIPTION)
                .from(ATTACHMENT_INFO).where(ATTACHMENT_INFO.REPORT_ID.eq(rep.ID)).orderBy(ATTACHMENT_INFO.ID))
                .convertFrom(r -> r.map(mapping(Attachment::new)));
        return multiset(select(rep.ID, rep.VERSION, rep.KIND, rep.TITLE, rep.RECEIVED_ON, rep.PERIOD_FROM,
                        rep.PERIOD_TO, rep.PARTICIPANTS_ENROLLED, rep.PARTICIPANTS_STARTED, rep.PARTICIPANTS_ENDED,
                        rep.SUMMARY, MEETING.ID, BODY.NAME, BODY.PARAGRAPH_PREFIX, MEETING.MEETING_DATE,
                        AGENDA_ITEM.NUMBER, attachments)
                .from(rep)
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(rep.PRESENTED_ITEM_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .leftJoin(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(rep.INITIATIVE_ID.eq(INITIATIVE.ID)).orderBy(rep.RECEIVED_ON.desc(), rep.ID.desc()))
                .convertFrom(r -> r.map(x -> new Report(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(),
                        x.value6(), x.value7(), x.value8(), x.value9(), x.value10(), x.value11(),
                        paragraph(x.value12(), x.value13(), x.value14(), x.value15(), x.value16()), x.value17())));
    }

    /**
     * The conditions (follow-ups) of the decisions linked to the insats, the columns of initiative_condition read from
     * the insats's links (the view would join the insats and the closing meeting again: planning time on every opening).
     */
    private static Field<List<InitiativeDetail.Condition>> conditions() {
        var f = FOLLOW_UP;
        var item = AGENDA_ITEM.as("decided_item");
        Meeting decided = MEETING.as("decided_meeting");
        Body decidedBody = BODY.as("decided_body");
        Meeting due = MEETING.as("due_meeting");
        var closedItem = AGENDA_ITEM.as("closed_item");
        Meeting closedMeeting = MEETING.as("closed_meeting");
        Body closedBody = BODY.as("closed_body");
        Field<Boolean> overdue = DSL.field("follow_up_overdue({0}, {1}, {2}, {3})", Boolean.class, f.STATUS, f.DUE_DATE,
                due.STATUS, due.MEETING_DATE);
        return multiset(select(f.ID, f.DESCRIPTION, coalesce(f.DUE_DATE, due.MEETING_DATE), f.STATUS.coerce(String.class),
                        overdue, f.CLOSED_NOTE,
                        decided.ID, decidedBody.NAME, decidedBody.PARAGRAPH_PREFIX, decided.MEETING_DATE, item.NUMBER,
                        closedMeeting.ID, closedBody.NAME, closedBody.PARAGRAPH_PREFIX, closedMeeting.MEETING_DATE,
                        closedItem.NUMBER)
                .from(DECISION_LINK)
                .join(f).on(f.DECISION_ID.eq(DECISION_LINK.DECISION_ID))
                .join(DECISION).on(DECISION.ID.eq(f.DECISION_ID))
                .join(item).on(item.ID.eq(DECISION.ITEM_ID))
                .join(decided).on(decided.ID.eq(item.MEETING_ID))
                .join(decidedBody).on(decidedBody.ID.eq(decided.BODY_ID))
                .leftJoin(due).on(due.ID.eq(f.DUE_MEETING_ID))
                .leftJoin(closedItem).on(closedItem.ID.eq(f.CLOSED_BY_ITEM_ID))
                .leftJoin(closedMeeting).on(closedMeeting.ID.eq(closedItem.MEETING_ID))
                .leftJoin(closedBody).on(closedBody.ID.eq(closedMeeting.BODY_ID))
                .where(DECISION_LINK.RECORD_ID.eq(INITIATIVE.RECORD_ID))
                .orderBy(decided.MEETING_DATE, f.ID))
                .convertFrom(r -> r.map(x -> new InitiativeDetail.Condition(x.value1(), x.value2(), x.value3(),
                        x.value4(), Boolean.TRUE.equals(x.value5()), x.value6(),
                        paragraph(x.value7(), x.value8(), x.value9(), x.value10(), x.value11()),
                        paragraph(x.value12(), x.value13(), x.value14(), x.value15(), x.value16()))));
    }

    /** The timeline's decisions: those linked to the insats, with their § (as decision_place names it). */
    private static Field<List<Timeline.Entry>> decisionEvents() {
        var d = DECISION_PLACE;
        return multiset(select(DECISION_LINK.ID, d.ITEM_TITLE, DECISION_LINK.NOTE, d.MEETING_ID, d.BODY_NAME,
                        d.PARAGRAPH_PREFIX, d.MEETING_DATE, d.PARAGRAPH_NUMBER)
                .from(DECISION_LINK).join(d).on(d.DECISION_ID.eq(DECISION_LINK.DECISION_ID))
                .where(DECISION_LINK.RECORD_ID.eq(INITIATIVE.RECORD_ID)))
                .convertFrom(r -> r.map(x -> Timeline.decision(x.value1(), x.value2(), x.value3(),
                        new ParagraphRef(x.value4(), x.value5(), x.value6(), x.value7(), x.value8()))));
    }

    /** The timeline's application steps: every step of the applications for the insats, with the deciding § if any. */
    private static Field<List<Timeline.Entry>> applicationStepEvents() {
        var s = APPLICATION_STEP;
        var v = FUNDING_APPLICATION_VERSION;
        var d = DECISION_PLACE;
        return multiset(select(s.ID, s.OCCURRED_ON, s.STEP.coerce(String.class), v.TITLE, s.OUTCOME.coerce(String.class),
                        v.VERSION_NO, s.NOTES, d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE,
                        d.PARAGRAPH_NUMBER)
                .from(s)
                .join(FUNDING_APPLICATION).on(FUNDING_APPLICATION.ID.eq(s.APPLICATION_ID))
                .join(v).on(v.ID.eq(s.VERSION_ID))
                .leftJoin(d).on(d.DECISION_ID.eq(s.DECISION_ID))
                .where(FUNDING_APPLICATION.INITIATIVE_ID.eq(INITIATIVE.ID)))
                .convertFrom(r -> r.map(x -> Timeline.applicationStep(x.value1(), x.value2(), x.value3(), x.value4(),
                        x.value5(), x.value6(), x.value7(),
                        paragraph(x.value8(), x.value9(), x.value10(), x.value11(), x.value12()))));
    }

    /** The § reference, or null where there is none (an opening balance, a report not yet presented). */
    private static ParagraphRef paragraph(Long meetingId, String bodyName, String prefix, LocalDate date, Integer number) {
        return meetingId == null || bodyName == null || date == null || number == null ? null
                : new ParagraphRef(meetingId, bodyName, prefix, date, number);
    }
}
