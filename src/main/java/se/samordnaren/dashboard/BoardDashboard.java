package se.samordnaren.dashboard;

import se.samordnaren.application.DemandYear;
import se.samordnaren.bookkeeping.ImportFormat;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.budget.BudgetVersionKind;
import se.samordnaren.common.ParagraphRef;
import se.samordnaren.decision.FollowUpService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The board's dashboard for one year, every region read by one statement (see {@link DashboardQueries}): equity
 * against the guideline, the year's budget against actuals, the insatser's granted and used money, coming demand,
 * follow-ups due, discharge outstanding and the latest bookkeeping import.
 */
public record BoardDashboard(int year, List<Integer> budgetYears, List<EquityYear> equity, BudgetFollowUp budget,
                             InsatsMoney insatser, List<DemandYear> pipeline, FollowUpsDue followUps,
                             List<DischargeOutstanding> discharge, LatestImport latestImport) {

    /**
     * Equity at the end of a year against the guideline: from the annual result (history) or from the decided budgets
     * and plans (forecast). excess &gt; 0: above the allowed level by that much; &le; 0: within, with that much room.
     */
    public record EquityYear(int year, boolean forecast, BigDecimal result, BigDecimal equity, BigDecimal allocation,
                             BigDecimal maxShare, BigDecimal allowed, BigDecimal excess, String source,
                             Long annualResultId, ParagraphRef decidedAt) {

        public boolean above() {
            return excess != null && excess.signum() > 0;
        }
    }

    /**
     * The year's reference budget (the latest decided version of the year) against the actuals so far. months: the
     * months with actuals (the last month that has any), on which the run-rate forecast is based.
     */
    public record BudgetFollowUp(Long versionId, String versionName, BudgetVersionKind kind, ParagraphRef decidedAt,
                                 int months, List<BudgetLine> lines, Totals income, Totals costs, Totals result) {

        public boolean hasBudget() {
            return versionId != null;
        }
    }

    /**
     * One budget line: budgeted for the year, actual so far, share used (percent, null without budget), and the forecast
     * for the whole year at the run rate so far (actual × 12 / months).
     */
    public record BudgetLine(long itemId, String name, BudgetDirection direction, Long initiativeId, BigDecimal budget,
                             BigDecimal actual, BigDecimal shareUsed, BigDecimal forecast) {
    }

    /** Budget, actual and forecast of income, costs or the result (income − costs). */
    public record Totals(BigDecimal budget, BigDecimal actual, BigDecimal forecast) {

        public static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        /** Actual as a percentage of budget, null without a budget. */
        public BigDecimal shareUsed() {
            return budget == null || budget.signum() == 0 ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(budget.abs(), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * The insatser's money in the year: granted (initiative_grant_year) against used (actuals on the insats' budget
     * line), and granted for later years; remaining = granted − used (negative: overspent).
     */
    public record InsatsMoney(List<InsatsYear> rows, BigDecimal granted, BigDecimal used, BigDecimal remaining,
                              BigDecimal grantedLater, BigDecimal decidedNotUsed) {
    }

    public record InsatsYear(long initiativeId, String name, Long budgetItemId, BigDecimal granted, BigDecimal used,
                             BigDecimal remaining, BigDecimal shareUsed, BigDecimal grantedLater) {
    }

    /**
     * Open follow-ups due by the next meeting (or overdue); without a planned meeting, those due within 60 days
     * ({@code dueBy}: the day). {@code count} of them, {@code overdue} of these overdue; {@code rows}: the first of them
     * (FollowUpService's order, most urgent first) — the follow-up list, or {@code FollowUpService.list} with the
     * filter's dueBy, has them all.
     */
    public record FollowUpsDue(LocalDate nextMeetingDate, Long nextMeetingId, String nextMeetingBody, LocalDate dueBy,
                               int count, int overdue, List<FollowUpService.Row> rows) {

        /** Whether there are more than the rows shown. */
        public boolean more() {
            return count > rows.size();
        }

        FollowUpsDue withRows(List<FollowUpService.Row> all) {
            return new FollowUpsDue(nextMeetingDate, nextMeetingId, nextMeetingBody, dueBy, count, overdue, List.copyOf(all));
        }
    }

    /** A member's council that has not yet granted (nor refused) the board discharge for a year. */
    public record DischargeOutstanding(int year, long annualResultId, String memberName) {
    }

    /** The latest current bookkeeping import (null if there is none). */
    public record LatestImport(long id, String fileName, ImportFormat format, LocalDate periodStart, LocalDate periodEnd,
                               OffsetDateTime importedAt, String importedBy, int rowCount, int vouchers, int unmappedRows) {
    }

    BoardDashboard withFollowUps(FollowUpsDue due) {
        return new BoardDashboard(year, budgetYears, equity, budget, insatser, pipeline, due, discharge, latestImport);
    }

    public int latestAnnualResultYear() {
        return equity.stream().filter(e -> !e.forecast()).mapToInt(EquityYear::year).max().orElse(0);
    }
}
