import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import type { PeopleSelfEfficacyChangeFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';

export interface PilotChange {
  name: string;
  change: PeopleSelfEfficacyChangeFragment;
}

const two = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** The pilots whose change can be shown: someone there has a first and a later reading. */
export const withChange = (pilots: readonly PilotChange[]) =>
  pilots.filter((p) => p.change.participantsWithTwoReadings > 0 && p.change.meanChange !== null);

/**
 * Self-efficacy per pilot, first reading against latest (means over the people with both), as
 * bars on the 1–5 scale; the summary sentence and the table say the same. It shows an outcome,
 * and says so: it does not rank the people in it.
 */
export function SelfEfficacyChart({ pilots }: { pilots: readonly PilotChange[] }) {
  const shown = withChange(pilots);
  const option = useMemo(
    () => ({
      grid: { left: 48, right: 16, top: 36, bottom: 48, containLabel: true },
      legend: { top: 0, data: [t('peopleIt.chart.first'), t('peopleIt.chart.latest')] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: shown.map((p) => p.name), axisLabel: { interval: 0, overflow: 'truncate', width: 140 } },
      yAxis: { type: 'value', min: 0, max: 5, interval: 1, name: t('peopleIt.chart.axis') },
      series: [
        {
          name: t('peopleIt.chart.first'),
          type: 'bar',
          data: shown.map((p) => p.change.meanFirstReading),
          barMaxWidth: 64,
          itemStyle: { color: '#8a99ab' },
        },
        {
          name: t('peopleIt.chart.latest'),
          type: 'bar',
          data: shown.map((p) => p.change.meanLatestReading),
          barMaxWidth: 64,
          itemStyle: { color: '#0b4f8a' },
        },
      ],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by what the chart shows, not by the array's identity
    [shown.map((p) => `${p.name}:${p.change.meanFirstReading}:${p.change.meanLatestReading}`).join('|')],
  );
  if (shown.length === 0) return null;

  const summary = shown
    .map((p) =>
      t('peopleIt.chart.summaryPilot', {
        pilot: p.name,
        first: two.format(p.change.meanFirstReading!),
        latest: two.format(p.change.meanLatestReading!),
        count: p.change.participantsWithTwoReadings,
      }),
    )
    .join(' ');

  return (
    <Chart
      title={t('peopleIt.chart.title')}
      summary={`${summary} ${t('peopleIt.chart.outcomeNote')}`}
      option={option}
      table={
        <table className="table table--compact">
          <caption className="visually-hidden">{t('peopleIt.chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('peopleIt.enrolment.pilot')}</th>
              <th scope="col">{t('peopleIt.chart.people')}</th>
              <th scope="col">{t('peopleIt.chart.first')}</th>
              <th scope="col">{t('peopleIt.chart.latest')}</th>
              <th scope="col">{t('peopleIt.chart.change')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.name}>
                <th scope="row">{p.name}</th>
                <td>{p.change.participantsWithTwoReadings}</td>
                <td>{two.format(p.change.meanFirstReading!)}</td>
                <td>{two.format(p.change.meanLatestReading!)}</td>
                <td>{signed.format(p.change.meanChange!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** A pilot's change in one phrase, for lists: "+0.50 (2 people)" or why there is none yet. */
export function changeSummary(change: PeopleSelfEfficacyChangeFragment): string {
  if (change.meanChange === null || change.participantsWithTwoReadings === 0) {
    return change.participantsWithReadings === 0
      ? t('peopleIt.pilot.noReadings')
      : t('peopleIt.pilot.oneReadingOnly', { count: change.participantsWithReadings });
  }
  return t('peopleIt.pilot.changeSummary', { change: signed.format(change.meanChange), count: change.participantsWithTwoReadings });
}
