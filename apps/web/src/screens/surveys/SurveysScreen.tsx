import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { CsvDownload } from '../../components/CsvDownload';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { t } from '../../i18n/i18n';
import { OneTimeSecret } from '../admin/OneTimeSecret';
import { Workspace } from '../workspace/Workspace';
import { type CreatedSurvey, CreateSurveyForm } from './CreateSurveyForm';
import { SURVEYS } from './operations';
import './surveys.css';

/**
 * The Surveys work area: the organisation's coproduction-index surveys (they belong to the
 * organisation, not to one programme, so every programme lists the same ones), and a form for a
 * new one whose public link is shown once, with a copy button.
 */
export function SurveysScreen() {
  return <Workspace area="SURVEYS">{() => <SurveysList />}</Workspace>;
}

function SurveysList() {
  const organisation = useOrganisation();
  const { programmeId = '' } = useParams();
  const format = useFormat(organisation);
  const mayPlan = can(organisation.role, Action.PLAN);
  const { data, error, refetch } = useQuery(SURVEYS);
  // The link lives here only: never cached, never in a draft; gone once dismissed.
  const [created, setCreated] = useState<CreatedSurvey | null>(null);
  const surveys = data?.surveys.edges.map((edge) => edge.node);
  const base = `/o/${organisation.id}/programmes/${programmeId}/surveys`;

  return (
    <div className="stack surveys">
      <p>{t('surveys.intro')}</p>
      {!mayPlan && <p className="notice">{t('surveys.readOnly', { role: t(`roles.${organisation.role}`) })}</p>}

      {created && (
        <div className="card stack survey-link-shown">
          <OneTimeSecret
            title={t('surveys.link.createdTitle', { title: created.title })}
            warning={t('surveys.link.warning')}
            label={t('surveys.link.label')}
            value={created.responseUrl}
            onDone={() => setCreated(null)}
          />
          <p>
            <Link to={`${base}/${created.id}`}>{t('surveys.link.openSurvey', { title: created.title })}</Link>
          </p>
        </div>
      )}

      <section aria-labelledby="surveys-list" className="card stack">
        <h2 id="surveys-list">{surveys ? t('surveys.list.count', { count: surveys.length }) : t('surveys.list.title')}</h2>
        {surveys && surveys.length > 0 && (
          <div className="actions">
            <CsvDownload organisationId={organisation.id} kind="survey-results" />
            <CsvDownload organisationId={organisation.id} kind="survey-questions" />
          </div>
        )}
        {surveys ? (
          surveys.length === 0 ? (
            <EmptyState title={t('surveys.list.empty')}>
              <p>{mayPlan ? t('surveys.list.emptyNext') : t('surveys.list.emptyReadOnly')}</p>
            </EmptyState>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.list.survey')}</th>
                    <th scope="col">{t('surveys.list.areas')}</th>
                    <th scope="col">{t('surveys.list.sampling')}</th>
                    <th scope="col">{t('surveys.list.responses')}</th>
                    <th scope="col">{t('surveys.list.index')}</th>
                    <th scope="col">{t('surveys.list.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {surveys.map((survey) => (
                    <tr key={survey.id}>
                      <th scope="row">
                        <Link to={`${base}/${survey.id}`}>{survey.title}</Link>
                        <br />
                        <span className="muted">{t('surveys.list.created', { when: format.date(survey.createdAt) })}</span>
                      </th>
                      <td>{survey.areas.map((area) => t(`surveys.area.${area}`)).join(', ')}</td>
                      <td>{t(`surveys.sampling.${survey.samplingMethod}`)}</td>
                      <td>{format.number(survey.results.sampleSize)}</td>
                      <td>{survey.results.overall === null ? t('surveys.list.noIndex') : format.number(survey.results.overall)}</td>
                      <td>{survey.acceptingResponses ? t('surveys.status.open') : t('surveys.status.closed')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )}
      </section>

      {mayPlan && (
        <section className="card">
          <CreateSurveyForm onCreated={setCreated} />
        </section>
      )}
    </div>
  );
}
