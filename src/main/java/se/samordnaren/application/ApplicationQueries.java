package se.samordnaren.application;

import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.EnumConverter;
import org.jooq.impl.SQLDataType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samordnaren.common.PageRequest;
import se.samordnaren.common.Paging;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.initiative.GrantKind;
import se.samordnaren.initiative.GrantLedgerService;
import se.samordnaren.meeting.DecisionOutcome;
import se.samordnaren.people.BodyType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static se.samordnaren.db.Tables.APPLICATION_REQUESTED_AMOUNT;
import static se.samordnaren.db.Tables.APPLICATION_REQUESTED_COMPARISON;
import static se.samordnaren.db.Tables.APPLICATION_STEP;
import static se.samordnaren.db.Tables.ATTACHMENT_INFO;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_OVERVIEW;
import static se.samordnaren.db.Tables.FUNDING_APPLICATION_VERSION;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The reads of the applications feature, open to every signed-in role: the list one page at a time with its totals,
 * one application's page in one statement (versions, requested money, comparison, steps with their §, files and
 * grants nested with multiset), and the decisions a step may rest on.
 */
@Service
public class ApplicationQueries {

    /** The list's sortable columns, by the sort property the grid sends. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "applicant", FUNDING_APPLICATION_OVERVIEW.APPLICANT,
            "title", FUNDING_APPLICATION_OVERVIEW.TITLE,
            "versionNo", FUNDING_APPLICATION_OVERVIEW.VERSION_NO,
            "requestedTotal", FUNDING_APPLICATION_OVERVIEW.REQUESTED_TOTAL,
            "lastStepOn", FUNDING_APPLICATION_OVERVIEW.LAST_STEP_ON,
            "firstReceivedOn", FUNDING_APPLICATION_OVERVIEW.FIRST_RECEIVED_ON);

    /** The applicant as the overview names it: the member's name, else the typed name. */
    private static final Field<String> APPLICANT = DSL.coalesce(MEMBER.NAME, FUNDING_APPLICATION.APPLICANT_NAME);
    /** The first version's received date (the list's default order), kept on the application by the database. */
    private static final Field<LocalDate> FIRST_RECEIVED = FUNDING_APPLICATION.FIRST_RECEIVED_ON;
    /** The latest version's id, as the overview defines it. */
    private static final Field<Long> LATEST_VERSION = DSL.field(select(FUNDING_APPLICATION_VERSION.ID)
            .from(FUNDING_APPLICATION_VERSION).where(FUNDING_APPLICATION_VERSION.APPLICATION_ID.eq(FUNDING_APPLICATION.ID))
            .orderBy(FUNDING_APPLICATION_VERSION.VERSION_NO.desc()).limit(1));
    /**
     * What the latest version asks for in total, read from its amounts directly (the totals: the overview would also
     * compute every application's last step, which they do not show).
     */
    private static final Field<BigDecimal> REQUESTED = DSL.field(select(DSL.sum(APPLICATION_REQUESTED_AMOUNT.AMOUNT))
            .from(APPLICATION_REQUESTED_AMOUNT).where(APPLICATION_REQUESTED_AMOUNT.VERSION_ID.eq(LATEST_VERSION)));
    /** The sorts the list can cut its page by before it computes the overview. */
    private static final Map<String, Field<?>> PAGE_FIRST_SORTABLE = Map.of(
            "applicant", APPLICANT,
            "firstReceivedOn", FIRST_RECEIVED);
    private static final String PAGE_KEY = "page_application_id";

    private static final List<DecisionOutcome> AU_OUTCOMES =
            List.of(DecisionOutcome.PROPOSAL, DecisionOutcome.REFERRED_BACK, DecisionOutcome.POSTPONED);
    /** The board's outcomes: those that grant money (the initiative feature's one rule), and the refusals. */
    private static final List<DecisionOutcome> BOARD_OUTCOMES = java.util.Arrays.stream(DecisionOutcome.values())
            .filter(o -> GrantLedgerService.grantsMoney(o) || o == DecisionOutcome.REJECTED
                    || o == DecisionOutcome.REFERRED_BACK || o == DecisionOutcome.POSTPONED)
            .toList();

    /** The meeting feature's vocabulary for the outcome column of the view decision_place (text in SQL). */
    private static final EnumConverter<String, DecisionOutcome> OUTCOME = new EnumConverter<>(String.class, DecisionOutcome.class);

    private final DSLContext db;

    ApplicationQueries(DSLContext db) {
        this.db = db;
    }

    /** One page of the applications the filter matches, newest first unless another order is asked for. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApplicationSummary> list(ApplicationFilter filter, PageRequest page) {
        var o = FUNDING_APPLICATION_OVERVIEW;
        var select = db.select(o.APPLICATION_ID, o.STATUS, o.APPLICANT, o.CASE_NUMBER, o.TITLE, o.VERSION_NO,
                o.REQUESTED_TOTAL, o.FIRST_RECEIVED_ON, o.LAST_STEP, o.LAST_STEP_ON, o.INITIATIVE_ID);
        var order = Paging.order(page, SORTABLE, o.FIRST_RECEIVED_ON.desc(), o.APPLICATION_ID.desc());
        boolean pageFirst = page.sort().stream().allMatch(s -> !SORTABLE.containsKey(s.property())
                || PAGE_FIRST_SORTABLE.containsKey(s.property()));
        if (!pageFirst) {
            // Sorting by the latest version's title or money or by the last step needs the overview of every match.
            return Paging.page(select.from(o).where(matching(filter)).orderBy(order), page)
                    .fetch(mapping(ApplicationSummary::new));
        }
        // The page is cut from the applications themselves (by default the first rows of the index on the stored
        // first-received date, 047), and the overview (latest version, requested total, last step) is computed for the
        // page's rows only.
        var a = FUNDING_APPLICATION;
        Table<?> keys = Paging.page(DSL.select(a.ID.as(PAGE_KEY)).from(a)
                        .leftJoin(MEMBER).on(MEMBER.ID.eq(a.APPLICANT_MEMBER_ID))
                        .where(baseMatching(filter))
                        .orderBy(Paging.order(page, PAGE_FIRST_SORTABLE, FIRST_RECEIVED.desc(), a.ID.desc())), page)
                .asTable("page_keys");
        return select.from(keys).join(o).on(o.APPLICATION_ID.eq(keys.field(PAGE_KEY, Long.class)))
                .orderBy(order)
                .fetch(mapping(ApplicationSummary::new));
    }

    /** How many applications the filter matches and what they ask for in total (the list's footer). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ApplicationTotals totals(ApplicationFilter filter) {
        return db.select(DSL.count(), DSL.coalesce(DSL.sum(REQUESTED), BigDecimal.ZERO))
                .from(FUNDING_APPLICATION)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(FUNDING_APPLICATION.APPLICANT_MEMBER_ID))
                .where(baseMatching(filter))
                .fetchSingle(mapping(ApplicationTotals::new));
    }

    /**
     * What the list opens on: the latest year in which applications came in, not after {@code thisYear} (null when
     * none has), and that year's totals, in one statement. The list opens on one year's applications so that neither
     * its first page nor its footer grows with the years of history (docs/performance.md): both are a range of the
     * index on the first-received date.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ListStart listStart(int thisYear) {
        var a = FUNDING_APPLICATION;
        // The newest first-received date before next year: one probe of funding_application_first_received_idx.
        var latest = DSL.name("latest").fields("year").as(
                select(DSL.extract(DSL.max(a.FIRST_RECEIVED_ON), DatePart.YEAR).cast(SQLDataType.INTEGER))
                        .from(a).where(a.FIRST_RECEIVED_ON.lt(LocalDate.of(thisYear + 1, 1, 1))));
        Field<Integer> year = latest.field("year", Integer.class);
        return db.with(latest)
                .select(year, DSL.count(a.ID), DSL.coalesce(DSL.sum(REQUESTED), BigDecimal.ZERO))
                .from(latest)
                .leftJoin(a).on(receivedIn(year))
                .groupBy(year)
                .fetchSingle(r -> new ListStart(r.value1(), new ApplicationTotals(r.value2(), r.value3())));
    }

    /** The list's opening: the year it shows ({@link ApplicationFilter#receivedYear()}) and that year's totals. */
    public record ListStart(Integer receivedYear, ApplicationTotals totals) {
    }

    /** The application first came in during the year: a range of the first-received date (an index range). */
    private static Condition receivedIn(Field<LocalDate> firstReceived, int year) {
        return firstReceived.ge(LocalDate.of(year, 1, 1)).and(firstReceived.lt(LocalDate.of(year + 1, 1, 1)));
    }

    /** The same for a year computed in the statement. */
    private static Condition receivedIn(Field<Integer> year) {
        return FUNDING_APPLICATION.FIRST_RECEIVED_ON.ge(yearStart(year))
                .and(FUNDING_APPLICATION.FIRST_RECEIVED_ON.lt(yearStart(year.plus(1))));
    }

    private static Field<LocalDate> yearStart(Field<Integer> year) {
        return DSL.field("make_date({0}, 1, 1)", SQLDataType.LOCALDATE, year);
    }

    /** The same filter as {@link #matching}, on funding_application (left joined to member) instead of the overview. */
    private static Condition baseMatching(ApplicationFilter filter) {
        var a = FUNDING_APPLICATION;
        Condition where = DSL.noCondition();
        if (filter.statuses() != null) {
            where = where.and(a.STATUS.in(filter.statuses()));
        }
        if (filter.receivedYear() != null) {
            where = where.and(receivedIn(a.FIRST_RECEIVED_ON, filter.receivedYear()));
        }
        if (filter.applicant() != null && !filter.applicant().isBlank()) {
            where = where.and(APPLICANT.containsIgnoreCase(filter.applicant().trim()));
        }
        if (filter.year() != null) {
            where = where.and(exists(selectOne().from(APPLICATION_REQUESTED_AMOUNT)
                    .where(APPLICATION_REQUESTED_AMOUNT.VERSION_ID.eq(LATEST_VERSION))
                    .and(APPLICATION_REQUESTED_AMOUNT.YEAR.eq(filter.year()))));
        }
        return where;
    }

    private static Condition matching(ApplicationFilter filter) {
        var o = FUNDING_APPLICATION_OVERVIEW;
        Condition where = DSL.noCondition();
        if (filter.statuses() != null) {
            where = where.and(o.STATUS.in(filter.statuses()));
        }
        if (filter.receivedYear() != null) {
            where = where.and(receivedIn(o.FIRST_RECEIVED_ON, filter.receivedYear()));
        }
        if (filter.applicant() != null && !filter.applicant().isBlank()) {
            where = where.and(o.APPLICANT.containsIgnoreCase(filter.applicant().trim()));
        }
        if (filter.year() != null) {
            where = where.and(exists(selectOne().from(APPLICATION_REQUESTED_AMOUNT)
                    .where(APPLICATION_REQUESTED_AMOUNT.VERSION_ID.eq(o.VERSION_ID))
                    .and(APPLICATION_REQUESTED_AMOUNT.YEAR.eq(filter.year()))));
        }
        return where;
    }

    /** One application with its versions, requested money, comparison, steps with their §, files and grants. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<ApplicationDetail> detail(long applicationId) {
        var a = FUNDING_APPLICATION;
        return db.select(a.ID, a.VERSION, a.STATUS, a.APPLICANT_MEMBER_ID, DSL.coalesce(MEMBER.NAME, a.APPLICANT_NAME),
                        a.CASE_NUMBER, a.CONTACT, a.INITIATIVE_ID, INITIATIVE.NAME, versions(), steps(), comparison(),
                        grants())
                .from(a)
                .leftJoin(MEMBER).on(MEMBER.ID.eq(a.APPLICANT_MEMBER_ID))
                .leftJoin(INITIATIVE).on(INITIATIVE.ID.eq(a.INITIATIVE_ID))
                .where(a.ID.eq(applicationId))
                .fetchOptional(mapping(ApplicationDetail::new));
    }

    private static Field<List<ApplicationDetail.Version>> versions() {
        var v = FUNDING_APPLICATION_VERSION;
        var r = APPLICATION_REQUESTED_AMOUNT;
        var f = ATTACHMENT_INFO;
        return multiset(
                select(v.ID, v.VERSION_NO, v.VERSION, v.RECEIVED_ON, v.TITLE, v.TARGET_GROUP, v.ORIENTATION, v.DESCRIPTION,
                        v.PERIOD_START, v.PERIOD_END, v.CHANGE_NOTE,
                        DSL.field("application_version_frozen({0})", SQLDataType.BOOLEAN, v.ID),
                        multiset(select(r.YEAR, r.AMOUNT).from(r).where(r.VERSION_ID.eq(v.ID)).orderBy(r.YEAR))
                                .convertFrom(x -> x.map(mapping(ApplicationDetail.Requested::new))),
                        multiset(select(f.ID, f.FILE_NAME, f.CONTENT_TYPE, f.SIZE_BYTES, f.SHA256, f.UPLOADED_AT, f.UPLOADED_BY)
                                .from(f).where(f.APPLICATION_VERSION_ID.eq(v.ID)).orderBy(f.UPLOADED_AT, f.ID))
                                .convertFrom(x -> x.map(mapping(ApplicationDetail.Attachment::new))))
                        .from(v).where(v.APPLICATION_ID.eq(FUNDING_APPLICATION.ID)).orderBy(v.VERSION_NO))
                .convertFrom(x -> x.map(mapping(ApplicationDetail.Version::new)));
    }

    private static Field<List<ApplicationDetail.Step>> steps() {
        var s = APPLICATION_STEP;
        var dp = DECISION_PLACE.as("step_place");
        var sv = FUNDING_APPLICATION_VERSION.as("step_version");
        return multiset(
                select(s.ID, s.STEP, s.OCCURRED_ON, s.OUTCOME, s.NOTES, sv.VERSION_NO, s.VERSION, place(dp))
                        .from(s)
                        .join(sv).on(sv.ID.eq(s.VERSION_ID))
                        .leftJoin(dp).on(dp.DECISION_ID.eq(s.DECISION_ID))
                        .where(s.APPLICATION_ID.eq(FUNDING_APPLICATION.ID))
                        .orderBy(s.OCCURRED_ON, s.ID))
                .convertFrom(x -> x.map(mapping(ApplicationDetail.Step::new)));
    }

    private static Field<List<ApplicationDetail.Comparison>> comparison() {
        var c = APPLICATION_REQUESTED_COMPARISON;
        return multiset(
                select(c.VERSION_NO, c.YEAR, c.AMOUNT, c.PREVIOUS_AMOUNT, c.DIFFERENCE)
                        .from(c).where(c.APPLICATION_ID.eq(FUNDING_APPLICATION.ID)).orderBy(c.YEAR, c.VERSION_NO))
                .convertFrom(x -> x.map(mapping(ApplicationDetail.Comparison::new)));
    }

    /** The insats's grants that rest on a decision step of this application. */
    private static Field<List<ApplicationDetail.Grant>> grants() {
        var g = INITIATIVE_GRANT;
        var gp = DECISION_PLACE.as("grant_place");
        return multiset(
                select(g.YEAR, g.KIND, g.AMOUNT, place(gp))
                        .from(g)
                        .join(gp).on(gp.DECISION_ID.eq(g.DECISION_ID))
                        .where(g.INITIATIVE_ID.eq(FUNDING_APPLICATION.INITIATIVE_ID))
                        .and(g.DECISION_ID.in(select(APPLICATION_STEP.DECISION_ID).from(APPLICATION_STEP)
                                .where(APPLICATION_STEP.APPLICATION_ID.eq(FUNDING_APPLICATION.ID))))
                        .orderBy(g.YEAR, g.ID))
                // The grant kind is the insats feature's vocabulary, read by its name whatever the column's Java type.
                .convertFrom(x -> x.map(r -> new ApplicationDetail.Grant(r.value1(), r.get(1, GrantKind.class),
                        r.value3(), r.value4())));
    }

    /**
     * The decisions a step may rest on, newest first: for AU_PROPOSAL the working committee's proposals, referrals
     * back and postponements; for BOARD_DECISION the board's decisions. Only meetings on or after the application's
     * latest step, and only decisions not yet used by this application.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DecisionPlace> decisionsFor(long applicationId, StepKind step) {
        var dp = DECISION_PLACE;
        Condition kind = switch (step) {
            case AU_PROPOSAL -> BODY.BODY_TYPE.eq(BodyType.WORKING_COMMITTEE).and(dp.OUTCOME.convert(OUTCOME).in(AU_OUTCOMES));
            case BOARD_DECISION -> BODY.BODY_TYPE.eq(BodyType.BOARD).and(dp.OUTCOME.convert(OUTCOME).in(BOARD_OUTCOMES));
            default -> throw new IllegalArgumentException("No decision for step " + step);
        };
        Field<LocalDate> lastStep = select(DSL.max(APPLICATION_STEP.OCCURRED_ON)).from(APPLICATION_STEP)
                .where(APPLICATION_STEP.APPLICATION_ID.eq(applicationId)).asField();
        return db.select(place(dp))
                .from(dp).join(BODY).on(BODY.ID.eq(dp.BODY_ID))
                .where(kind)
                .and(dp.MEETING_DATE.ge(DSL.coalesce(lastStep, DSL.val(LocalDate.of(2000, 1, 1)))))
                .and(DSL.notExists(selectOne().from(APPLICATION_STEP).where(APPLICATION_STEP.APPLICATION_ID.eq(applicationId))
                        .and(APPLICATION_STEP.DECISION_ID.eq(dp.DECISION_ID))))
                .orderBy(dp.MEETING_DATE.desc(), dp.PARAGRAPH_NUMBER)
                .fetch(org.jooq.Record1::value1);
    }

    // ---------------------------------------------------------------- for the step workflow, inside its transaction

    /** The decision a step names; empty when it does not exist. */
    Optional<DecisionPlace> decisionPlace(long decisionId) {
        var dp = DECISION_PLACE;
        return db.select(place(dp)).from(dp).where(dp.DECISION_ID.eq(decisionId)).fetchOptional(org.jooq.Record1::value1);
    }

    /** The linkable record of an insats (what a decision links to). */
    long initiativeRecordId(long initiativeId) {
        return db.select(INITIATIVE.RECORD_ID).from(INITIATIVE).where(INITIATIVE.ID.eq(initiativeId))
                .fetchSingle(INITIATIVE.RECORD_ID);
    }

    boolean linked(long decisionId, long recordId) {
        return db.fetchExists(DECISION_LINK, DECISION_LINK.DECISION_ID.eq(decisionId).and(DECISION_LINK.RECORD_ID.eq(recordId)));
    }

    /** Whether the decision may carry money (the same outcomes the database accepts for grants). */
    static boolean grants(DecisionOutcome outcome) {
        return outcome != null && GrantLedgerService.grantsMoney(outcome);
    }

    // ---------------------------------------------------------------- the § of a decision

    /** The decision with its § reference as one nested value (null where a left join found none). */
    private static SelectField<DecisionPlace> place(se.samordnaren.db.tables.DecisionPlace dp) {
        return DSL.row(dp.DECISION_ID, dp.OUTCOME.convert(OUTCOME), dp.MEETING_ID, dp.BODY_NAME,
                        dp.PARAGRAPH_PREFIX, dp.MEETING_DATE, dp.PARAGRAPH_NUMBER, dp.ITEM_TITLE,
                        // The approval lock's own test: links to approved minutes are refused.
                        DSL.field("meeting_is_approved({0})", SQLDataType.BOOLEAN, dp.MEETING_ID))
                .mapping(ApplicationQueries::place);
    }

    private static DecisionPlace place(Long decisionId, DecisionOutcome outcome, Long meetingId, String bodyName,
                                       String prefix, LocalDate meetingDate, Integer number, String title,
                                       Boolean approved) {
        if (decisionId == null) {
            return null;
        }
        return new DecisionPlace(decisionId, outcome, new ParagraphRef(meetingId, bodyName, prefix, meetingDate, number),
                title, Boolean.TRUE.equals(approved));
    }
}
