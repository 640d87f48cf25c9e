import { useId, useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { t } from '../../i18n/i18n';
import type { GrowPilot } from './GrowScreen';

interface Row {
  pilot: string;
  staffDone: number;
  staffTotal: number;
  citizensDone: number;
  citizensTotal: number;
}

/** The figures the overview shows: per pilot decided SCALE, training done and planned for staff and citizens. */
export function trainingRows(pilots: readonly GrowPilot[]): Row[] {
  return pilots
    .filter((p) => p.scalingPlan)
    .map((p) => {
      const { staff, citizens } = p.scalingPlan!.progress;
      return { pilot: p.name, staffDone: staff.done, staffTotal: staff.total, citizensDone: citizens.done, citizensTotal: citizens.total };
    });
}

/** One sentence that says what the chart shows, so that nobody needs the picture. */
export function trainingSummary(rows: readonly Row[]): string {
  const sum = (pick: (r: Row) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const staffDone = sum((r) => r.staffDone);
  const staffTotal = sum((r) => r.staffTotal);
  const citizensDone = sum((r) => r.citizensDone);
  const citizensTotal = sum((r) => r.citizensTotal);
  return t('growIt.overview.summary', { count: rows.length, staffDone, staffTotal, citizensDone, citizensTotal });
}

/**
 * How far training has got across the pilots decided SCALE: a stacked bar per pilot and audience
 * (done, still to do), with a summary sentence and the figures as a table.
 */
export function TrainingOverview({ pilots }: { pilots: readonly GrowPilot[] }) {
  const headingId = useId();
  const rows = useMemo(() => trainingRows(pilots), [pilots]);
  const planned = rows.some((r) => r.staffTotal + r.citizensTotal > 0);
  const option = useMemo(() => {
    const categories = rows.flatMap((r) => [
      t('growIt.overview.category', { pilot: r.pilot, audience: t('growIt.audience.STAFF') }),
      t('growIt.overview.category', { pilot: r.pilot, audience: t('growIt.audience.CITIZENS') }),
    ]);
    const done = rows.flatMap((r) => [r.staffDone, r.citizensDone]);
    const toDo = rows.flatMap((r) => [r.staffTotal - r.staffDone, r.citizensTotal - r.citizensDone]);
    return {
      grid: { left: 8, right: 24, top: 32, bottom: 32, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1, name: t('growIt.overview.axis'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'category', data: categories, inverse: true },
      series: [
        { name: t('growIt.training.done'), type: 'bar', stack: 'training', data: done, itemStyle: { color: '#1e6b34' } },
        { name: t('growIt.training.toDo'), type: 'bar', stack: 'training', data: toDo, itemStyle: { color: '#c9cfd6' } },
      ],
    };
  }, [rows]);

  if (rows.length === 0) return null;
  return (
    <section className="card grow__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('growIt.overview.title')}</h2>
      {planned ? (
        <Chart
          title={t('growIt.overview.chartTitle')}
          summary={trainingSummary(rows)}
          option={option}
          height={Math.max(140, 60 + rows.length * 70)}
          table={
            <table className="table table--compact">
              <caption className="visually-hidden">{t('growIt.overview.chartTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('growIt.decisions.pilot')}</th>
                  <th scope="col" className="numeric">
                    {t('growIt.overview.staffColumn')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('growIt.overview.citizensColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.pilot}>
                    <th scope="row">{r.pilot}</th>
                    <td className="numeric">{t('growIt.progress.doneOf', { done: r.staffDone, total: r.staffTotal })}</td>
                    <td className="numeric">{t('growIt.progress.doneOf', { done: r.citizensDone, total: r.citizensTotal })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : (
        <p className="state state--empty">{t('growIt.overview.nothingPlanned')}</p>
      )}
    </section>
  );
}
