package se.samordnaren.ui.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.samordnaren.ui.ExcelExport;
import se.samordnaren.ui.TableColumns;

import java.util.List;

/**
 * A chart as the views show it: a Swedish summary sentence (also the chart's accessible description), the chart, and
 * a "Visa som tabell" button that swaps the chart for a grid of the same figures (and back); optionally an
 * "Exportera till Excel" link for the table. The table's columns may carry links to the figures' sources.
 */
@StyleSheet("styles/chart.css")
public class Chart<T> extends Composite<Div> {

    private final Paragraph summary;
    private final EChart chart;
    /**
     * Built on the first "Visa som tabell" (or {@link #getTable()}), not with the chart: a hidden grid per chart kept
     * its columns, renderers and pending changes in every open UI: the dashboard took 1.07 MB per signed-in session
     * with them, 0.48 MB without (docs/performance.md, "Heap per signed-in session").
     */
    private Grid<T> table;
    private final Button toggle = new Button();
    private final Div actions = new Div();
    private final TableColumns<T> columns;
    private final List<T> rows;

    public Chart(String summaryText, ChartOption option, TableColumns<T> columns, List<T> rows) {
        this.columns = columns;
        this.rows = List.copyOf(rows);
        summary = new Paragraph(summaryText);
        summary.addClassName("chart-summary");
        chart = new EChart(option.toJson(summaryText));
        chart.addClassName("chart-canvas");

        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        toggle.addClickListener(e -> showTable(!showsTable()));
        actions.addClassName("chart-actions");
        actions.add(toggle);
        showTable(false);

        Div root = getContent();
        root.addClassName("chart");
        root.add(summary, chart, actions);
    }

    private Grid<T> table() {
        if (table == null) {
            table = columns.grid(rows);
            table.setVisible(false);
            table.addClassName("chart-table");
            getContent().addComponentAtIndex(2, table); // between the chart and the actions, where it was
        }
        return table;
    }

    /** Adds the "Exportera till Excel" link: the table's columns and rows as an .xlsx file. */
    public Chart<T> withExcelExport(String title, String fileName) {
        Anchor link = ExcelExport.downloadLink(getTranslation("chart.exportExcel"), fileName,
                () -> ExcelExport.xlsx(title, columns, rows));
        actions.add(link);
        return this;
    }

    /** Shows the figures as a table instead of the chart (true) or the chart again (false). */
    public void showTable(boolean asTable) {
        if (asTable || table != null) {
            table().setVisible(asTable);
        }
        chart.setVisible(!asTable);
        toggle.setText(getTranslation(asTable ? "chart.showChart" : "chart.showTable"));
        toggle.setIcon(asTable ? VaadinIcon.CHART.create() : VaadinIcon.TABLE.create());
    }

    public boolean showsTable() {
        return table != null && table.isVisible();
    }

    public String getSummary() {
        return summary.getText();
    }

    public EChart getChart() {
        return chart;
    }

    public Grid<T> getTable() {
        return table();
    }

    public Button getToggle() {
        return toggle;
    }

    public List<T> getRows() {
        return rows;
    }
}
