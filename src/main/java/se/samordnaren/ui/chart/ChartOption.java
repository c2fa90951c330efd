package se.samordnaren.ui.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the ECharts option of a chart over categories (years, budget lines, insatser) with money on the value axis.
 * Accessibility is always on: ECharts' aria with the Swedish summary sentence as the chart's description, and decal
 * patterns on every bar series; lines differ by stroke and marker as well as colour. Colour is never the only
 * carrier of meaning.
 */
public final class ChartOption {

    /** How a line is drawn, so lines can be told apart without colour. */
    public enum Stroke {
        SOLID, DASHED, DOTTED;

        String echarts() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The symbol on each point of a line (also shown in the legend). */
    public enum Marker {
        CIRCLE("circle"), TRIANGLE("triangle"), DIAMOND("diamond"), SQUARE("rect");

        private final String echarts;

        Marker(String echarts) {
            this.echarts = echarts;
        }
    }

    /** Colours with enough contrast against white and against each other (accent, orange, grey-blue, green). */
    static final List<String> PALETTE = List.of("#1b5e7a", "#c55a11", "#5b6770", "#3b7d23", "#7a3b8f");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<String> categories;
    private final List<ObjectNode> series = new ArrayList<>();
    private boolean horizontal;
    private boolean stacked;
    private Integer shadeFrom;
    private Integer shadeTo;
    private String shadeLabel;

    private ChartOption(List<String> categories) {
        this.categories = List.copyOf(categories);
    }

    /** A chart over these categories (x axis; the y axis once {@link #horizontal()}). */
    public static ChartOption over(List<String> categories) {
        return new ChartOption(categories);
    }

    public List<String> categories() {
        return categories;
    }

    /** A line; null values leave a gap (e.g. history and forecast as two lines). */
    public ChartOption line(String name, List<BigDecimal> values, Stroke stroke, Marker marker) {
        series.add(lineSeries(name, values, stroke, marker));
        return this;
    }

    /** A line that keeps its level to the next category, then steps (a limit that changes per year). */
    public ChartOption step(String name, List<BigDecimal> values, Stroke stroke, Marker marker) {
        ObjectNode s = lineSeries(name, values, stroke, marker);
        s.put("step", "middle");
        series.add(s);
        return this;
    }

    /** Bars, patterned (decal) so each series is recognisable in black and white. */
    public ChartOption bar(String name, List<BigDecimal> values) {
        ObjectNode s = series(name, "bar", values);
        s.put("barMaxWidth", 28);
        if (stacked) {
            s.put("stack", "total");
        }
        series.add(s);
        return this;
    }

    /** Categories on the vertical axis (long names such as budget lines), bars running to the right. */
    public ChartOption horizontal() {
        this.horizontal = true;
        return this;
    }

    /** Bars added after this stack on each other (parts of one total). */
    public ChartOption stacked() {
        this.stacked = true;
        return this;
    }

    /** A shaded band over categories {@code from}..{@code to} with a label, e.g. the forecast years. */
    public ChartOption shade(int from, int to, String label) {
        if (from < 0 || to < from || to >= categories.size()) {
            return this;
        }
        this.shadeFrom = from;
        this.shadeTo = to;
        this.shadeLabel = label;
        return this;
    }

    public int seriesCount() {
        return series.size();
    }

    /** The option as ECharts reads it, with the chart's summary sentence as its accessible description. */
    public ObjectNode toJson(String description) {
        ObjectNode root = JSON.objectNode();
        root.putObject("samordnaren").put("format", "money");
        ObjectNode aria = root.putObject("aria");
        aria.put("enabled", true);
        aria.putObject("label").put("enabled", true).put("description", Objects.requireNonNullElse(description, ""));
        aria.putObject("decal").put("show", true);
        root.put("animation", false);
        ArrayNode colors = root.putArray("color");
        PALETTE.forEach(colors::add);
        root.putObject("legend").put("top", 0).put("type", "scroll");
        ObjectNode tooltip = root.putObject("tooltip").put("trigger", "axis").put("confine", true);
        tooltip.putObject("axisPointer").put("type", horizontal ? "shadow" : "line");
        root.putObject("grid").put("left", 8).put("right", 24).put("top", 40).put("bottom", 8).put("containLabel", true);

        ObjectNode categoryAxis = JSON.objectNode().put("type", "category");
        ArrayNode data = categoryAxis.putArray("data");
        categories.forEach(data::add);
        ObjectNode labels = categoryAxis.putObject("axisLabel");
        if (horizontal) {
            categoryAxis.put("inverse", true);
            labels.put("width", 150).put("overflow", "truncate");
        } else {
            labels.put("hideOverlap", true);
        }
        ObjectNode valueAxis = JSON.objectNode().put("type", "value");
        root.set(horizontal ? "yAxis" : "xAxis", categoryAxis);
        root.set(horizontal ? "xAxis" : "yAxis", valueAxis);

        ArrayNode all = root.putArray("series");
        series.forEach(s -> all.add(s.deepCopy()));
        if (shadeFrom != null && !series.isEmpty()) {
            ObjectNode first = (ObjectNode) all.get(0);
            ObjectNode markArea = first.putObject("markArea").put("silent", true);
            markArea.putObject("itemStyle").put("color", "rgba(27, 94, 122, 0.07)");
            markArea.putObject("label").put("show", true).put("position", "insideTop").put("color", "#444");
            ArrayNode band = markArea.putArray("data").addArray();
            band.addObject().put("name", shadeLabel).put(horizontal ? "yAxis" : "xAxis", categories.get(shadeFrom));
            band.addObject().put(horizontal ? "yAxis" : "xAxis", categories.get(shadeTo));
        }
        return root;
    }

    private ObjectNode lineSeries(String name, List<BigDecimal> values, Stroke stroke, Marker marker) {
        ObjectNode s = series(name, "line", values);
        s.put("symbol", marker.echarts).put("symbolSize", 9).put("connectNulls", false);
        s.putObject("lineStyle").put("type", stroke.echarts()).put("width", 2.5);
        return s;
    }

    private ObjectNode series(String name, String type, List<BigDecimal> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException(name + ": " + values.size() + " values for " + categories.size() + " categories");
        }
        ObjectNode s = JSON.objectNode().put("name", name).put("type", type);
        ArrayNode data = s.putArray("data");
        for (BigDecimal value : values) {
            if (value == null) {
                data.addNull();
            } else {
                data.add(value);
            }
        }
        return s;
    }
}
