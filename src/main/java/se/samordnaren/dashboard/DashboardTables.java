package se.samordnaren.dashboard;

import se.samordnaren.application.ApplicationListLink;
import se.samordnaren.application.DemandYear;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.dashboard.BoardDashboard.BudgetFollowUp;
import se.samordnaren.dashboard.BoardDashboard.DischargeOutstanding;
import se.samordnaren.dashboard.BoardDashboard.EquityYear;
import se.samordnaren.dashboard.BoardDashboard.InsatsYear;
import se.samordnaren.decision.FollowUpService;
import se.samordnaren.ui.TableColumns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's tables, defined once for the screen (grids, with links to each figure's source), the Excel files and
 * the printed board report. Links are the fixed routes of docs/money.md.
 */
final class DashboardTables {

    private DashboardTables() {
    }

    /** A row of the budget table: a line, or the totals of income, costs and the result. */
    record BudgetRow(String name, BigDecimal budget, BigDecimal actual, BigDecimal share, BigDecimal forecast,
                     boolean total, BudgetDirection direction) {
    }

    static String equityHref(EquityYear e) {
        return e.forecast() ? "eget-kapital" : "arsredovisning/" + e.year();
    }

    static TableColumns<EquityYear> equity(DashboardTexts.Translator tr) {
        return TableColumns.<EquityYear>create()
                .text(tr.t("dashboard.equity.col.year"), e -> String.valueOf(e.year()), DashboardTables::equityHref)
                .text(tr.t("dashboard.equity.col.kind"), e -> tr.t(e.forecast()
                        ? "dashboard.equity.kind.forecast" : "dashboard.equity.kind.actual"))
                .money(tr.t("dashboard.equity.col.result"), EquityYear::result, DashboardTables::equityHref)
                .money(tr.t("dashboard.equity.col.equity"), EquityYear::equity, DashboardTables::equityHref)
                .money(tr.t("dashboard.equity.col.allocation"), EquityYear::allocation)
                .money(tr.t("dashboard.equity.col.allowed"), EquityYear::allowed, e -> "eget-kapital/riktlinje")
                .money(tr.t("dashboard.equity.col.excess"), EquityYear::excess, e -> "eget-kapital");
    }

    static String budgetHref(BudgetFollowUp budget) {
        return budget.hasBudget() ? "budget/" + budget.versionId() : "budget";
    }

    static String actualHref(int year) {
        return "utfall?ar=" + year;
    }

    /** Income lines, their total, cost lines, their total, and the result. */
    static List<BudgetRow> budgetRows(DashboardTexts.Translator tr, BudgetFollowUp budget) {
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetDirection direction : BudgetDirection.values()) {
            budget.lines().stream().filter(l -> l.direction() == direction).forEach(l -> rows.add(
                    new BudgetRow(l.name(), l.budget(), l.actual(), l.shareUsed(), l.forecast(), false, direction)));
            BoardDashboard.Totals totals = direction == BudgetDirection.INCOME ? budget.income() : budget.costs();
            rows.add(new BudgetRow(tr.t(direction == BudgetDirection.INCOME ? "dashboard.budget.totalIncome"
                    : "dashboard.budget.totalCosts"), totals.budget(), totals.actual(), totals.shareUsed(),
                    totals.forecast(), true, direction));
        }
        rows.add(new BudgetRow(tr.t("dashboard.budget.result"), budget.result().budget(), budget.result().actual(),
                null, budget.result().forecast(), true, null));
        return rows;
    }

    static TableColumns<BudgetRow> budget(DashboardTexts.Translator tr, int year, BudgetFollowUp budget) {
        String budgetHref = budgetHref(budget);
        String actualHref = actualHref(year);
        return TableColumns.<BudgetRow>create()
                .text(tr.t("dashboard.budget.col.line"), BudgetRow::name, r -> budgetHref)
                .money(tr.t("dashboard.budget.col.budget"), BudgetRow::budget, r -> budgetHref)
                .money(tr.t("dashboard.budget.col.actual"), BudgetRow::actual, r -> actualHref)
                .percent(tr.t("dashboard.budget.col.share"), BudgetRow::share)
                .money(tr.t("dashboard.budget.col.forecast"), BudgetRow::forecast);
    }

    static TableColumns<InsatsYear> insatser(DashboardTexts.Translator tr, int year) {
        return TableColumns.<InsatsYear>create()
                .text(tr.t("dashboard.insats.col.name"), InsatsYear::name, r -> "insatser/" + r.initiativeId())
                .money(tr.t("dashboard.insats.col.granted"), InsatsYear::granted, r -> "insatser/" + r.initiativeId())
                .money(tr.t("dashboard.insats.col.used"), InsatsYear::used, r -> actualHref(year))
                .money(tr.t("dashboard.insats.col.remaining"), InsatsYear::remaining)
                .percent(tr.t("dashboard.insats.col.share"), InsatsYear::shareUsed)
                .money(tr.t("dashboard.insats.col.later"), InsatsYear::grantedLater, r -> "insatser/" + r.initiativeId());
    }

    static TableColumns<DemandYear> pipeline(DashboardTexts.Translator tr) {
        return TableColumns.<DemandYear>create()
                .text(tr.t("dashboard.pipeline.col.year"), d -> String.valueOf(d.year()))
                .number(tr.t("dashboard.pipeline.col.ideaCount"), DemandYear::ideaCount)
                .money(tr.t("dashboard.pipeline.col.ideaAmount"), DemandYear::ideaAmount, d -> "ideer")
                .number(tr.t("dashboard.pipeline.col.applicationCount"), DemandYear::applicationCount)
                .money(tr.t("dashboard.pipeline.col.applicationAmount"), DemandYear::applicationAmount,
                        d -> ApplicationListLink.undecided(d.year()))
                .money(tr.t("dashboard.pipeline.col.total"), DemandYear::total);
    }

    static TableColumns<FollowUpService.Row> followUps(DashboardTexts.Translator tr) {
        return TableColumns.<FollowUpService.Row>create()
                .text(tr.t("dashboard.followUps.col.description"), r -> r.overdue()
                        ? tr.t("dashboard.followUps.overdue") + ": " + r.description() : r.description(), r -> "uppfoljning")
                .date(tr.t("dashboard.followUps.col.due"), FollowUpService.Row::dueOn)
                .text(tr.t("dashboard.followUps.col.decided"), r -> r.decidedAt().label(), r -> r.decidedAt().href())
                .text(tr.t("dashboard.followUps.col.responsible"), FollowUpService.Row::responsible);
    }

    static TableColumns<DischargeOutstanding> discharge(DashboardTexts.Translator tr) {
        return TableColumns.<DischargeOutstanding>create()
                .text(tr.t("dashboard.discharge.col.year"), d -> String.valueOf(d.year()), d -> "arsredovisning/" + d.year())
                .text(tr.t("dashboard.discharge.col.member"), DischargeOutstanding::memberName, d -> "arsredovisning/" + d.year());
    }
}
