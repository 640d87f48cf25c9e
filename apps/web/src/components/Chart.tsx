import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n/i18n';

type Echarts = typeof import('../charts/echarts').echarts;
let loading: Promise<Echarts> | null = null;
/** ECharts, loaded once, on the first screen that draws a chart. */
const loadEcharts = () => (loading ??= import('../charts/echarts').then((m) => m.echarts));

export interface ChartProps {
  /** What the chart shows, as its heading-like caption. */
  title: string;
  /** One or two sentences that say what the chart shows, for everyone (and what a screen reader reads). */
  summary: string;
  /** The ECharts option (series, axes). Animation is turned off: people who asked for less motion get none. */
  option: EChartsCoreOption;
  /** The figures behind the chart, as a table: the text alternative, shown on request. */
  table: ReactNode;
  /** Height in pixels; the width follows the container. */
  height?: number;
}

/**
 * A chart with its text alternative. The drawing itself is hidden from screen readers; the caption,
 * the summary and the table (behind "Show the figures") say the same. If the library cannot load,
 * the table is shown open instead of a blank box.
 */
export function Chart({ title, summary, option, table, height = 280 }: ChartProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const summaryId = useId();

  useEffect(() => {
    let disposed = false;
    let chart: ReturnType<Echarts['init']> | undefined;
    let observer: ResizeObserver | undefined;
    loadEcharts()
      .then((echarts) => {
        if (disposed || !canvas.current) return;
        chart = echarts.init(canvas.current, null, { renderer: 'svg' });
        chart.setOption({ animation: false, aria: { enabled: false }, ...option }, true);
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => chart?.resize());
          observer.observe(canvas.current);
        }
      })
      .catch(() => !disposed && setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart?.dispose();
    };
  }, [option]);

  return (
    <figure className="chart" aria-describedby={summaryId}>
      <figcaption className="chart__title">{title}</figcaption>
      <p id={summaryId} className="chart__summary">
        {summary}
      </p>
      {failed ? (
        <p className="muted">{t('common.chart.unavailable')}</p>
      ) : (
        <div ref={canvas} className="chart__canvas" aria-hidden="true" style={{ height }} />
      )}
      <details className="chart__figures" open={failed}>
        <summary>{t('common.chart.showFigures')}</summary>
        {table}
      </details>
    </figure>
  );
}
