import type { EChartsCoreOption } from 'echarts/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { t } from '../i18n/i18n';

type Echarts = typeof import('../charts/echarts').echarts;
type Instance = ReturnType<Echarts['init']>;
let loading: Promise<Echarts> | null = null;
/** ECharts, loaded once, on the first screen that draws a chart (a failed load is tried again next time). */
const loadEcharts = () =>
  (loading ??= import('../charts/echarts').then(
    (m) => m.echarts,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));

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
  /** Show the figures open from the start (e.g. where the table is what most people will read). */
  figuresOpen?: boolean;
}

/** The house font and ink, so the chart's words match the page's. */
const TEXT_STYLE = { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif", color: '#1b1f24' };

/**
 * The option as drawn: no animation, ECharts' own aria off (the figure's summary and table are the
 * text alternative), the house font, and tooltips drawn inside the SVG rather than as HTML: an HTML
 * tooltip is written with inline `style` attributes, which the page's Content-Security-Policy
 * (`style-src 'self'`) refuses.
 */
export function drawnOption(option: EChartsCoreOption): EChartsCoreOption {
  const tooltip = option.tooltip as Record<string, unknown> | Array<Record<string, unknown>> | undefined;
  const richText = (one: Record<string, unknown>) => ({ ...one, renderMode: 'richText' });
  return {
    animation: false,
    textStyle: TEXT_STYLE,
    ...option,
    aria: { enabled: false },
    ...(tooltip ? { tooltip: Array.isArray(tooltip) ? tooltip.map(richText) : richText(tooltip) } : {}),
  };
}

/**
 * A chart with its text alternative. The drawing itself is hidden from screen readers; the caption,
 * the summary and the table (behind "Show the figures") say the same. If the library cannot load,
 * the table is shown open instead of a blank box. The drawing is made once and redrawn in place
 * when the option changes (a new option object each render costs a redraw, not a new chart).
 */
export function Chart({ title, summary, option, table, height = 280, figuresOpen = false }: ChartProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const summaryId = useId();
  const titleId = useId();

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadEcharts()
      .then((echarts) => {
        if (disposed || !canvas.current) return;
        chart.current = echarts.init(canvas.current, null, { renderer: 'svg' });
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => chart.current?.resize());
          observer.observe(canvas.current);
        }
        setReady(true);
      })
      .catch(() => !disposed && setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!ready || !chart.current) return;
    try {
      chart.current.setOption(drawnOption(option), true);
    } catch {
      setFailed(true);
    }
  }, [ready, option]);

  return (
    <figure className="chart" aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <p id={summaryId} className="chart__summary">
        {summary}
      </p>
      {failed ? (
        <p className="muted">{t('common.chart.unavailable')}</p>
      ) : (
        <div ref={canvas} className="chart__canvas" aria-hidden="true" data-chart-ready={ready || undefined} style={{ height }} />
      )}
      <details className="chart__figures" open={failed || figuresOpen || undefined}>
        <summary>{t('common.chart.showFigures')}</summary>
        {table}
      </details>
    </figure>
  );
}
