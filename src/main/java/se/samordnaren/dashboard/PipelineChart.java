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
        TableColumns<DemandYear> columns = DashboardTables.pipeline(tr);
        return new Chart<>(texts.pipelineSummary(demand), DashboardCharts.pipeline(demand, texts), columns, demand)
                .withExcelExport(tr.t("dashboard.pipeline.title"), tr.t("dashboard.excel.pipeline") + ".xlsx");
    }
}
