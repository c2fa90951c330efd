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
    private final Grid<T> table;
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
        table = columns.grid(this.rows);
        table.setVisible(false);
        table.addClassName("chart-table");

        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        toggle.addClickListener(e -> showTable(!table.isVisible()));
        actions.addClassName("chart-actions");
        actions.add(toggle);
        showTable(false);

        Div root = getContent();
        root.addClassName("chart");
        root.add(summary, chart, table, actions);
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
        table.setVisible(asTable);
        chart.setVisible(!asTable);
        toggle.setText(getTranslation(asTable ? "chart.showChart" : "chart.showTable"));
        toggle.setIcon(asTable ? VaadinIcon.CHART.create() : VaadinIcon.TABLE.create());
    }

    public boolean showsTable() {
        return table.isVisible();
    }

    public String getSummary() {
        return summary.getText();
    }

    public EChart getChart() {
        return chart;
    }

    public Grid<T> getTable() {
        return table;
    }

    public Button getToggle() {
        return toggle;
    }

    public List<T> getRows() {
        return rows;
    }
}
