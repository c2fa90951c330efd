package se.samordnaren.initiative;

import jakarta.annotation.security.RolesAllowed;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.ConcurrentEditException;
import se.samordnaren.common.DatabaseErrors;
import se.samordnaren.common.UserFacingException;
import se.samordnaren.db.tables.Initiative;
import se.samordnaren.initiative.InitiativeDetail.Attachment;
import se.samordnaren.initiative.InitiativeDetail.CoFinancing;
import se.samordnaren.initiative.InitiativeDetail.DecisionPlaceOfItem;
import se.samordnaren.initiative.InitiativeDetail.GrantYear;
import se.samordnaren.initiative.InitiativeDetail.LedgerRow;
import se.samordnaren.initiative.InitiativeDetail.Report;
import se.samordnaren.initiative.InitiativeDetail.SubProject;
import se.samordnaren.initiative.InitiativeDetail.TakingPart;
import se.samordnaren.initiative.InitiativeDetail.TimelineEvent;
import se.samordnaren.security.Roles;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static se.samordnaren.common.Texts.blankToNull;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.ATTACHMENT_INFO;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.CO_FINANCING;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_CONDITION;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT_LEDGER;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT_YEAR;
import static se.samordnaren.db.Tables.INITIATIVE_MEMBER;
import static se.samordnaren.db.Tables.INITIATIVE_REPORT;
import static se.samordnaren.db.Tables.INITIATIVE_TIMELINE;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEMBER;
import static se.samordnaren.db.Tables.PERSON;

/**
 * Insatser: the register, the grant ledger, change decisions and reports. Reads are open to every signed-in role;
 * the register and reports are written by the förbundschef, money also by the ekonom. Every read model is built by
 * one query (multiset for nested lists), whatever the number of rows.
 */
@Service
public class InitiativeService {

    /** Decisions money may rest on (the database checks the same). */
    public static final List<String> GRANTING_OUTCOMES = List.of("GRANTED", "APPROVED", "DELEGATION_REPORTED");

    private static final Initiative PARENT = INITIATIVE.as("parent");
    private static final se.samordnaren.db.tables.Member OWNER = MEMBER.as("owner");
    private static final Field<String> OWNER_LABEL = coalesce(OWNER.NAME, INITIATIVE.OWNER_NAME);

    private final DSLContext db;

    InitiativeService(DSLContext db) {
        this.db = db;
    }

    // ---------------------------------------------------------------- reads

    /** The filtered list with each row's granted money per year, and the totals per year: one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public InitiativeList list(InitiativeFilter filter) {
        InitiativeFilter f = filter == null ? InitiativeFilter.none() : filter;
        Field<List<YearAmount>> grants = multiset(
                select(INITIATIVE_GRANT_YEAR.YEAR, INITIATIVE_GRANT_YEAR.GRANTED_TOTAL)
                        .from(INITIATIVE_GRANT_YEAR)
                        .where(INITIATIVE_GRANT_YEAR.INITIATIVE_ID.eq(INITIATIVE.ID))
                        .orderBy(INITIATIVE_GRANT_YEAR.YEAR))
                .convertFrom(r -> r.map(mapping(YearAmount::new)));
        List<InitiativeRow> rows = db.select(INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.SHORT_NAME, INITIATIVE.PARENT_ID,
                        PARENT.NAME, OWNER_LABEL, INITIATIVE.START_DATE, INITIATIVE.PLANNED_END_DATE,
                        INITIATIVE.ACTUAL_END_DATE, INITIATIVE.STATUS, INITIATIVE.ORIENTATION, grants)
                .from(INITIATIVE)
                .leftJoin(PARENT).on(PARENT.ID.eq(INITIATIVE.PARENT_ID))
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .where(conditions(f))
                .orderBy(coalesce(PARENT.NAME, INITIATIVE.NAME), INITIATIVE.PARENT_ID.nullsFirst(), INITIATIVE.NAME)
                .fetch(r -> new InitiativeRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), InitiativeStatus.valueOf(r.value10()),
                        orientation(r.value11()), r.value12()));
        Map<Integer, BigDecimal> totals = new TreeMap<>();
        rows.forEach(row -> row.grants().forEach(g -> totals.merge(g.year(), g.amount(), BigDecimal::add)));
        return new InitiativeList(rows, totals.entrySet().stream().map(e -> new YearAmount(e.getKey(), e.getValue())).toList());
    }

    private static List<Condition> conditions(InitiativeFilter f) {
        List<Condition> where = new ArrayList<>();
        if (f.status() != null) {
            where.add(INITIATIVE.STATUS.eq(f.status().name()));
        }
        if (f.owner() != null && !f.owner().isBlank()) {
            where.add(OWNER_LABEL.eq(f.owner()));
        }
        if (f.orientation() != null) {
            where.add(INITIATIVE.ORIENTATION.eq(f.orientation().name()));
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
            String like = "%" + f.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(INITIATIVE.NAME.likeIgnoreCase(like).or(INITIATIVE.SHORT_NAME.likeIgnoreCase(like))
                    .or(OWNER_LABEL.likeIgnoreCase(like)).or(PARENT.NAME.likeIgnoreCase(like)));
        }
        return where;
    }

    /** Money granted per year over all insatser, for the start page: one grouped query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<YearAmount> grantedPerYear() {
        var y = INITIATIVE_GRANT_YEAR;
        return db.select(y.YEAR, DSL.sum(y.GRANTED_TOTAL)).from(y).groupBy(y.YEAR).orderBy(y.YEAR)
                .fetch(r -> new YearAmount(r.value1(), r.value2()));
    }

    /** The owners in the register (members and others), for the owner filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> owners() {
        return db.selectDistinct(OWNER_LABEL).from(INITIATIVE)
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .orderBy(OWNER_LABEL).fetch(OWNER_LABEL);
    }

    /** The years in which any insats has granted money, for the year filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Integer> grantYears() {
        return db.selectDistinct(INITIATIVE_GRANT.YEAR).from(INITIATIVE_GRANT).orderBy(INITIATIVE_GRANT.YEAR)
                .fetch(INITIATIVE_GRANT.YEAR);
    }

    /** For pickers in other features. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<InitiativeRef> find(long id) {
        return refQuery(INITIATIVE.ID.eq(id)).fetchOptional(this::toRef);
    }

    /** Insatser whose name, short name or owner contains the text (all when blank), at most 50, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRef> search(String text) {
        Condition where = DSL.noCondition();
        if (text != null && !text.isBlank()) {
            where = conditions(new InitiativeFilter(null, null, null, null, null, text)).getFirst();
        }
        return refQuery(where).orderBy(INITIATIVE.NAME).limit(50).fetch(this::toRef);
    }

    /** Insatser that may get delprojekt (not themselves delprojekt). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InitiativeRef> parentCandidates() {
        return refQuery(INITIATIVE.PARENT_ID.isNull()).orderBy(INITIATIVE.NAME).fetch(this::toRef);
    }

    private org.jooq.SelectConditionStep<? extends Record> refQuery(Condition where) {
        return db.select(INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.SHORT_NAME, OWNER_LABEL, INITIATIVE.STATUS,
                        INITIATIVE.PARENT_ID, PARENT.NAME)
                .from(INITIATIVE)
                .leftJoin(PARENT).on(PARENT.ID.eq(INITIATIVE.PARENT_ID))
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .where(where);
    }

    private InitiativeRef toRef(Record r) {
        return new InitiativeRef(r.get(INITIATIVE.ID), r.get(INITIATIVE.NAME), r.get(INITIATIVE.SHORT_NAME),
                r.get(OWNER_LABEL), InitiativeStatus.valueOf(r.get(INITIATIVE.STATUS)), r.get(INITIATIVE.PARENT_ID),
                r.get(PARENT.NAME));
    }

    /** Decisions money can rest on (granted, approved, delegation reported), newest first: the § picker. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DecisionRef> grantingDecisions() {
        return db.select(DECISION_PLACE.DECISION_ID, DECISION_PLACE.MEETING_ID, DECISION_PLACE.BODY_NAME,
                        DECISION_PLACE.MEETING_DATE, DECISION_PLACE.PARAGRAPH_NUMBER, DECISION_PLACE.ITEM_TITLE,
                        DECISION_PLACE.OUTCOME)
                .from(DECISION_PLACE)
                .where(DECISION_PLACE.OUTCOME.in(GRANTING_OUTCOMES))
                .orderBy(DECISION_PLACE.MEETING_DATE.desc(), DECISION_PLACE.BODY_NAME, DECISION_PLACE.PARAGRAPH_NUMBER)
                .fetch(mapping(DecisionRef::new));
    }

    /** The detail view's read model, one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<InitiativeDetail> detail(long id) {
        Initiative child = INITIATIVE.as("child");
        se.samordnaren.db.tables.Member childOwner = MEMBER.as("child_owner");

        Table<?> statuses = DSL.unnest(Arrays.stream(InitiativeStatus.values()).map(Enum::name).toArray(String[]::new))
                .as("s", "status");
        Field<String> candidate = statuses.field("status", String.class);
        Field<List<InitiativeStatus>> allowed = multiset(select(candidate).from(statuses)
                .where(DSL.condition("initiative_status_allowed({0}, {1})", INITIATIVE.STATUS, candidate)))
                .convertFrom(r -> r.map(x -> InitiativeStatus.valueOf(x.value1())).stream().sorted().toList());

        Field<List<TakingPart>> members = multiset(select(MEMBER.ID, MEMBER.NAME, INITIATIVE_MEMBER.ROLE_NOTE)
                .from(INITIATIVE_MEMBER).join(MEMBER).on(MEMBER.ID.eq(INITIATIVE_MEMBER.MEMBER_ID))
                .where(INITIATIVE_MEMBER.INITIATIVE_ID.eq(INITIATIVE.ID)).orderBy(MEMBER.NAME))
                .convertFrom(r -> r.map(mapping(TakingPart::new)));

        Field<List<YearAmount>> childGrants = multiset(
                select(INITIATIVE_GRANT_YEAR.YEAR, INITIATIVE_GRANT_YEAR.GRANTED_TOTAL).from(INITIATIVE_GRANT_YEAR)
                        .where(INITIATIVE_GRANT_YEAR.INITIATIVE_ID.eq(child.ID)).orderBy(INITIATIVE_GRANT_YEAR.YEAR))
                .convertFrom(r -> r.map(mapping(YearAmount::new)));
        Field<BigDecimal> childCoFinancing = select(coalesce(sum(CO_FINANCING.AMOUNT), BigDecimal.ZERO))
                .from(CO_FINANCING).where(CO_FINANCING.INITIATIVE_ID.eq(child.ID)).asField();
        Field<List<SubProject>> subProjects = multiset(select(child.ID, child.NAME,
                        coalesce(childOwner.NAME, child.OWNER_NAME), child.STATUS, child.STAFF_NOTES, childGrants,
                        childCoFinancing)
                .from(child).leftJoin(childOwner).on(childOwner.ID.eq(child.OWNER_MEMBER_ID))
                .where(child.PARENT_ID.eq(INITIATIVE.ID)).orderBy(child.NAME))
                .convertFrom(r -> r.map(x -> new SubProject(x.value1(), x.value2(), x.value3(),
                        InitiativeStatus.valueOf(x.value4()), x.value5(), x.value6(), x.value7())));

        Field<List<CoFinancing>> coFinancing = multiset(select(CO_FINANCING.ID, CO_FINANCING.VERSION,
                        CO_FINANCING.SOURCE, CO_FINANCING.SOURCE_NAME, CO_FINANCING.YEAR, CO_FINANCING.AMOUNT,
                        CO_FINANCING.NOTE)
                .from(CO_FINANCING).where(CO_FINANCING.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(CO_FINANCING.YEAR, CO_FINANCING.SOURCE, CO_FINANCING.SOURCE_NAME))
                .convertFrom(r -> r.map(x -> new CoFinancing(x.value1(), x.value2(),
                        CoFinancingSource.valueOf(x.value3()), x.value4(), x.value5(), x.value6(), x.value7())));

        var gy = INITIATIVE_GRANT_YEAR;
        Field<List<GrantYear>> grantYears = multiset(select(gy.YEAR, gy.GRANTED_TOTAL, gy.ORIGINALLY_GRANTED, gy.ADDED,
                        gy.FREED, gy.OPENING_BALANCE, gy.CHANGE_COUNT)
                .from(gy).where(gy.INITIATIVE_ID.eq(INITIATIVE.ID)).orderBy(gy.YEAR))
                .convertFrom(r -> r.map(mapping(GrantYear::new)));

        var l = INITIATIVE_GRANT_LEDGER;
        Field<List<LedgerRow>> ledger = multiset(select(l.GRANT_ID, l.YEAR, l.KIND, l.AMOUNT, l.FREED_AMOUNT,
                        l.ADDED_AMOUNT, l.IS_OPENING_BALANCE, l.OPENING_REFERENCE, l.NOTE, l.DECIDED_ON, l.DECISION_ID,
                        l.MEETING_ID, l.BODY_NAME, l.PARAGRAPH_NUMBER, l.TOTAL_BEFORE, l.TOTAL_AFTER)
                .from(l).where(l.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(l.DECIDED_ON, l.GRANT_ID))
                .convertFrom(r -> r.map(x -> new LedgerRow(x.get(l.GRANT_ID), x.get(l.YEAR), GrantKind.valueOf(x.get(l.KIND)),
                        x.get(l.AMOUNT), x.get(l.FREED_AMOUNT), x.get(l.ADDED_AMOUNT),
                        Boolean.TRUE.equals(x.get(l.IS_OPENING_BALANCE)), x.get(l.OPENING_REFERENCE), x.get(l.NOTE),
                        x.get(l.DECIDED_ON),
                        x.get(l.DECISION_ID) == null ? null : new DecisionRef(x.get(l.DECISION_ID), x.get(l.MEETING_ID),
                                x.get(l.BODY_NAME), x.get(l.DECIDED_ON), x.get(l.PARAGRAPH_NUMBER), null, null),
                        x.get(l.TOTAL_BEFORE), x.get(l.TOTAL_AFTER))));

        var rep = INITIATIVE_REPORT;
        Field<List<Attachment>> attachments = multiset(select(ATTACHMENT_INFO.ID, ATTACHMENT_INFO.FILE_NAME,
                        ATTACHMENT_INFO.CONTENT_TYPE, ATTACHMENT_INFO.SIZE_BYTES, ATTACHMENT_INFO.DESCRIPTION)
                .from(ATTACHMENT_INFO).where(ATTACHMENT_INFO.REPORT_ID.eq(rep.ID)).orderBy(ATTACHMENT_INFO.ID))
                .convertFrom(r -> r.map(mapping(Attachment::new)));
        Field<List<Report>> reports = multiset(select(rep.ID, rep.VERSION, rep.KIND, rep.TITLE, rep.RECEIVED_ON,
                        rep.PERIOD_FROM, rep.PERIOD_TO, rep.PARTICIPANTS_ENROLLED, rep.PARTICIPANTS_STARTED,
                        rep.PARTICIPANTS_ENDED, rep.SUMMARY, MEETING.ID, BODY.NAME, MEETING.MEETING_DATE,
                        AGENDA_ITEM.NUMBER, attachments)
                .from(rep)
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(rep.PRESENTED_ITEM_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .leftJoin(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(rep.INITIATIVE_ID.eq(INITIATIVE.ID)).orderBy(rep.RECEIVED_ON.desc(), rep.ID.desc()))
                .convertFrom(r -> r.map(x -> new Report(x.value1(), x.value2(), ReportKind.valueOf(x.value3()),
                        x.value4(), x.value5(), x.value6(), x.value7(), x.value8(), x.value9(), x.value10(),
                        x.value11(),
                        x.value12() == null ? null : new DecisionPlaceOfItem(x.value12(), x.value13(), x.value14(), x.value15()),
                        x.value16())));

        var c = INITIATIVE_CONDITION;
        Field<List<InitiativeDetail.Condition>> conditions = multiset(select(c.FOLLOW_UP_ID, c.DESCRIPTION, c.DUE_ON,
                        c.STATUS, c.OVERDUE, c.CLOSED_NOTE, c.DECISION_ID, c.DECIDED_AT_MEETING_ID, c.BODY_NAME,
                        c.DECIDED_ON, c.PARAGRAPH_NUMBER, c.CLOSED_ON, c.CLOSED_AT_MEETING_ID, c.CLOSED_BY_PARAGRAPH_NUMBER)
                .from(c).where(c.INITIATIVE_ID.eq(INITIATIVE.ID)).orderBy(c.DECIDED_ON, c.FOLLOW_UP_ID))
                .convertFrom(r -> r.map(x -> new InitiativeDetail.Condition(x.value1(), x.value2(), x.value3(),
                        x.value4(), Boolean.TRUE.equals(x.value5()), x.value6(),
                        new DecisionRef(x.value7(), x.value8(), x.value9(), x.value10(), x.value11(), null, null),
                        x.value12(), x.value13(), x.value14())));

        var t = INITIATIVE_TIMELINE;
        var timelineMeeting = MEETING.as("timeline_meeting");
        Field<List<TimelineEvent>> timeline = multiset(select(t.OCCURRED_ON, t.EVENT_KIND, t.TITLE, t.DETAIL, t.AMOUNT,
                        t.MEETING_ID, timelineMeeting.MEETING_DATE, t.PARAGRAPH_NUMBER, t.BODY_NAME)
                .from(t).leftJoin(timelineMeeting).on(timelineMeeting.ID.eq(t.MEETING_ID))
                .where(t.INITIATIVE_ID.eq(INITIATIVE.ID))
                .orderBy(t.OCCURRED_ON.nullsLast(), t.SORT_KEY, t.SOURCE_ID))
                .convertFrom(r -> r.map(mapping(TimelineEvent::new)));

        return db.select(INITIATIVE.asterisk(), PARENT.NAME, OWNER.NAME, PERSON.FULL_NAME, allowed, members,
                        subProjects, coFinancing, grantYears, ledger, reports, conditions, timeline)
                .from(INITIATIVE)
                .leftJoin(PARENT).on(PARENT.ID.eq(INITIATIVE.PARENT_ID))
                .leftJoin(OWNER).on(OWNER.ID.eq(INITIATIVE.OWNER_MEMBER_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(INITIATIVE.CONTACT_PERSON_ID))
                .where(INITIATIVE.ID.eq(id))
                .fetchOptional(r -> new InitiativeDetail(r.get(INITIATIVE.ID), r.get(INITIATIVE.VERSION),
                        r.get(INITIATIVE.NAME), r.get(INITIATIVE.SHORT_NAME), r.get(INITIATIVE.PARENT_ID),
                        r.get(PARENT.NAME), r.get(INITIATIVE.OWNER_MEMBER_ID), r.get(INITIATIVE.OWNER_NAME),
                        r.get(OWNER.NAME) != null ? r.get(OWNER.NAME) : r.get(INITIATIVE.OWNER_NAME),
                        r.get(INITIATIVE.TARGET_GROUP), orientation(r.get(INITIATIVE.ORIENTATION)),
                        r.get(INITIATIVE.SUS_REFERENCE), r.get(INITIATIVE.START_DATE),
                        r.get(INITIATIVE.PLANNED_END_DATE), r.get(INITIATIVE.ACTUAL_END_DATE),
                        InitiativeStatus.valueOf(r.get(INITIATIVE.STATUS)), r.get(INITIATIVE.CONTACT_PERSON_ID), r.get(PERSON.FULL_NAME),
                        r.get(INITIATIVE.CONTACT), r.get(INITIATIVE.DESCRIPTION), r.get(INITIATIVE.STAFF_NOTES),
                        r.get(allowed), r.get(members), r.get(subProjects), r.get(coFinancing), r.get(grantYears),
                        r.get(ledger), r.get(reports), r.get(conditions), r.get(timeline)));
    }

    // ---------------------------------------------------------------- writes

    /** Creates or updates an insats (optimistic: a stale version is refused). Returns its id. */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public long save(InitiativeDraft d) {
        String name = required(d.name(), "initiative.error.nameRequired");
        String ownerName = d.ownerMemberId() != null ? null : blankToNull(d.ownerName());
        if (d.ownerMemberId() == null && ownerName == null) {
            throw new UserFacingException("initiative.error.ownerRequired");
        }
        InitiativeStatus status = d.status() == null ? InitiativeStatus.IDEA : d.status();
        if (status.isFinished() && d.actualEndDate() == null) {
            throw new UserFacingException("initiative.error.endedNeedsEnd");
        }
        if (!status.isFinished() && d.actualEndDate() != null) {
            throw new UserFacingException("initiative.error.endOnlyWhenEnded");
        }
        // The same values for a new insats and for a change.
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(INITIATIVE.PARENT_ID, d.parentId());
        values.put(INITIATIVE.NAME, name);
        values.put(INITIATIVE.SHORT_NAME, blankToNull(d.shortName()));
        values.put(INITIATIVE.OWNER_MEMBER_ID, d.ownerMemberId());
        values.put(INITIATIVE.OWNER_NAME, ownerName);
        values.put(INITIATIVE.TARGET_GROUP, blankToNull(d.targetGroup()));
        values.put(INITIATIVE.ORIENTATION, d.orientation() == null ? null : d.orientation().name());
        values.put(INITIATIVE.SUS_REFERENCE, blankToNull(d.susReference()));
        values.put(INITIATIVE.START_DATE, d.startDate());
        values.put(INITIATIVE.PLANNED_END_DATE, d.plannedEndDate());
        values.put(INITIATIVE.ACTUAL_END_DATE, d.actualEndDate());
        values.put(INITIATIVE.STATUS, status.name());
        values.put(INITIATIVE.CONTACT_PERSON_ID, d.contactPersonId());
        values.put(INITIATIVE.CONTACT, blankToNull(d.contact()));
        values.put(INITIATIVE.DESCRIPTION, blankToNull(d.description()));
        values.put(INITIATIVE.STAFF_NOTES, blankToNull(d.staffNotes()));
        try {
            long id;
            if (d.id() == null) {
                id = db.insertInto(INITIATIVE)
                        .set(values)
                        .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
            } else {
                id = d.id();
                requireAllowedMove(id, status);
                int rows = db.update(INITIATIVE)
                        .set(values)
                        .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1))
                        .where(INITIATIVE.ID.eq(id).and(INITIATIVE.VERSION.eq(d.version())))
                        .execute();
                ConcurrentEditException.requireUpdated(rows);
            }
            if (d.memberIds() != null) {
                db.deleteFrom(INITIATIVE_MEMBER).where(INITIATIVE_MEMBER.INITIATIVE_ID.eq(id))
                        .and(INITIATIVE_MEMBER.MEMBER_ID.notIn(d.memberIds())).execute();
                if (!d.memberIds().isEmpty()) {
                    var insert = db.insertInto(INITIATIVE_MEMBER, INITIATIVE_MEMBER.INITIATIVE_ID, INITIATIVE_MEMBER.MEMBER_ID);
                    for (Long memberId : d.memberIds()) {
                        insert = insert.values(id, memberId);
                    }
                    insert.onConflictDoNothing().execute();
                }
            }
            return id;
        } catch (RuntimeException e) {
            throw translated(e, name);
        }
    }

    /** Refuses a status move the database would refuse, with the Swedish labels of both statuses. */
    private void requireAllowedMove(long id, InitiativeStatus to) {
        Record r = db.select(DSL.field("initiative_status_label_sv({0})", String.class, INITIATIVE.STATUS),
                        DSL.field("initiative_status_label_sv({0})", String.class, DSL.val(to.name())),
                        DSL.field("initiative_status_allowed({0}, {1})", Boolean.class, INITIATIVE.STATUS, DSL.val(to.name())))
                .from(INITIATIVE).where(INITIATIVE.ID.eq(id)).fetchOptional()
                .orElseThrow(ConcurrentEditException::new);
        if (!Boolean.TRUE.equals(r.get(2, Boolean.class))) {
            throw new UserFacingException("initiative.error.statusMove", r.get(0, String.class), r.get(1, String.class));
        }
    }

    /** Records a first grant (kind GRANT, one row per year) on its deciding §, or opening balances. */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void recordGrant(GrantEntry entry) {
        requireAmounts(entry.amounts());
        try {
            var insert = db.insertInto(INITIATIVE_GRANT, List.of(INITIATIVE_GRANT.INITIATIVE_ID, INITIATIVE_GRANT.YEAR,
                    INITIATIVE_GRANT.KIND, INITIATIVE_GRANT.AMOUNT, INITIATIVE_GRANT.DECISION_ID,
                    INITIATIVE_GRANT.IS_OPENING_BALANCE, INITIATIVE_GRANT.OPENING_DECIDED_ON,
                    INITIATIVE_GRANT.OPENING_REFERENCE, INITIATIVE_GRANT.NOTE));
            for (YearAmount a : entry.amounts()) {
                insert = insert.values(entry.initiativeId(), a.year(), GrantKind.GRANT.name(), a.amount(),
                        entry.openingBalance() ? null : entry.decisionId(), entry.openingBalance(),
                        entry.openingBalance() ? entry.openingDecidedOn() : null,
                        entry.openingBalance() ? blankToNull(entry.openingReference()) : null, blankToNull(entry.note()));
            }
            insert.execute();
        } catch (RuntimeException e) {
            throw translated(e, null);
        }
    }

    /**
     * A change decision in one transaction: one ledger row per year on the deciding § (positive for extend and
     * increase, negative for shorten and stop), then the insats's end date and status with the version check.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void recordChange(ChangeDecision change) {
        requireAmounts(change.amounts());
        if (change.kind() == ChangeKind.STOP && change.actualEnd() == null) {
            throw new UserFacingException("initiative.error.stopNeedsEnd");
        }
        if ((change.kind() == ChangeKind.EXTEND || change.kind() == ChangeKind.SHORTEN) && change.newPlannedEnd() == null) {
            throw new UserFacingException("initiative.error.newEndRequired");
        }
        GrantKind kind = change.kind().grantKind();
        try {
            if (change.kind().status() != null) {
                requireAllowedMove(change.initiativeId(), change.kind().status());
            }
            var insert = db.insertInto(INITIATIVE_GRANT, INITIATIVE_GRANT.INITIATIVE_ID, INITIATIVE_GRANT.YEAR,
                    INITIATIVE_GRANT.KIND, INITIATIVE_GRANT.AMOUNT, INITIATIVE_GRANT.DECISION_ID, INITIATIVE_GRANT.NOTE);
            for (YearAmount a : change.amounts()) {
                insert = insert.values(change.initiativeId(), a.year(), kind.name(),
                        kind.isNegative() ? a.amount().negate() : a.amount(), change.decisionId(), blankToNull(change.note()));
            }
            insert.execute();
            var update = db.update(INITIATIVE).set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1));
            if (change.kind().status() != null) {
                update = update.set(INITIATIVE.STATUS, change.kind().status().name());
            }
            if (change.newPlannedEnd() != null) {
                update = update.set(INITIATIVE.PLANNED_END_DATE, change.newPlannedEnd());
            }
            if (change.kind() == ChangeKind.STOP) {
                update = update.set(INITIATIVE.ACTUAL_END_DATE, change.actualEnd());
            } else if (change.kind() == ChangeKind.EXTEND) {
                update = update.set(INITIATIVE.ACTUAL_END_DATE, (LocalDate) null);
            }
            int rows = update.where(INITIATIVE.ID.eq(change.initiativeId()))
                    .and(INITIATIVE.VERSION.eq(change.initiativeVersion())).execute();
            ConcurrentEditException.requireUpdated(rows);
        } catch (RuntimeException e) {
            throw translated(e, null);
        }
    }

    /** The money left in each year after {@code newEnd}: what a shortening frees (a suggestion for the form). */
    public static List<YearAmount> remainingAfter(InitiativeDetail detail, LocalDate newEnd) {
        return detail.grantYears().stream()
                .filter(y -> newEnd != null && y.year() > newEnd.getYear() && y.grantedTotal().signum() > 0)
                .map(y -> new YearAmount(y.year(), y.grantedTotal()))
                .sorted(Comparator.comparingInt(YearAmount::year)).toList();
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void addCoFinancing(CoFinancingDraft d) {
        if (d.amount() == null || d.amount().signum() < 0) {
            throw new UserFacingException("initiative.error.amountNotNegative");
        }
        if (d.source() == null) {
            throw new UserFacingException("initiative.error.sourceRequired");
        }
        String sourceName = blankToNull(d.sourceName());
        if (d.source() == CoFinancingSource.OTHER && sourceName == null) {
            throw new UserFacingException("initiative.error.sourceNameRequired");
        }
        try {
            db.insertInto(CO_FINANCING)
                    .set(CO_FINANCING.INITIATIVE_ID, d.initiativeId())
                    .set(CO_FINANCING.SOURCE, d.source().name())
                    .set(CO_FINANCING.SOURCE_NAME, sourceName)
                    .set(CO_FINANCING.YEAR, d.year())
                    .set(CO_FINANCING.AMOUNT, d.amount())
                    .set(CO_FINANCING.NOTE, blankToNull(d.note()))
                    .execute();
        } catch (RuntimeException e) {
            throw translated(e, null);
        }
    }

    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.EKONOM})
    public void deleteCoFinancing(long id, int version) {
        int rows = db.deleteFrom(CO_FINANCING).where(CO_FINANCING.ID.eq(id)).and(CO_FINANCING.VERSION.eq(version)).execute();
        ConcurrentEditException.requireUpdated(rows);
    }

    /** Registers a report received from the insats; returns its id (for attachments). */
    @Transactional
    @RolesAllowed(Roles.FORBUNDSCHEF)
    public long addReport(ReportDraft d) {
        if (d.kind() == null) {
            throw new UserFacingException("initiative.error.reportKindRequired");
        }
        if (d.receivedOn() == null) {
            throw new UserFacingException("initiative.error.receivedOnRequired");
        }
        if (negative(d.participantsEnrolled()) || negative(d.participantsStarted()) || negative(d.participantsEnded())) {
            throw new UserFacingException("initiative.error.participantsNegative");
        }
        try {
            return db.insertInto(INITIATIVE_REPORT)
                    .set(INITIATIVE_REPORT.INITIATIVE_ID, d.initiativeId())
                    .set(INITIATIVE_REPORT.KIND, d.kind().name())
                    .set(INITIATIVE_REPORT.TITLE, blankToNull(d.title()))
                    .set(INITIATIVE_REPORT.RECEIVED_ON, d.receivedOn())
                    .set(INITIATIVE_REPORT.PERIOD_FROM, d.periodFrom())
                    .set(INITIATIVE_REPORT.PERIOD_TO, d.periodTo())
                    .set(INITIATIVE_REPORT.PARTICIPANTS_ENROLLED, d.participantsEnrolled())
                    .set(INITIATIVE_REPORT.PARTICIPANTS_STARTED, d.participantsStarted())
                    .set(INITIATIVE_REPORT.PARTICIPANTS_ENDED, d.participantsEnded())
                    .set(INITIATIVE_REPORT.SUMMARY, blankToNull(d.summary()))
                    .returning(INITIATIVE_REPORT.ID).fetchSingle(INITIATIVE_REPORT.ID);
        } catch (RuntimeException e) {
            throw translated(e, null);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }

    private static void requireAmounts(List<YearAmount> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            throw new UserFacingException("initiative.error.amountsRequired");
        }
        for (YearAmount a : amounts) {
            if (a.amount() == null || a.amount().signum() <= 0) {
                throw new UserFacingException("initiative.error.amountPositive", a.year());
            }
        }
    }

    private static Orientation orientation(String value) {
        return value == null ? null : Orientation.valueOf(value);
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException(key);
        }
        return value.trim();
    }


    /** Database refusals as Swedish messages: known constraints get their own key, the rest the database's text. */
    static RuntimeException translated(RuntimeException e, String name) {
        if (e instanceof UserFacingException) {
            return e;
        }
        String state = DatabaseErrors.sqlState(e).orElse("");
        if (!state.startsWith("23") && !state.equals(DatabaseErrors.RAISED_BY_TRIGGER)) {
            return e;
        }
        String message = serverMessage(e);
        if (message.contains("initiative_grant_decided")) {
            return new UserFacingException("initiative.error.grantNeedsDecision");
        }
        if (message.contains("initiative_grant_opening_dated")) {
            return new UserFacingException("initiative.error.openingNeedsDate");
        }
        if (message.contains("initiative_name_unique")) {
            return new UserFacingException("initiative.error.duplicateName", name == null ? "" : name);
        }
        if (message.contains("initiative_sus_reference_unique")) {
            return new UserFacingException("initiative.error.duplicateSus");
        }
        if (message.contains("co_financing_once")) {
            return new UserFacingException("initiative.error.duplicateCoFinancing");
        }
        if (message.contains("initiative_planned_end") || message.contains("initiative_actual_end")) {
            return new UserFacingException("initiative.error.endBeforeStart");
        }
        if (message.contains("initiative_running_has_start")) {
            return new UserFacingException("initiative.error.runningNeedsStart");
        }
        if (message.contains("initiative_contact_person_id_fkey")) {
            return new UserFacingException("initiative.error.contactPersonGone");
        }
        if (message.contains("initiative_ended_has_end")) {
            return new UserFacingException("initiative.error.endedNeedsEnd");
        }
        // The schema's own messages are Swedish sentences meant for users (docs/initiatives-schema.md, "Errors").
        return new UserFacingException("initiative.error.database", message);
    }

    /** The first line of PostgreSQL's message, without "ERROR: ". */
    private static String serverMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                String text = sql.getMessage();
                int newline = text.indexOf('\n');
                text = newline >= 0 ? text.substring(0, newline) : text;
                return text.startsWith("ERROR: ") ? text.substring(7) : text;
            }
        }
        return String.valueOf(e.getMessage());
    }

    // ---------------------------------------------------------------- grants from a funding application

    /**
     * The money a board decision on a funding application grants, in the application feature's transaction. Without
     * an insats to continue, a new one is created from the application (status GRANTED; its name must be free) and
     * every year gets a GRANT row. A continued insats gets per year an INCREASE where it already has money that year
     * and an EXTENSION for a new year (GRANT while it has no money at all); its planned end moves out to the
     * application's period end and its status becomes GRANTED (from idea or applied) or EXTENDED. A stopped insats
     * gets no new money. Every row rests on the board's decision and carries the application's note. Returns the
     * insats's id.
     */
    @Transactional
    @RolesAllowed({Roles.FORBUNDSCHEF, Roles.SEKRETERARE})
    public long grantFromApplication(ApplicationGrant grant) {
        if (grant.amountsPerYear() == null || grant.amountsPerYear().isEmpty()) {
            throw new UserFacingException("initiative.error.amountsRequired");
        }
        grant.amountsPerYear().forEach((year, amount) -> {
            if (amount == null || amount.signum() <= 0) {
                throw new UserFacingException("initiative.error.amountPositive", year);
            }
        });
        long initiativeId;
        java.util.Map<Integer, BigDecimal> moneyBefore;
        if (grant.initiativeId() == null) {
            initiativeId = insertGrantedFromApplication(grant);
            moneyBefore = java.util.Map.of();
        } else {
            initiativeId = grant.initiativeId();
            moneyBefore = db.select(INITIATIVE_GRANT.YEAR, DSL.sum(INITIATIVE_GRANT.AMOUNT)).from(INITIATIVE_GRANT)
                    .where(INITIATIVE_GRANT.INITIATIVE_ID.eq(initiativeId)).groupBy(INITIATIVE_GRANT.YEAR)
                    .fetchMap(r -> r.value1(), r -> r.value2());
            extendForApplication(initiativeId, grant.plannedEnd(), moneyBefore.isEmpty());
        }
        for (var year : grant.amountsPerYear().entrySet()) {
            GrantKind kind = moneyBefore.isEmpty() ? GrantKind.GRANT
                    : moneyBefore.containsKey(year.getKey()) ? GrantKind.INCREASE : GrantKind.EXTENSION;
            // DSL.val(value, field): the vocabulary columns take the enum whether they are text or enum-typed.
            db.insertInto(INITIATIVE_GRANT)
                    .set(INITIATIVE_GRANT.INITIATIVE_ID, initiativeId)
                    .set(INITIATIVE_GRANT.YEAR, year.getKey())
                    .set(INITIATIVE_GRANT.KIND, DSL.val(kind, INITIATIVE_GRANT.KIND))
                    .set(INITIATIVE_GRANT.AMOUNT, year.getValue())
                    .set(INITIATIVE_GRANT.DECISION_ID, grant.decisionId())
                    .set(INITIATIVE_GRANT.NOTE, blankToNull(grant.note()))
                    .execute();
        }
        return initiativeId;
    }

    private long insertGrantedFromApplication(ApplicationGrant grant) {
        String name = blankToNull(grant.newName());
        if (name == null) {
            throw new UserFacingException("initiative.error.nameRequired");
        }
        se.samordnaren.common.Texts.requireMaxLength(name, se.samordnaren.common.Texts.SHORT, "initiative.name");
        // lower() in SQL, as the unique index initiative_name_unique compares.
        if (db.fetchExists(INITIATIVE, DSL.lower(INITIATIVE.NAME).eq(DSL.lower(DSL.val(name))))) {
            throw new UserFacingException("initiative.error.duplicateName", name);
        }
        return db.insertInto(INITIATIVE)
                .set(INITIATIVE.NAME, name)
                .set(INITIATIVE.OWNER_MEMBER_ID, grant.ownerMemberId())
                .set(INITIATIVE.OWNER_NAME, grant.ownerMemberId() == null ? blankToNull(grant.ownerName()) : null)
                .set(INITIATIVE.TARGET_GROUP, blankToNull(grant.targetGroup()))
                .set(INITIATIVE.ORIENTATION, DSL.val(grant.orientation(), INITIATIVE.ORIENTATION))
                .set(INITIATIVE.DESCRIPTION, blankToNull(grant.description()))
                .set(INITIATIVE.START_DATE, grant.start())
                .set(INITIATIVE.PLANNED_END_DATE, grant.plannedEnd())
                .set(INITIATIVE.STATUS, DSL.val(InitiativeStatus.GRANTED, INITIATIVE.STATUS))
                .returning(INITIATIVE.ID).fetchSingle(INITIATIVE.ID);
    }

    /** A continued insats: granted (from idea or applied) or extended, its planned end moved out to the new period's end. */
    private void extendForApplication(long initiativeId, LocalDate periodEnd, boolean firstMoney) {
        org.jooq.Record current = db.select(INITIATIVE.STATUS, INITIATIVE.PLANNED_END_DATE, INITIATIVE.VERSION)
                .from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId)).fetchOptional()
                .orElseThrow(ConcurrentEditException::new);
        InitiativeStatus status = current.get(INITIATIVE.STATUS, InitiativeStatus.class);
        InitiativeStatus next = switch (status) {
            case IDEA, APPLIED, GRANTED -> InitiativeStatus.GRANTED;
            case STOPPED -> throw new UserFacingException("initiative.error.statusMove",
                    new se.samordnaren.common.Translated(status.translationKey()),
                    new se.samordnaren.common.Translated(InitiativeStatus.EXTENDED.translationKey()));
            default -> firstMoney ? status : InitiativeStatus.EXTENDED;
        };
        LocalDate plannedEnd = current.get(INITIATIVE.PLANNED_END_DATE);
        if (periodEnd != null && (plannedEnd == null || periodEnd.isAfter(plannedEnd))) {
            plannedEnd = periodEnd;
        }
        var update = db.update(INITIATIVE)
                .set(INITIATIVE.STATUS, DSL.val(next, INITIATIVE.STATUS))
                .set(INITIATIVE.PLANNED_END_DATE, plannedEnd)
                .set(INITIATIVE.VERSION, INITIATIVE.VERSION.plus(1));
        if (status == InitiativeStatus.ENDED && next == InitiativeStatus.EXTENDED) {
            update = update.set(INITIATIVE.ACTUAL_END_DATE, (LocalDate) null);
        }
        ConcurrentEditException.requireUpdated(update.where(INITIATIVE.ID.eq(initiativeId))
                .and(INITIATIVE.VERSION.eq(current.get(INITIATIVE.VERSION))).execute());
    }
}
