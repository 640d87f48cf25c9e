import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { EmptyState } from '../../components/States';
import type { Formatter } from '../../format/format';
import type { SurveyResultsFieldsFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';

/**
 * A survey's coproduction index beside the 2008 five-country figures, never without what it
 * rests on: how many answered and how they were found (with that method's caveat), every caveat
 * the API gives (the last always says that the questions are this product's own, not the 2008 study's). The
 * chart carries a summary sentence and its figures as a table.
 */
export function ResultsPanel({ results, format }: { results: SurveyResultsFieldsFragment; format: Formatter }) {
  const figure = (value: number | null) => (value === null ? t('surveys.results.noFigure') : format.number(value));
  const { reference } = results;
  const option = useMemo(
    () => ({
      grid: { left: 40, right: 16, top: 40, bottom: 40, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: results.byArea.map((area) => area.label) },
      yAxis: { type: 'value', min: 0, max: 100, name: t('surveys.results.axis') },
      series: [
        {
          name: t('surveys.results.series.here'),
          type: 'bar',
          data: results.byArea.map((area) => area.index ?? '-'),
          itemStyle: { color: '#0b4f8a' },
        },
        {
          name: t('surveys.results.series.reference', { year: String(reference.year) }),
          type: 'bar',
          data: results.byArea.map((area) => area.referenceIndex ?? '-'),
          itemStyle: { color: '#8a97a6' },
        },
      ],
    }),
    [results, reference.year],
  );

  const summary = [
    results.overall === null
      ? t('surveys.results.summaryNoOverall', { count: results.sampleSize })
      : t('surveys.results.summaryOverall', { overall: format.number(results.overall), count: results.sampleSize }),
    ...results.byArea.map((area) =>
      t('surveys.results.summaryArea', {
        area: area.label,
        here: figure(area.index),
        reference: figure(area.referenceIndex),
        year: String(reference.year),
      }),
    ),
  ].join(' ');

  const channels = Object.fromEntries(results.responsesByChannel.map((c) => [c.channel, c.count]));

  return (
    <div className="stack survey-results">
      <dl className="facts">
        <dt>{t('surveys.results.sampleSize')}</dt>
        <dd>
          <span>{t('surveys.results.responses', { count: results.sampleSize })}</span>{' '}
          <span className="muted">
            {t('surveys.results.byChannel', { link: channels.LINK ?? 0, entered: channels.ENTERED ?? 0, imported: channels.CSV ?? 0 })}
          </span>
        </dd>
        <dt>{t('surveys.results.method')}</dt>
        <dd>
          {results.sampling.label}. <span className="muted">{results.sampling.caveat}</span>
        </dd>
        <dt>{t('surveys.results.overall')}</dt>
        <dd>
          {results.overall === null
            ? (results.note ?? t('surveys.results.noFigure'))
            : t('surveys.results.outOf100', { value: format.number(results.overall) })}
        </dd>
      </dl>

      {results.sampleSize === 0 ? (
        <EmptyState title={t('surveys.results.empty')}>
          <p>{t('surveys.results.emptyNext')}</p>
        </EmptyState>
      ) : (
        <Chart
          title={t('surveys.results.chartTitle', { year: String(reference.year) })}
          summary={summary}
          option={option}
          table={
            <table className="table table--compact">
              <caption className="visually-hidden">{t('surveys.results.chartTitle', { year: String(reference.year) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.area')}</th>
                  <th scope="col">{t('surveys.results.series.here')}</th>
                  <th scope="col">{t('surveys.results.counted')}</th>
                  <th scope="col">{t('surveys.results.series.reference', { year: String(reference.year) })}</th>
                </tr>
              </thead>
              <tbody>
                {results.byArea.map((area) => (
                  <tr key={area.area}>
                    <th scope="row">{area.label}</th>
                    <td>
                      {figure(area.index)}
                      {area.note && <span className="muted"> ({area.note})</span>}
                    </td>
                    <td>{format.number(area.respondents)}</td>
                    <td>{figure(area.referenceIndex)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}

      {results.answersFromRepeatedClients > 0 && (
        <p className="notice">
          {t('surveys.results.repeated', { count: results.answersFromRepeatedClients, most: results.mostAnswersFromOneClient })}
        </p>
      )}

      <section aria-labelledby="survey-caveats" className="survey-caveats">
        <h3 id="survey-caveats">{t('surveys.results.caveatsTitle')}</h3>
        <ul>
          {results.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
        <p className="muted">
          {t('surveys.results.reference', { method: reference.method, respondents: format.number(reference.respondentsPerCountry) })}{' '}
          {reference.citation}
        </p>
      </section>
    </div>
  );
}
