/**
 * Charts in the browser: {@code EChart} wraps Apache ECharts (SVG, aria and decal on) as a Flow component of our own,
 * and {@code Chart} adds the Swedish summary sentence, "Visa som tabell" and the Excel link; options are built by
 * {@code ChartOption}.
 */
package se.samordnaren.ui.chart;
