package se.samordnaren.dashboard;

import se.samordnaren.application.DemandYear;
import se.samordnaren.dashboard.BoardDashboard.BudgetLine;
import se.samordnaren.dashboard.BoardDashboard.EquityYear;
import se.samordnaren.dashboard.BoardDashboard.InsatsYear;
import se.samordnaren.ui.chart.ChartOption;
import se.samordnaren.ui.chart.ChartOption.Marker;
import se.samordnaren.ui.chart.ChartOption.Stroke;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's chart options (ECharts, through {@link ChartOption}); the figures are those of the tables. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    /**
     * Equity per year: the annual results as a solid line with circles, the forecast as a dashed line with triangles
     * (starting at the last actual year so the two meet), the allowed level as a dotted step line with diamonds.
     */
    static ChartOption equity(List<EquityYear> equity, DashboardTexts texts) {
        List<String> years = equity.stream().map(e -> String.valueOf(e.year())).toList();
        int lastActual = -1;
        for (int i = 0; i < equity.size(); i++) {
            if (!equity.get(i).forecast()) {
                lastActual = i;
            }
        }
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> forecast = new ArrayList<>();
        for (int i = 0; i < equity.size(); i++) {
            EquityYear e = equity.get(i);
            actual.add(e.forecast() ? null : e.equity());
            forecast.add(e.forecast() || (i == lastActual && hasForecast(equity)) ? e.equity() : null);
        }
        ChartOption option = ChartOption.over(years)
                .line(texts.t("dashboard.equity.series.equity"), actual, Stroke.SOLID, Marker.CIRCLE);
        if (hasForecast(equity)) {
            option.line(texts.t("dashboard.equity.series.forecast"), forecast, Stroke.DASHED, Marker.TRIANGLE);
        }
        option.step(texts.t("dashboard.equity.series.allowed"), equity.stream().map(EquityYear::allowed).toList(),
                Stroke.DOTTED, Marker.DIAMOND);
        if (hasForecast(equity) && lastActual + 1 < equity.size()) {
            option.shade(lastActual + 1, equity.size() - 1, texts.t("dashboard.equity.shade"));
        }
        return option;
    }

    private static boolean hasForecast(List<EquityYear> equity) {
        return equity.stream().anyMatch(EquityYear::forecast);
    }

    /** The cost lines: budget, actual so far and forecast for the year, as patterned horizontal bars. */
    static ChartOption budget(List<BudgetLine> costs, DashboardTexts texts) {
        return ChartOption.over(costs.stream().map(BudgetLine::name).toList()).horizontal()
                .bar(texts.t("dashboard.budget.series.budget"), costs.stream().map(BudgetLine::budget).toList())
                .bar(texts.t("dashboard.budget.series.actual"), costs.stream().map(BudgetLine::actual).toList())
                .bar(texts.t("dashboard.budget.series.forecast"), costs.stream().map(BudgetLine::forecast).toList());
    }

    /** Per insats: granted in the year against used, as patterned horizontal bars. */
    static ChartOption insatser(List<InsatsYear> rows, DashboardTexts texts) {
        return ChartOption.over(rows.stream().map(InsatsYear::name).toList()).horizontal()
                .bar(texts.t("dashboard.insats.series.granted"), rows.stream().map(InsatsYear::granted).toList())
                .bar(texts.t("dashboard.insats.series.used"), rows.stream().map(InsatsYear::used).toList());
    }

    /** Coming demand per year: ideas and undecided applications stacked. */
    static ChartOption pipeline(List<DemandYear> demand, DashboardTexts texts) {
        return ChartOption.over(demand.stream().map(d -> String.valueOf(d.year())).toList()).stacked()
                .bar(texts.t("dashboard.pipeline.series.ideas"), demand.stream().map(DemandYear::ideaAmount).toList())
                .bar(texts.t("dashboard.pipeline.series.applications"), demand.stream().map(DemandYear::applicationAmount).toList());
    }
}
