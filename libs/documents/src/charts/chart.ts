import type { EChartsCoreOption } from 'echarts';
import { createElement as h } from 'react';

const importEcharts = () => import('echarts');
let echarts: Awaited<ReturnType<typeof importEcharts>> | null = null;

/**
 * Loads ECharts, which renderDocument does before it renders: about 10 MB of the server's heap,
 * so it comes with the first printed document rather than with every start (bench/memory).
 */
export async function loadCharts(): Promise<void> {
  echarts ??= await importEcharts();
}

/** The palette every printed chart shares, dark enough to read in greyscale. */
export const INK = { strong: '#1f4e79', light: '#9db7d5', reference: '#8c8c8c', text: '#1b1f24' } as const;

/**
 * An ECharts option drawn to an SVG string on the server (ECharts' server-side renderer): no
 * script reaches the page, and the chart prints as sharply as the text around it.
 */
export function chartSvg(width: number, height: number, option: EChartsCoreOption): string {
  if (!echarts) throw new Error('ECharts is not loaded: documents are rendered through renderDocument, which loads it');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * A category label short enough for the axis: the server has no fonts to measure text with, so
 * ECharts' own truncation misjudges widths. The middle gives way, so two names that share a
 * beginning stay apart; the table beside every chart gives the full names.
 */
export function axisLabel(name: string, max = 32): string {
  if (name.length <= max) return name;
  const room = Math.ceil((max - 1) / 2);
  // Whole words where there is a space to cut at.
  const head = name.slice(0, room).replace(/\s+\S*$/, '') || name.slice(0, room);
  const tail = name.slice(name.length - (max - 1 - room)).replace(/^\S*\s+/, '');
  return `${head.replace(/[\s,;:]+$/, '')} … ${tail}`;
}

/** A ratio written so that a line never breaks inside it ("2.5 : 1"). */
export function unbroken(ratio: string): string {
  return ratio.replace(/ : /g, '\u00a0:\u00a0');
}

/**
 * A chart as a figure: the SVG under role="img" with `summary` as its text alternative, and the
 * same summary as the caption, so a reader without the picture (or a screen reader) loses nothing.
 */
export function Chart({ svg, summary, caption }: { svg: string; summary: string; caption?: string }) {
  return h(
    'figure',
    { className: 'chart' },
    h('div', { role: 'img', 'aria-label': summary, dangerouslySetInnerHTML: { __html: svg } }),
    h('figcaption', { className: 'quiet' }, caption ? `${summary} ${caption}` : summary),
  );
}
