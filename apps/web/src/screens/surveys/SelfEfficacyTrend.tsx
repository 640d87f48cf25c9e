import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import type { Formatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import { SELF_EFFICACY_TREND } from './operations';

/** Self-efficacy over repeated surveys, oldest first, with each survey's sample and the API's notes (no cause claimed). */
export function SelfEfficacyTrend({ format }: { format: Formatter }) {
  const { data, error, loading, refetch } = useQuery(SELF_EFFICACY_TREND);
  const trend = data?.surveySelfEfficacyTrend;
  return (
    <section aria-labelledby="survey-trend" className="card stack">
      <h2 id="survey-trend">{t('surveys.trend.heading')}</h2>
      <p className="muted">{t('surveys.trend.lead')}</p>
      {error && !trend ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading || !trend ? (
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
