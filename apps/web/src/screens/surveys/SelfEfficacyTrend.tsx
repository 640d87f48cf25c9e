import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import type { Formatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import { SELF_EFFICACY_TREND } from './operations';

/**
 * Self-efficacy over repeated surveys, oldest first, with each survey's sample and the API's notes
 * (no cause claimed). Read afresh on arrival and whenever the survey shown gains responses
 * (`responses`, its sample size), so it never lags the results above it.
 */
export function SelfEfficacyTrend({ format, responses }: { format: Formatter; responses: number }) {
  const { data, error, refetch } = useQuery(SELF_EFFICACY_TREND, { fetchPolicy: 'cache-and-network' });
  const seen = useRef(responses);
  useEffect(() => {
    if (seen.current === responses) return;
    seen.current = responses;
    void refetch();
  }, [responses, refetch]);
  const trend = data?.surveySelfEfficacyTrend;
  return (
    <section aria-labelledby="survey-trend" className="card stack">
      <h2 id="survey-trend">{t('surveys.trend.heading')}</h2>
      <p className="muted">{t('surveys.trend.lead')}</p>
      {error && !trend ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !trend ? (
        <LoadingState />
      ) : trend.points.length === 0 ? (
        <EmptyState title={t('surveys.trend.empty')} />
      ) : (
        <>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('surveys.trend.survey')}</th>
                <th scope="col">{t('surveys.trend.answered')}</th>
                <th scope="col">{t('surveys.trend.share')}</th>
                <th scope="col">{t('surveys.trend.mean')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((p) => (
                <tr key={p.survey.id}>
                  <th scope="row">{p.survey.title}</th>
                  <td>{format.number(p.answered)}</td>
                  <td>
                    {p.oftenShare === null ? t('surveys.results.noFigure') : `${format.number(Math.round(p.oftenShare * 1000) / 10)}%`}
                  </td>
                  <td>{p.meanScore === null ? t('surveys.results.noFigure') : format.number(p.meanScore)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="muted">
            {trend.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
