package se.samordnaren.dashboard;

import se.samordnaren.application.DemandYear;
import se.samordnaren.ui.TableColumns;
import se.samordnaren.ui.chart.Chart;

import java.util.List;

/**
 * The applications and ideas pipeline as coming demand per year: on the board's dashboard and on the start page of the
 * beredningsgrupp (who may not open the dashboard's money).
 */
final class PipelineChart {

    private PipelineChart() {
    }

    static Chart<DemandYear> create(DashboardTexts.Translator tr, DashboardTexts texts, List<DemandYear> demand) {
        TableColumns<DemandYear> columns = TableColumns.<DemandYear>create()
                .text(tr.t("dashboard.pipeline.col.year"), d -> String.valueOf(d.year()))
                .number(tr.t("dashboard.pipeline.col.ideaCount"), DemandYear::ideaCount)
                .money(tr.t("dashboard.pipeline.col.ideaAmount"), DemandYear::ideaAmount, d -> "ideer")
                .number(tr.t("dashboard.pipeline.col.applicationCount"), DemandYear::applicationCount)
                .money(tr.t("dashboard.pipeline.col.applicationAmount"), DemandYear::applicationAmount, d -> "ansokningar")
                .money(tr.t("dashboard.pipeline.col.total"), DemandYear::total);
        return new Chart<>(texts.pipelineSummary(demand), DashboardCharts.pipeline(demand, texts), columns, demand)
                .withExcelExport(tr.t("dashboard.pipeline.title"), tr.t("dashboard.excel.pipeline") + ".xlsx");
    }
}
