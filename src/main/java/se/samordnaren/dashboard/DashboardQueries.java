package se.samordnaren.dashboard;

import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.Record11;
import org.jooq.Record13;
import org.jooq.Record15;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import se.samordnaren.bookkeeping.ImportFormat;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.dashboard.BoardDashboard.BudgetFollowUp;
import se.samordnaren.dashboard.BoardDashboard.BudgetLine;
import se.samordnaren.dashboard.BoardDashboard.DischargeOutstanding;
import se.samordnaren.dashboard.BoardDashboard.EquityYear;
import se.samordnaren.dashboard.BoardDashboard.FollowUpsDue;
import se.samordnaren.dashboard.BoardDashboard.InsatsMoney;
import se.samordnaren.dashboard.BoardDashboard.InsatsYear;
import se.samordnaren.dashboard.BoardDashboard.LatestImport;
import se.samordnaren.dashboard.BoardDashboard.Totals;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.meeting.AsApproved;
import se.samordnaren.meeting.MeetingStatus;
import se.samordnaren.meeting.ParagraphRefs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static se.samordnaren.db.Tables.ACTUAL_MONTHLY;
import static se.samordnaren.db.Tables.AGENDA_ITEM;
import static se.samordnaren.db.Tables.ANNUAL_RESULT;
import static se.samordnaren.db.Tables.BODY;
import static se.samordnaren.db.Tables.BOOKKEEPING_IMPORT;
import static se.samordnaren.db.Tables.BOOKKEEPING_ROW;
import static se.samordnaren.db.Tables.BUDGET_AMOUNT;
import static se.samordnaren.db.Tables.BUDGET_ITEM;
import static se.samordnaren.db.Tables.BUDGET_REFERENCE;
import static se.samordnaren.db.Tables.BUDGET_VERSION;
import static se.samordnaren.db.Tables.DECISION;
import static se.samordnaren.db.Tables.DISCHARGE;
import static se.samordnaren.db.Tables.EQUITY_FORECAST;
import static se.samordnaren.db.Tables.EQUITY_STATUS;
import static se.samordnaren.db.Tables.INITIATIVE;
import static se.samordnaren.db.Tables.INITIATIVE_GRANT_YEAR;
import static se.samordnaren.db.Tables.MEETING;
import static se.samordnaren.db.Tables.MEMBER;

/**
 * The dashboard's reads of the money in one statement, whatever the number of years, lines or insatser: each region
 * is a nested field of it (jOOQ multiset), and every sum is in SQL (window sums carry a region's totals on its rows).
 * The year's actuals are aggregated once, for that year only (a CTE the budget and the insatser regions share; the
 * year reaches bookkeeping_row's and actual_entry's year indexes through actual_monthly, 041-money-year-indexes.sql),
 * so the time does not grow with the association's history. The money features' tables are read through their
 * read-only views (016-money.sql); nothing here writes.
 */
@Component
class DashboardQueries {

    private static final BigDecimal ZERO = BigDecimal.ZERO;

    private final DSLContext db;

    DashboardQueries(DSLContext db) {
        this.db = db;
    }

    /** The regions of the dashboard that {@link #money} reads (all but the pipeline, which is IdeaService's). */
    record Money(int year, List<Integer> budgetYears, List<EquityYear> equity, BudgetFollowUp budget, InsatsMoney insatser,
                 FollowUpsDue followUps, List<DischargeOutstanding> discharge, LatestImport latestImport) {
    }

    /**
     * The money of a year (null: the current year if it has a reference budget, else the latest year that has one,
     * else the current year — decided in the same statement), the association's equity, discharge and latest import,
     * and the follow-ups due as of {@code today} (the first {@code followUpsShown} and their counts, read by
     * FollowUpService's rule and order: {@link FollowUpService#dueField}). One statement.
     */
    Money money(Integer requestedYear, LocalDate today, int followUpsShown) {
        Field<Integer> year = requestedYear != null ? DSL.val(requestedYear) : defaultYear(today.getYear());
        var a = ACTUAL_MONTHLY;
        CommonTableExpression<Record3<Long, BigDecimal, Integer>> actuals = DSL.name("year_actuals")
                .fields("budget_item_id", "actual", "months")
                .as(select(a.BUDGET_ITEM_ID, sum(a.AMOUNT), max(a.MONTH)).from(a).where(a.YEAR.eq(year)).groupBy(a.BUDGET_ITEM_ID));

        // The years of budget_reference, which are those of a decided version: read from budget_version alone, not
        // through budget_reference, which looks up every version's deciding meeting of the whole history to pick one.
        Field<List<Integer>> budgetYears = multiset(DSL.selectDistinct(BUDGET_VERSION.YEAR).from(BUDGET_VERSION)
                        .where(BUDGET_VERSION.DECISION_ID.isNotNull()).orderBy(BUDGET_VERSION.YEAR))
                .convertFrom(r -> r.getValues(BUDGET_VERSION.YEAR));
        Field<List<BudgetFollowUp>> header = multiset(referenceBudget(year)).convertFrom(r -> r.map(x -> new BudgetFollowUp(
                x.value1(), x.value2(), x.value3(), x.value4(), 0, List.of(), Totals.ZERO, Totals.ZERO, Totals.ZERO)));
        Field<List<Row>> lines = multiset(budgetLines(year, actuals)).convertFrom(r -> r.map(x -> new Row(
                new BudgetLine(x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6(), x.value7(), x.value8()),
                x.value9(), new Totals(x.value10(), x.value11(), x.value12()), new Totals(x.value13(), x.value14(), x.value15()))));
        Field<InsatsMoney> insatser = multiset(insatser(year, actuals)).convertFrom(DashboardQueries::insatsMoney);
        Field<List<EquityYear>> equity = multiset(equity()).convertFrom(r -> r.map(x -> new EquityYear(x.value1(), x.value2(),
                x.value3(), x.value4(), x.value5(), x.value6(), x.value7(), x.value8(), x.value9(), x.value10(), x.value11())));
        Field<List<DischargeOutstanding>> discharge = multiset(dischargeOutstanding())
                .convertFrom(r -> r.map(x -> new DischargeOutstanding(x.value1(), x.value2(), x.value3())));
        Field<List<LatestImport>> latestImport = multiset(latestImport()).convertFrom(r -> r.map(x -> new LatestImport(
                x.value1(), x.value2(), x.value3(), x.value4(), x.value5(), x.value6(), x.value7(), x.value8(), x.value9(), x.value10())));

        CommonTableExpression<Record3<Long, LocalDate, String>> next = nextMeeting(today);
        Field<List<Record3<Long, LocalDate, String>>> nextMeeting = multiset(selectFrom(next)).convertFrom(r -> r);
        // Due by the next planned meeting; without one, within DAYS_AHEAD_WITHOUT_MEETING days.
        Field<LocalDate> dueBy = coalesce(DSL.field(select(next.field("meeting_date", LocalDate.class)).from(next)),
                DSL.val(today.plusDays(DashboardService.DAYS_AHEAD_WITHOUT_MEETING)));
        Field<FollowUpService.First> due = FollowUpService.dueField(dueBy, followUpsShown);

        return db.with(actuals, next)
                .select(year, budgetYears, header, lines, insatser, equity, discharge, latestImport, nextMeeting, due, dueBy)
                .fetchSingle(r -> new Money(r.value1(), r.value2(), r.value6(),
                        budgetFollowUp(r.value3().isEmpty() ? null : r.value3().getFirst(), r.value4()),
                        r.value5(), followUps(r.value9(), r.value11(), r.value10()), r.value7(),
                        r.value8().isEmpty() ? null : r.value8().getFirst()));
    }

    /** The first planned meeting from today on (the follow-ups region's horizon); no row: none planned. */
    private static CommonTableExpression<Record3<Long, LocalDate, String>> nextMeeting(LocalDate today) {
        return DSL.name("next_meeting").fields("id", "meeting_date", "body_name")
                .as(select(MEETING.ID, MEETING.MEETING_DATE, BODY.NAME)
                        .from(MEETING).join(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                        .where(MEETING.STATUS.eq(MeetingStatus.PLANNED)).and(MEETING.MEETING_DATE.ge(today))
                        .orderBy(MEETING.MEETING_DATE, BODY.NAME, MEETING.ID)
                        .limit(1));
    }

    private static FollowUpsDue followUps(List<Record3<Long, LocalDate, String>> next, LocalDate dueBy,
                                          FollowUpService.First due) {
        Record3<Long, LocalDate, String> meeting = next.isEmpty() ? null : next.getFirst();
        return new FollowUpsDue(meeting == null ? null : meeting.value2(), meeting == null ? null : meeting.value1(),
                meeting == null ? null : meeting.value3(), dueBy, due.count(), due.overdue(), due.rows());
    }

    /**
     * The current year if it has a reference budget, else the latest year that has one, else the current year. A year
     * has a reference budget when it has a decided version, so the decided versions are read directly (as the budget
     * years), not through budget_reference, whose cost grows with every version of the history.
     */
    private static Field<Integer> defaultYear(int currentYear) {
        var v = BUDGET_VERSION;
        return DSL.field(select(when(count().eq(0).or(boolOr(v.YEAR.eq(currentYear))), inline(currentYear))
                .otherwise(max(v.YEAR))).from(v).where(v.DECISION_ID.isNotNull()));
    }

    /**
     * Equity against the guideline: every year with an annual result (with the § that approved the report), then the
     * forecast from the decided budgets and plans for the years after the last one. The § is looked up in the annual
     * results' branch, before the union: joined after it, PostgreSQL estimated the forecast's rows too and read the
     * whole decision table to hash it (a cost that grew with the history) for the two or so results that have one.
     */
    private static Select<Record11<Integer, Boolean, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal,
            BigDecimal, String, Long, ParagraphRef>> equity() {
        var s = EQUITY_STATUS;
        var f = EQUITY_FORECAST;
        Table<?> years = select(s.YEAR, inline(false).as("forecast"), s.RESULT, s.EQUITY_END, s.ALLOCATION, s.MAX_SHARE,
                        s.ALLOWED, s.EXCESS, s.SOURCE, s.ANNUAL_RESULT_ID, MEETING.ID.as("p_meeting_id"),
                        AsApproved.bodyName(MEETING, BODY).as("p_body_name"),
                        AsApproved.paragraphPrefix(MEETING, BODY).as("p_prefix"), MEETING.MEETING_DATE.as("p_meeting_date"),
                        AGENDA_ITEM.NUMBER.as("p_number"))
                .from(s).join(ANNUAL_RESULT).on(ANNUAL_RESULT.ID.eq(s.ANNUAL_RESULT_ID))
                .leftJoin(DECISION).on(DECISION.ID.eq(ANNUAL_RESULT.DECISION_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .leftJoin(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .unionAll(select(f.YEAR, inline(true).as("forecast"), f.RESULT, f.EQUITY_END, f.ALLOCATION, f.MAX_SHARE,
                        f.ALLOWED, f.EXCESS, f.SOURCE, inline(null, Long.class), inline(null, Long.class),
                        inline(null, String.class), inline(null, String.class), inline(null, LocalDate.class),
                        inline(null, Integer.class))
                        .from(f))
                .asTable("equity_year");
        Field<Integer> year = years.field(s.YEAR);
        Field<Boolean> forecast = years.field("forecast", Boolean.class);
        SelectField<ParagraphRef> decidedAt = DSL.row(years.field("p_meeting_id", Long.class),
                        years.field("p_body_name", String.class), years.field("p_prefix", String.class),
                        years.field("p_meeting_date", LocalDate.class), years.field("p_number", Integer.class))
                .mapping((id, name, prefix, date, number) -> id == null ? null : new ParagraphRef(id, name, prefix, date, number));
        return select(year, forecast, years.field(s.RESULT), years.field(s.EQUITY_END), years.field(s.ALLOCATION),
                        years.field(s.MAX_SHARE), years.field(s.ALLOWED), years.field(s.EXCESS), years.field(s.SOURCE),
                        years.field(s.ANNUAL_RESULT_ID), decidedAt)
                .from(years)
                .orderBy(year, forecast);
    }

    /** The year's reference budget version: id, name, kind and the § that decided it (no row: none). */
    private static Select<Record4<Long, String, BudgetVersionKind, ParagraphRef>> referenceBudget(Field<Integer> year) {
        return select(BUDGET_VERSION.ID, BUDGET_VERSION.NAME, BUDGET_VERSION.KIND, ParagraphRefs.optional(MEETING, BODY, AGENDA_ITEM))
                .from(BUDGET_REFERENCE)
                .join(BUDGET_VERSION).on(BUDGET_VERSION.ID.eq(BUDGET_REFERENCE.BUDGET_VERSION_ID))
                .leftJoin(DECISION).on(DECISION.ID.eq(BUDGET_VERSION.DECISION_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.ITEM_ID))
                .leftJoin(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .leftJoin(BODY).on(BODY.ID.eq(MEETING.BODY_ID))
                .where(BUDGET_REFERENCE.YEAR.eq(year));
    }

    /**
     * Every line with a reference budget or an actual in the year: budget, actual, share used and the run-rate
     * forecast (months: the last month of the year with any actual); the totals of income, costs and result as window
     * sums on the same rows.
     */
    private static Select<Record15<Long, String, BudgetDirection, Long, BigDecimal, BigDecimal, BigDecimal, BigDecimal,
            Integer, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal>> budgetLines(
            Field<Integer> year, CommonTableExpression<Record3<Long, BigDecimal, Integer>> actuals) {
        var bi = BUDGET_ITEM;
        var ba = BUDGET_AMOUNT;
        var ref = BUDGET_REFERENCE;
        Table<Record2<Long, BigDecimal>> budgeted = select(ba.BUDGET_ITEM_ID, ba.AMOUNT)
                .from(ba).join(ref).on(ref.BUDGET_VERSION_ID.eq(ba.BUDGET_VERSION_ID).and(ref.YEAR.eq(year)))
                .where(ba.YEAR.eq(year)).asTable("budgeted");
        // One row: the last month with any actual, so the run rate is computed from it once, not per use.
        Table<?> period = select(coalesce(max(actuals.field("months", Integer.class)), inline(0)).as("months"))
                .from(actuals).asTable("period");
        Field<Integer> months = period.field("months", Integer.class);

        Field<BigDecimal> budgetAmount = budgeted.field(ba.AMOUNT);
        Field<BigDecimal> actualAmount = actuals.field("actual", BigDecimal.class);
        Field<BigDecimal> budget = coalesce(budgetAmount, inline(ZERO));
        Field<BigDecimal> actual = coalesce(actualAmount, inline(ZERO));
        Field<BigDecimal> forecast = when(months.eq(12), actual)
                .when(months.gt(0), round(actual.mul(inline(12)).div(months), 0));
        Field<BigDecimal> share = when(budget.gt(inline(ZERO)), round(actual.mul(inline(100)).div(budget), 1));
        Field<Integer> sign = when(bi.DIRECTION.eq(BudgetDirection.INCOME), inline(1)).otherwise(inline(-1));
        var byDirection = partitionBy(bi.DIRECTION);

        return select(bi.ID, bi.NAME, bi.DIRECTION, bi.INITIATIVE_ID, budget, actual, share, forecast, months,
                        sum(budget).over(byDirection), sum(actual).over(byDirection), sum(forecast).over(byDirection),
                        sum(budget.mul(sign)).over(), sum(actual.mul(sign)).over(), sum(forecast.mul(sign)).over())
                .from(bi)
                .leftJoin(budgeted).on(budgeted.field(ba.BUDGET_ITEM_ID).eq(bi.ID))
                .leftJoin(actuals).on(actuals.field("budget_item_id", Long.class).eq(bi.ID))
                .crossJoin(period)
                .where(budgetAmount.isNotNull().or(actualAmount.isNotNull()))
                .orderBy(when(bi.DIRECTION.eq(BudgetDirection.INCOME), inline(0)).otherwise(inline(1)), bi.POSITION, bi.NAME);
    }

    /** The budget follow-up from the header (null: the year has no reference budget) and the lines with their totals. */
    private static BudgetFollowUp budgetFollowUp(BudgetFollowUp header, List<Row> rows) {
        Totals income = rows.stream().filter(r -> r.line.direction() == BudgetDirection.INCOME).findFirst()
                .map(Row::directionTotals).orElse(Totals.ZERO);
        Totals costs = rows.stream().filter(r -> r.line.direction() == BudgetDirection.COST).findFirst()
                .map(Row::directionTotals).orElse(Totals.ZERO);
        Totals result = rows.isEmpty() ? Totals.ZERO : rows.getFirst().resultTotals;
        int monthCount = rows.isEmpty() ? 0 : rows.getFirst().months;
        BudgetFollowUp h = header == null ? new BudgetFollowUp(null, null, null, null, 0, List.of(), Totals.ZERO, Totals.ZERO, Totals.ZERO) : header;
        return new BudgetFollowUp(h.versionId(), h.versionName(), h.kind(), h.decidedAt(), monthCount,
                rows.stream().map(Row::line).toList(), income, costs, result);
    }

    private record Row(BudgetLine line, int months, Totals directionTotals, Totals resultTotals) {
    }

    /**
     * The insatser's money in the year: granted (initiative_grant_year) against the actuals on each insats' budget
     * line, and what is granted for later years; the totals as window sums.
     */
    private static Select<Record13<Long, String, Long, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal,
            BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal>> insatser(
            Field<Integer> year, CommonTableExpression<Record3<Long, BigDecimal, Integer>> used) {
        var g = INITIATIVE_GRANT_YEAR;
        var i = INITIATIVE;
        var bi = BUDGET_ITEM;
        Table<Record2<Long, BigDecimal>> granted = select(g.INITIATIVE_ID, g.GRANTED_TOTAL)
                .from(g).where(g.YEAR.eq(year)).asTable("granted");
        Table<Record2<Long, BigDecimal>> later = select(g.INITIATIVE_ID, sum(g.GRANTED_TOTAL).as("later"))
                .from(g).where(g.YEAR.gt(year)).groupBy(g.INITIATIVE_ID).asTable("later");

        Field<BigDecimal> grantedAmount = granted.field(g.GRANTED_TOTAL);
        Field<BigDecimal> laterAmount = later.field("later", BigDecimal.class);
        Field<BigDecimal> usedAmount = used.field("actual", BigDecimal.class);
        Field<BigDecimal> grant = coalesce(grantedAmount, inline(ZERO));
        Field<BigDecimal> use = coalesce(usedAmount, inline(ZERO));
        Field<BigDecimal> remaining = grant.minus(use);
        Field<BigDecimal> laterTotal = coalesce(laterAmount, inline(ZERO));
        Field<BigDecimal> share = when(grant.gt(inline(ZERO)), round(use.mul(inline(100)).div(grant), 1));

        return select(i.ID, i.NAME, bi.ID, grant, use, remaining, share, laterTotal,
                        sum(grant).over(), sum(use).over(), sum(remaining).over(), sum(laterTotal).over(),
                        sum(greatest(remaining, inline(ZERO))).over())
                .from(i)
                .leftJoin(granted).on(granted.field(g.INITIATIVE_ID).eq(i.ID))
                .leftJoin(later).on(later.field(g.INITIATIVE_ID).eq(i.ID))
                .leftJoin(bi).on(bi.INITIATIVE_ID.eq(i.ID))
                .leftJoin(used).on(used.field("budget_item_id", Long.class).eq(bi.ID))
                .where(grantedAmount.isNotNull().or(usedAmount.isNotNull()).or(laterAmount.isNotNull()))
                .orderBy(grant.desc(), i.NAME);
    }

    private static InsatsMoney insatsMoney(Result<Record13<Long, String, Long, BigDecimal, BigDecimal, BigDecimal,
            BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal>> rows) {
        if (rows.isEmpty()) {
            return new InsatsMoney(List.of(), ZERO, ZERO, ZERO, ZERO, ZERO);
        }
        var first = rows.getFirst();
        return new InsatsMoney(
                rows.map(r -> new InsatsYear(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8())),
                first.value9(), first.value10(), first.value11(), first.value12(), first.value13().add(first.value12()));
    }

    /** Discharge rows not yet granted nor refused, oldest year first. */
    private static Select<Record3<Integer, Long, String>> dischargeOutstanding() {
        return select(ANNUAL_RESULT.YEAR, ANNUAL_RESULT.ID, MEMBER.NAME)
                .from(DISCHARGE)
                .join(ANNUAL_RESULT).on(ANNUAL_RESULT.ID.eq(DISCHARGE.ANNUAL_RESULT_ID))
                .join(MEMBER).on(MEMBER.ID.eq(DISCHARGE.MEMBER_ID))
                .where(DISCHARGE.GRANTED_ON.isNull()).and(DISCHARGE.REFUSED.isFalse())
                .orderBy(ANNUAL_RESULT.YEAR, MEMBER.NAME);
    }

    /** The latest current import with the number of its rows that no budget line took (no row: no import). */
    private static Select<Record10<Long, String, ImportFormat, LocalDate, LocalDate, OffsetDateTime, String, Integer,
            Integer, Integer>> latestImport() {
        var b = BOOKKEEPING_IMPORT;
        Field<Integer> unmapped = DSL.field(selectCount().from(BOOKKEEPING_ROW)
                .where(BOOKKEEPING_ROW.IMPORT_ID.eq(b.ID)).and(BOOKKEEPING_ROW.BUDGET_ITEM_ID.isNull()));
        return select(b.ID, b.FILE_NAME, b.FORMAT, b.PERIOD_START, b.PERIOD_END, b.IMPORTED_AT, b.IMPORTED_BY,
                        b.ROW_COUNT, b.VOUCHERS, unmapped)
                .from(b)
                .where(b.REPLACED_BY_ID.isNull())
                .orderBy(b.IMPORTED_AT.desc(), b.ID.desc())
                .limit(1);
    }
}
