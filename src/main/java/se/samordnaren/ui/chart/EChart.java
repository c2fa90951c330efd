package se.samordnaren.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Apache ECharts chart: the server half of {@code frontend/samordnaren-chart.js}. The option (ECharts' option
 * object, built by {@link ChartOption}) travels as a JSON property; the browser draws it as SVG, follows the
 * element's size and disposes the chart when the element leaves the page. Views use {@link Chart}, which adds the
 * summary sentence and the table alternative.
 */
@Tag("samordnaren-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./samordnaren-chart.js")
public class EChart extends Component implements HasSize {

    private ObjectNode option;

    public EChart() {
        setWidthFull();
        setHeight("320px");
    }

    public EChart(ObjectNode option) {
        this();
        setOption(option);
    }

    public void setOption(ObjectNode option) {
        this.option = option.deepCopy();
        getElement().setPropertyJson("option", this.option);
    }

    /** A copy of the option last set (for tests and for whoever wants to read what is drawn). */
    public ObjectNode getOption() {
        return option == null ? null : option.deepCopy();
    }

    /** A click on a bar or point: which series (in the order they were added) and which category. */
    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    @DomEvent("chart-click")
    public static class ChartClickEvent extends ComponentEvent<EChart> {
        private final int seriesIndex;
        private final int dataIndex;

        public ChartClickEvent(EChart source, boolean fromClient,
                               @EventData("event.detail.seriesIndex") int seriesIndex,
                               @EventData("event.detail.dataIndex") int dataIndex) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataIndex() {
            return dataIndex;
        }
    }
}
