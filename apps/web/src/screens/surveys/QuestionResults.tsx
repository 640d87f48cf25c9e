import type { Formatter } from '../../format/format';
import type { SurveyResultsFieldsFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';

const percent = (share: number | null, format: Formatter) =>
  share === null ? t('surveys.results.noFigure') : format.number(Math.round(share * 1000) / 10);

/**
 * Each question's share answering "often" with its sample size, the same answers by how much the
 * act asks (beside the 2008 gradient, Loeffler et al. 2008), and, when the survey asked them, the
 * driver questions as associations with direction and sample size (Parrado et al. 2013).
 * Shown only once there are responses; the panel above says when there are none.
 */
export function QuestionResults({ results, format }: { results: SurveyResultsFieldsFragment; format: Formatter }) {
  if (results.sampleSize === 0) return null;
  const drivers = results.drivers;
  return (
    <div className="stack">
      <section aria-labelledby="survey-effort" className="stack">
        <h3 id="survey-effort">{t('surveys.effort.heading')}</h3>
        <p className="muted">{t('surveys.effort.lead')}</p>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('surveys.effort.kind')}</th>
              <th scope="col">{t('surveys.effort.share')}</th>
              <th scope="col">{t('surveys.effort.answers')}</th>
              <th scope="col">{t('surveys.effort.reference')}</th>
            </tr>
          </thead>
          <tbody>
            {results.effortPattern.map((e) => (
              <tr key={e.effort}>
                <th scope="row">{e.label}</th>
                <td>{e.oftenShare === null ? t('surveys.results.noFigure') : `${percent(e.oftenShare, format)}%`}</td>
                <td>{format.number(e.answers)}</td>
                <td className="muted">{e.reference ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="survey-questions" className="stack">
        <h3 id="survey-questions">{t('surveys.questions.heading')}</h3>
        <p className="muted">{t('surveys.questions.lead')}</p>
        <table className="table table--compact survey-questions">
          <thead>
            <tr>
              <th scope="col">{t('surveys.questions.question')}</th>
              <th scope="col">{t('surveys.questions.kind')}</th>
              <th scope="col">{t('surveys.questions.often')}</th>
            </tr>
          </thead>
          <tbody>
            {results.questionResults.map((q) => (
              <tr key={q.key}>
                <th scope="row">{q.text}</th>
                <td>{t(`surveys.effortKind.${q.effort}`)}</td>
                <td>
                  {q.oftenShare === null
                    ? t('surveys.questions.nobodyAnswered')
                    : t('surveys.questions.share', { share: percent(q.oftenShare, format), often: q.often, answered: q.answered })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {drivers && (
        <section aria-labelledby="survey-drivers" className="stack">
          <h3 id="survey-drivers">{t('surveys.drivers.heading')}</h3>
          <p className="muted">{t('surveys.drivers.lead')}</p>
          {drivers.selfEfficacy && (
            <dl className="facts">
              <dt>{t('surveys.drivers.efficacy')}</dt>
              <dd>
                {drivers.selfEfficacy.answered === 0 || drivers.selfEfficacy.oftenShare === null
                  ? t('surveys.drivers.efficacyNone')
                  : t('surveys.drivers.efficacyValue', {
                      share: percent(drivers.selfEfficacy.oftenShare, format),
                      answered: drivers.selfEfficacy.answered,
                      mean: format.number(drivers.selfEfficacy.meanScore ?? 0),
                    })}
              </dd>
            </dl>
          )}
          <ul>
            {drivers.associations.map((a) => (
              <li key={`${a.driver}-${a.area ?? 'all'}`}>{a.statement}</li>
            ))}
          </ul>
          <h4>{t('surveys.drivers.caveatsTitle')}</h4>
          <ul>
            {drivers.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
