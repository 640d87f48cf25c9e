import type { ReportPriority } from '../programmes/programme-report.service';
import { axisLabel, chartSvg, INK } from './chart';

const WIDTH = 640;
const ROW = 28;

/**
 * The priorities' overall scores as a horizontal bar chart. Selected areas are dark, the rest
 * light; only scored areas are drawn (the table beside it lists every one).
 */
export function priorityChartSvg(priorities: ReportPriority[]): string | null {
  const scored = priorities.filter((p) => p.overall !== null);
  if (!scored.length) return null;
  // Highest at the top: ECharts draws a category axis from the bottom.
  const rows = [...scored].reverse();
  return chartSvg(WIDTH, 60 + ROW * scored.length, {
    grid: { left: 200, right: 40, top: 10, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 5, interval: 1 },
    yAxis: { type: 'category', data: rows.map((p) => axisLabel(p.name, 28)) },
    series: [
      {
        type: 'bar',
        data: rows.map((p) => ({ value: p.overall, itemStyle: { color: p.selected ? INK.strong : INK.light } })),
        label: { show: true, position: 'right', formatter: (v: { value: number }) => v.value.toFixed(2) },
      },
    ],
  });
}

/** The chart's one-line summary, which is also its text alternative. */
export function priorityChartSummary(priorities: ReportPriority[]): string {
  const scored = priorities.filter((p) => p.overall !== null);
  const top = scored[0];
  const selected = priorities.filter((p) => p.selected).length;
  return (
    `Overall scores (0 to 5) of ${scored.length} scored priority area${scored.length === 1 ? '' : 's'}` +
    (top ? `; highest ${top.name} at ${top.overall!.toFixed(2)}` : '') +
    `; ${selected} selected, drawn dark.`
  );
}
