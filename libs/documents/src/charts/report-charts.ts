import type { ReportPilot, ReportReferenceCase, ReportSurvey } from '../programmes/programme-report.service';
import { axisLabel, chartSvg, INK, unbroken } from './chart';

const WIDTH = 670;
const ROW = 30;

export interface RatioBar {
  name: string;
  value: number;
  label: string;
  ours: boolean;
}

/** The pilots' ratios (dark) and the reference cases' (grey), each drawn at its lower figure. */
export function ratioBars(pilots: ReportPilot[], cases: ReportReferenceCase[]): RatioBar[] {
  return [
    ...pilots
      .filter((p) => p.economics.ratioValue !== null)
      .map((p) => ({ name: p.name, value: p.economics.ratioValue!, label: p.economics.ratio!, ours: true })),
    ...cases.filter((c) => c.ratio).map((c) => ({ name: c.title, value: c.ratio!.low, label: c.ratio!.display, ours: false })),
  ];
}

/**
 * Benefit per unit of cost, a bar each, with a line at 1 : 1 where benefits match the cost; null
 * while no pilot has a ratio, as the cases alone would say nothing about this programme.
 */
export function ratioChartSvg(bars: RatioBar[]): string | null {
  if (!bars.some((b) => b.ours)) return null;
  const rows = [...bars].reverse();
  return chartSvg(WIDTH, 75 + ROW * rows.length, {
    grid: { left: 290, right: 90, top: 25, bottom: 30 },
    xAxis: { type: 'value', min: 0, name: 'benefit per unit of cost', nameLocation: 'middle', nameGap: 22 },
    yAxis: { type: 'category', data: rows.map((b) => axisLabel(b.name, 40)) },
    series: [
      {
        type: 'bar',
        data: rows.map((b) => ({
          value: b.value,
          itemStyle: { color: b.ours ? INK.strong : INK.reference },
          label: { show: true, position: 'right', formatter: b.label },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: INK.text, type: 'dashed' },
          label: { formatter: '1 : 1' },
          data: [{ xAxis: 1 }],
        },
      },
    ],
  });
}

export function ratioChartSummary(bars: RatioBar[]): string {
  const ours = bars.filter((b) => b.ours);
  const theirs = bars.filter((b) => !b.ours);
  const low = Math.min(...theirs.map((b) => b.value));
  const high = Math.max(...theirs.map((b) => b.value));
  return (
    `Benefit-cost ratios: ${ours.map((b) => `${b.name} ${unbroken(b.label)}`).join(', ')}; beside ${theirs.length} published reference cases ` +
    unbroken(
      `from ${low} : 1 to ${high} : 1 at their lower figures. Pilots dark, reference cases grey; the dashed line marks 1 : 1, where benefits match the cost.`,
    )
  );
}

/** Each area's local index (dark) beside the 2008 figure for the same area (grey), 0 to 100. */
export function surveyChartSvg(survey: ReportSurvey): string | null {
  const areas = survey.byArea.filter((a) => a.index !== null || a.reference !== null);
  if (!areas.some((a) => a.index !== null)) return null;
  const rows = [...areas].reverse();
  return chartSvg(WIDTH, 80 + 2 * 22 * rows.length, {
    grid: { left: 170, right: 50, top: 30, bottom: 30 },
    legend: { top: 0, itemGap: 24, data: ['This survey', '2008, five countries'] },
    xAxis: { type: 'value', min: 0, max: 100, interval: 20 },
    yAxis: { type: 'category', data: rows.map((a) => axisLabel(a.label, 24)) },
    series: [
      {
        name: 'This survey',
        type: 'bar',
        itemStyle: { color: INK.strong },
        label: { show: true, position: 'right' },
        data: rows.map((a) => a.index),
      },
      {
        name: '2008, five countries',
        type: 'bar',
        itemStyle: { color: INK.reference },
        label: { show: true, position: 'right' },
        data: rows.map((a) => a.reference),
      },
    ],
  });
}

export function surveyChartSummary(survey: ReportSurvey): string {
  const parts = survey.byArea
    .filter((a) => a.index !== null)
    .map((a) => `${a.label} ${a.index}` + (a.reference === null ? '' : ` (2008: ${a.reference})`));
  return `Coproduction index by area, 0 to 100, from ${survey.sampleSize} responses: ${parts.join('; ')}. This survey dark, 2008 grey.`;
}
