package se.samordnaren.equity;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.samordnaren.common.ParagraphRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static se.samordnaren.db.Tables.ALLOCATION_YEAR;
import static se.samordnaren.db.Tables.ANNUAL_RESULT;
import static se.samordnaren.db.Tables.DECISION_LINK;
import static se.samordnaren.db.Tables.DECISION_PLACE;
import static se.samordnaren.db.Tables.DISCHARGE;
import static se.samordnaren.db.Tables.EQUITY_FORECAST;
import static se.samordnaren.db.Tables.EQUITY_STATUS;
import static se.samordnaren.db.Tables.GUIDELINE_STEP;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The reads of the equity feature ({@link EquityService} holds the role checks and the writes). The figures against
 * the guideline come from the views equity_status (years with an annual result) and equity_forecast (the decided
 * budgets and plans after the last result), so the arithmetic — allowed level, excess, ratio — is the database's.
 */
@Component
class EquityQueries {

    private final DSLContext db;

    EquityQueries(DSLContext db) {
        this.db = db;
    }

    // ---------------------------------------------------------------- annual results

    List<AnnualResultRow> results() {
        var r = ANNUAL_RESULT;
        var d = DECISION_PLACE;
        Field<Integer> granted = dischargeCount(DISCHARGE.GRANTED_ON.isNotNull().and(DISCHARGE.REFUSED.isFalse()));
        Field<Integer> refused = dischargeCount(DISCHARGE.REFUSED.isTrue());
        Field<Integer> outstanding = dischargeCount(DISCHARGE.GRANTED_ON.isNull().and(DISCHARGE.REFUSED.isFalse()));
        return db.select(r.ID, r.YEAR, r.INCOME, r.COSTS, r.RESULT, r.EQUITY_START, r.EQUITY_END,
                        DSL.coalesce(r.ALLOCATION, ALLOCATION_YEAR.TOTAL),
                        d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE, d.PARAGRAPH_NUMBER,
                        r.NOTE, granted, refused, outstanding)
                .from(r)
                .leftJoin(ALLOCATION_YEAR).on(ALLOCATION_YEAR.YEAR.eq(r.YEAR))
                .leftJoin(d).on(d.DECISION_ID.eq(r.DECISION_ID))
                .orderBy(r.YEAR.desc())
                .fetch(x -> new AnnualResultRow(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(),
                        x.value6(), x.value7(), x.value8(),
                        paragraph(x.value9(), x.value10(), x.value11(), x.value12(), x.value13()),
                        x.value14(), x.value15(), x.value16(), x.value17()));
    }

    private static Field<Integer> dischargeCount(Condition condition) {
        return DSL.field(select(count()).from(DISCHARGE)
                .where(DISCHARGE.ANNUAL_RESULT_ID.eq(ANNUAL_RESULT.ID)).and(condition));
    }

    Optional<AnnualResultDetail> result(int year) {
        // An alias: the equity status inside joins annual_result itself and must correlate with this row.
        var r = ANNUAL_RESULT.as("this_result");
        var d = DECISION_PLACE;
        Field<List<AnnualResultDetail.Discharge>> discharges = multiset(
                select(DISCHARGE.ID, DISCHARGE.MEMBER_ID, MEMBER.NAME, DISCHARGE.GRANTED_ON, DISCHARGE.REFUSED,
                        DISCHARGE.REFERENCE, DISCHARGE.VERSION)
                        .from(DISCHARGE)
                        .join(MEMBER).on(MEMBER.ID.eq(DISCHARGE.MEMBER_ID))
                        .where(DISCHARGE.ANNUAL_RESULT_ID.eq(r.ID))
                        .orderBy(MEMBER.NAME))
                .convertFrom(x -> x.map(mapping(AnnualResultDetail.Discharge::new)));
        Field<List<EquityYear>> equity = multiset(history(EQUITY_STATUS.ANNUAL_RESULT_ID.eq(r.ID)))
                .convertFrom(x -> x.map(mapping(EquityYear::new)));
        return db.select(r.ID, r.YEAR, r.INCOME, r.COSTS, r.RESULT, r.EQUITY_START, r.EQUITY_END, r.ALLOCATION,
                        DSL.coalesce(r.ALLOCATION, ALLOCATION_YEAR.TOTAL), r.DECISION_ID,
                        d.MEETING_ID, d.BODY_NAME, d.PARAGRAPH_PREFIX, d.MEETING_DATE, d.PARAGRAPH_NUMBER,
                        r.AUDITORS_REPORT, r.AUDITORS_REPORT_ON, r.AUDITORS_RECOMMEND_DISCHARGE, r.NOTE, r.VERSION,
                        discharges, equity)
                .from(r)
                .leftJoin(ALLOCATION_YEAR).on(ALLOCATION_YEAR.YEAR.eq(r.YEAR))
                .leftJoin(d).on(d.DECISION_ID.eq(r.DECISION_ID))
                .where(r.YEAR.eq(year))
                .fetchOptional(x -> new AnnualResultDetail(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(),
                        x.value6(), x.value7(), x.value8(), x.value9(), x.value10(),
                        paragraph(x.value11(), x.value12(), x.value13(), x.value14(), x.value15()),
                        x.value16(), x.value17(), x.value18(), x.value19(), x.value20(), x.value21(),
                        x.value22().isEmpty() ? null : x.value22().getFirst()));
    }

    /** The year's allocation from the allocation feature's table (the default of a new annual result's allocation). */
    Optional<BigDecimal> allocationOf(int year) {
        return db.select(ALLOCATION_YEAR.TOTAL).from(ALLOCATION_YEAR).where(ALLOCATION_YEAR.YEAR.eq(year))
                .fetchOptional(ALLOCATION_YEAR.TOTAL);
    }

    // ---------------------------------------------------------------- equity against the guideline

    EquityOverview overview() {
        Field<List<EquityYear>> history = multiset(history(DSL.noCondition()))
                .convertFrom(x -> x.map(mapping(EquityYear::new)));
        Field<List<EquityYear>> forecast = multiset(forecast(DSL.noCondition()))
                .convertFrom(x -> x.map(mapping(EquityYear::new)));
        return db.select(history, forecast).fetchSingle(mapping(EquityOverview::new));
    }

    private static Select<Record12<Integer, Boolean, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal,
            BigDecimal, String, BigDecimal, BigDecimal, BigDecimal>> history(Condition where) {
        var s = EQUITY_STATUS;
        return select(s.YEAR, inline(false), ANNUAL_RESULT.INCOME, ANNUAL_RESULT.COSTS, s.RESULT, s.EQUITY_END,
                s.ALLOCATION, s.MAX_SHARE, s.SOURCE, s.ALLOWED, s.EXCESS, s.RATIO_PERCENT)
                .from(s)
                .join(ANNUAL_RESULT).on(ANNUAL_RESULT.ID.eq(s.ANNUAL_RESULT_ID))
                .where(where)
                .orderBy(s.YEAR);
    }

    private static Select<Record12<Integer, Boolean, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal,
            BigDecimal, String, BigDecimal, BigDecimal, BigDecimal>> forecast(Condition where) {
        var f = EQUITY_FORECAST;
        Field<BigDecimal> ratio = round(f.EQUITY_END.mul(inline(100)).div(DSL.nullif(f.ALLOCATION, BigDecimal.ZERO)), 1);
        return select(f.YEAR, inline(true), f.INCOME, f.COSTS, f.RESULT, f.EQUITY_END, f.ALLOCATION, f.MAX_SHARE,
                f.SOURCE, f.ALLOWED, f.EXCESS, ratio)
                .from(f)
                .where(where)
                .orderBy(f.YEAR);
    }

    /**
     * The spending target for a year: the forecast's figures when the year is planned, else the annual result's;
     * amount = |equity − allowed| in SQL.
     */
    Optional<SpendingTarget> spendingTarget(int year) {
        var f = EQUITY_FORECAST;
        var s = EQUITY_STATUS;
        var planned = select(f.YEAR, inline(true).as("forecast"), f.EQUITY_END, f.ALLOWED, f.MAX_SHARE, f.SOURCE,
                abs(f.EXCESS).as("amount"), f.EXCESS.gt(BigDecimal.ZERO).as("must_spend"))
                .from(f).where(f.YEAR.eq(year)).and(f.EXCESS.isNotNull());
        var closed = select(s.YEAR, inline(false).as("forecast"), s.EQUITY_END, s.ALLOWED, s.MAX_SHARE, s.SOURCE,
                abs(s.EXCESS).as("amount"), s.EXCESS.gt(BigDecimal.ZERO).as("must_spend"))
                .from(s).where(s.YEAR.eq(year)).and(s.EXCESS.isNotNull());
        return db.selectFrom(planned.unionAll(closed).asTable("t"))
                .orderBy(DSL.field(DSL.name("t", "forecast")).desc())
                .limit(1)
                .fetchOptional(x -> new SpendingTarget(x.get(0, Integer.class), x.get(1, Boolean.class),
                        x.get(2, BigDecimal.class), x.get(3, BigDecimal.class), x.get(4, BigDecimal.class),
                        x.get(5, String.class), x.get(6, BigDecimal.class), x.get(7, Boolean.class)));
    }

    // ---------------------------------------------------------------- the guideline

    List<GuidelineStep> guidelineSteps() {
        var g = GUIDELINE_STEP;
        var inner = GUIDELINE_STEP.as("later");
        Field<LocalDate> inForceFrom = DSL.field(select(DSL.max(inner.VALID_FROM)).from(inner)
                .where(inner.VALID_FROM.le(DSL.currentLocalDate())));
        return db.select(g.ID, g.VALID_FROM, g.ALLOCATION_UP_TO, g.MAX_SHARE, g.SOURCE, g.VERSION,
                        DSL.coalesce(g.VALID_FROM.eq(inForceFrom), inline(false)))
                .from(g)
                .orderBy(g.VALID_FROM.desc(), g.ALLOCATION_UP_TO.asc().nullsLast())
                .fetch(mapping(GuidelineStep::new));
    }

    // ---------------------------------------------------------------- the § picker and links

    /** The result's decision and linkable record id as stored now. */
    record Stored(Long decisionId, long recordId) {
    }

    Optional<Stored> stored(long annualResultId) {
        return db.select(ANNUAL_RESULT.DECISION_ID, ANNUAL_RESULT.RECORD_ID).from(ANNUAL_RESULT)
                .where(ANNUAL_RESULT.ID.eq(annualResultId)).fetchOptional(mapping(Stored::new));
    }

    Optional<Long> link(long decisionId, long recordId) {
        return db.select(DECISION_LINK.ID).from(DECISION_LINK)
                .where(DECISION_LINK.DECISION_ID.eq(decisionId)).and(DECISION_LINK.RECORD_ID.eq(recordId))
                .fetchOptional(DECISION_LINK.ID);
    }

    private static ParagraphRef paragraph(Long meetingId, String body, String prefix, LocalDate date, Integer number) {
        return meetingId == null ? null : new ParagraphRef(meetingId, body, prefix, date, number);
    }
}
