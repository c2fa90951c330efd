/*
 * <samordnaren-chart>: Apache ECharts in a plain custom element, the client half of se.samordnaren.ui.chart.EChart.
 * The server sets the property `option` (ECharts' option object as JSON). Only what the charts use is imported from
 * echarts/core, drawn by the SVG renderer; the aria component is registered, or aria.enabled silently does nothing.
 * Amounts are formatted here (functions cannot travel as JSON): `samordnaren.format` "money" gives "1 400 000 kr" in
 * tooltips and "1,4 mnkr" on the value axis. The chart follows its element's size (ResizeObserver) and is disposed
 * when the element leaves the page. A click on a bar or point dispatches `chart-click` (series and data index).
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  TooltipComponent, SVGRenderer]);

const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

function money(value) {
  return value == null || Number.isNaN(Number(value)) ? '–' : `${whole.format(Number(value))} kr`;
}

function moneyAxis(value) {
  const abs = Math.abs(value);
  if (abs >= 1000000) {
    return `${oneDecimal.format(value / 1000000)} mnkr`;
  }
  if (abs >= 1000) {
    return `${oneDecimal.format(value / 1000)} tkr`;
  }
  return `${whole.format(value)} kr`;
}

function prepare(option, fontFamily, width) {
  // The page's font for every text, so that ECharts measures (on a canvas) what it then draws (as SVG).
  const copy = { ...option, textStyle: { ...(option.textStyle || {}), fontFamily } };
  // Long category names (budget lines, insatser) get at most a third of a narrow chart.
  const narrow = (axis) => (axis && axis.type === 'category' && axis.axisLabel && axis.axisLabel.width && width > 0
    ? { ...axis, axisLabel: { ...axis.axisLabel, width: Math.min(axis.axisLabel.width, Math.round(width / 3)) } } : axis);
  copy.xAxis = narrow(copy.xAxis);
  copy.yAxis = narrow(copy.yAxis);
  if (width > 0 && width < 600 && copy.legend) {
    // On a phone the legend wraps to several lines (every series stays named) and the plot starts below it.
    copy.legend = { ...copy.legend, type: 'plain' };
    copy.grid = { ...(copy.grid || {}), top: 72 };
  }
  const format = option.samordnaren && option.samordnaren.format;
  if (format !== 'money') {
    return copy;
  }
  copy.tooltip = { ...(option.tooltip || {}), valueFormatter: money };
  const valueAxis = (axis) => (axis && axis.type === 'value'
    ? {
      ...axis,
      splitNumber: width > 0 && width < 600 ? 3 : axis.splitNumber,
      axisLabel: { ...(axis.axisLabel || {}), formatter: moneyAxis, hideOverlap: true },
    } : axis);
  copy.xAxis = valueAxis(copy.xAxis);
  copy.yAxis = valueAxis(copy.yAxis);
  return copy;
}

class SamordnarenChart extends HTMLElement {
  constructor() {
    super();
    this._option = undefined;
    this._chart = undefined;
    this._observer = undefined;
  }

  set option(value) {
    this._option = value;
    this._render();
  }

  get option() {
    return this._option;
  }

  connectedCallback() {
    // A property set before this element was upgraded sits on the instance and hides the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this.option = value;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._chart.on('click', (params) => this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { seriesIndex: params.seriesIndex, dataIndex: params.dataIndex },
      })));
    }
    this._observer = new ResizeObserver(() => {
      if (this._chart && this.clientWidth > 0 && this.clientHeight > 0) {
        this._chart.resize();
        this._render();
      }
    });
    this._observer.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
      this._observer = undefined;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = undefined;
    }
  }

  _render() {
    if (this._chart && this._option) {
      const fontFamily = getComputedStyle(this).fontFamily || 'sans-serif';
      this._chart.setOption(prepare(this._option, fontFamily, this.clientWidth), { notMerge: true });
    }
  }
}

if (!customElements.get('samordnaren-chart')) {
  customElements.define('samordnaren-chart', SamordnarenChart);
}
