package se.samordnaren.dashboard;

import se.samordnaren.application.DemandYear;
import se.samordnaren.budget.BudgetDirection;
import se.samordnaren.common.DateFormats;
import se.samordnaren.dashboard.BoardDashboard.BudgetFollowUp;
import se.samordnaren.dashboard.BoardDashboard.BudgetLine;
import se.samordnaren.dashboard.BoardDashboard.EquityYear;
import se.samordnaren.dashboard.BoardDashboard.InsatsMoney;
import se.samordnaren.ui.Formats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's summary sentences, the same on the screen (in the reader's language) and in the printed board
 * report (Swedish): what each chart shows, said in words, so that nobody needs to read the chart to get it.
 */
final class DashboardTexts {

    /** A translation lookup: the view's getTranslation, or the translation provider with Swedish for the report. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... args);
    }

    private final Translator tr;
    private final Locale locale;

    DashboardTexts(Translator tr, Locale locale) {
        this.tr = tr;
        this.locale = locale;
    }

    String t(String key, Object... args) {
        return tr.t(key, args);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "–" : Formats.money(amount.setScale(0, java.math.RoundingMode.HALF_UP));
    }

    static String percent(BigDecimal value) {
        return value == null ? "–" : Formats.percent(value.setScale(0, java.math.RoundingMode.HALF_UP));
    }

    /** "januari–september", "januari" for one month. */
    String period(int months) {
        if (months <= 1) {
            return DateFormats.monthName(1, locale);
        }
        return DateFormats.monthName(1, locale) + "–" + DateFormats.monthName(months, locale);
    }

    // ------------------------------------------------------------------------------------------------ equity

    String equitySummary(List<EquityYear> equity) {
        Optional<EquityYear> last = equity.stream().filter(e -> !e.forecast()).reduce((a, b) -> b);
        if (last.isEmpty()) {
            return t("dashboard.equity.summary.none");
        }
        EquityYear e = last.get();
        StringBuilder text = new StringBuilder();
        if (e.allowed() == null) {
            text.append(t("dashboard.equity.summary.noGuideline", String.valueOf(e.year()), money(e.equity())));
        } else {
            text.append(t(e.above() ? "dashboard.equity.summary.above" : "dashboard.equity.summary.within",
                    String.valueOf(e.year()), money(e.equity()), money(e.allowed()), percent(e.maxShare()),
                    money(e.allocation()), money(e.excess().abs())));
        }
        List<EquityYear> forecast = equity.stream().filter(EquityYear::forecast).filter(f -> f.allowed() != null).toList();
        if (forecast.isEmpty()) {
            text.append(' ').append(t("dashboard.equity.forecast.none"));
        } else if (e.above()) {
            Optional<EquityYear> within = forecast.stream().filter(f -> !f.above()).findFirst();
            EquityYear shown = within.orElse(forecast.getLast());
            text.append(' ').append(t(within.isPresent() ? "dashboard.equity.forecast.within" : "dashboard.equity.forecast.above",
                    String.valueOf(shown.year()), money(shown.equity()), money(shown.allowed())));
        } else {
            Optional<EquityYear> above = forecast.stream().filter(EquityYear::above).findFirst();
            EquityYear shown = above.orElse(forecast.getLast());
            text.append(' ').append(t(above.isPresent() ? "dashboard.equity.forecast.becomesAbove" : "dashboard.equity.forecast.staysWithin",
                    String.valueOf(shown.year()), money(shown.equity()), money(shown.allowed())));
        }
        return text.toString();
    }

    // ------------------------------------------------------------------------------------------------ budget

    String budgetSummary(int year, BudgetFollowUp budget) {
        StringBuilder text = new StringBuilder();
        if (!budget.hasBudget()) {
            text.append(t("dashboard.budget.summary.none", String.valueOf(year)));
        } else {
            text.append(t("dashboard.budget.summary", budget.versionName(), money(budget.income().budget()),
                    money(budget.costs().budget()), money(budget.result().budget())));
        }
        if (budget.months() == 0) {
            text.append(' ').append(t("dashboard.budget.summary.noActuals", String.valueOf(year)));
            return text.toString();
        }
        text.append(' ').append(t("dashboard.budget.summary.actual", period(budget.months()),
                money(budget.costs().actual()), percent(budget.costs().shareUsed()), money(budget.income().actual())));
        if (budget.months() < 12) {
            text.append(' ').append(t("dashboard.budget.summary.forecast", money(budget.costs().forecast()),
                    money(budget.result().forecast())));
        }
        List<String> over = budget.lines().stream()
                .filter(l -> l.direction() == BudgetDirection.COST && l.forecast() != null && l.forecast().compareTo(l.budget()) > 0)
                .map(BudgetLine::name).toList();
        if (!over.isEmpty()) {
            text.append(' ').append(t("dashboard.budget.summary.over", over.size(), String.join(", ", over)));
        }
        return text.toString();
    }

    // ------------------------------------------------------------------------------------------------ insatser

    String insatsSummary(int year, InsatsMoney money) {
        if (money.rows().isEmpty()) {
            return t("dashboard.insats.summary.none", String.valueOf(year));
        }
        BigDecimal share = money.granted().signum() == 0 ? null
                : money.used().multiply(BigDecimal.valueOf(100)).divide(money.granted(), 1, java.math.RoundingMode.HALF_UP);
        return t("dashboard.insats.summary", String.valueOf(year), money(money.granted()), money(money.used()),
                percent(share), money(money.decidedNotUsed().subtract(money.grantedLater())), money(money.grantedLater()),
                money(money.decidedNotUsed()));
    }

    // ------------------------------------------------------------------------------------------------ pipeline

    String pipelineSummary(List<DemandYear> demand) {
        int ideas = demand.stream().mapToInt(DemandYear::ideaCount).sum();
        int applications = demand.stream().mapToInt(DemandYear::applicationCount).sum();
        if (ideas == 0 && applications == 0) {
            return t("dashboard.pipeline.summary.none");
        }
        BigDecimal ideaAmount = demand.stream().map(DemandYear::ideaAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal applicationAmount = demand.stream().map(DemandYear::applicationAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return t("dashboard.pipeline.summary", ideas, money(ideaAmount), applications, money(applicationAmount),
                money(ideaAmount.add(applicationAmount)));
    }
}
