import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { useFormErrors } from '../../forms/useFormErrors';
import type { SurveyQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { OneTimeSecret } from '../admin/OneTimeSecret';
import { Workspace } from '../workspace/Workspace';
import { ImportResponses } from './ImportResponses';
import { CLOSE_SURVEY, ROTATE_SURVEY_LINK, SURVEY } from './operations';
import { ResponseEntryForm } from './ResponseEntryForm';
import { QuestionResults } from './QuestionResults';
import { ResultsPanel } from './ResultsPanel';
import { SelfEfficacyTrend } from './SelfEfficacyTrend';
import './surveys.css';

type Survey = SurveyQuery['survey'];

/**
 * One survey: what residents are told (purpose, lawful basis), its public link (a new one on
 * request, shown once), responses entered by hand or imported from CSV, and its results beside the
 * 2008 figures with every caveat. Only roles that may PLAN see the forms.
 */
export function SurveyScreen() {
  return <Workspace area="SURVEYS">{() => <SurveyDetail />}</Workspace>;
}

function SurveyDetail() {
  const organisation = useOrganisation();
  const { programmeId = '', surveyId = '' } = useParams();
  const { data, error, refetch } = useQuery(SURVEY, { variables: { id: surveyId } });
  const format = useFormat(organisation);
  const mayPlan = can(organisation.role, Action.PLAN);
  const survey = data?.survey;
  const back = `/o/${organisation.id}/programmes/${programmeId}/surveys`;

  return (
    <div className="stack surveys">
      <p>
        <Link to={back}>{t('surveys.detail.back')}</Link>
      </p>
      {survey ? (
        <>
          <section aria-labelledby="survey-about" className="card stack">
            <h2 id="survey-about">{survey.title}</h2>
            <dl className="facts">
              <dt>{t('surveys.detail.status')}</dt>
              <dd>
                {survey.acceptingResponses
                  ? t('surveys.status.open')
                  : t('surveys.detail.closedOn', { when: format.dateTime(survey.closedAt!) })}
              </dd>
              <dt>{t('surveys.detail.created')}</dt>
              <dd>{format.date(survey.createdAt)}</dd>
              <dt>{t('surveys.create.purpose')}</dt>
              <dd>{survey.purpose ?? t('surveys.detail.noPurpose')}</dd>
              <dt>{t('surveys.create.lawfulBasis')}</dt>
              <dd>{survey.lawfulBasis ? t(`surveys.lawfulBasis.${survey.lawfulBasis}`) : t('surveys.detail.noBasis')}</dd>
              <dt>{t('surveys.create.samplingMethod')}</dt>
              <dd>{t(`surveys.sampling.${survey.samplingMethod}`)}</dd>
              <dt>{t('surveys.create.areas')}</dt>
              <dd>{survey.areas.map((area) => t(`surveys.area.${area}`)).join(', ')}</dd>
            </dl>
          </section>

          {mayPlan && survey.acceptingResponses && (
            <nav aria-label={t('surveys.detail.onThisPage')} className="survey-sections">
              <ul>
                <li>
                  <a href="#survey-results">{t('surveys.results.heading')}</a>
                </li>
                <li>
                  <a href="#survey-link">{t('surveys.link.heading')}</a>
                </li>
                <li>
                  <a href="#survey-entry">{t('surveys.entry.heading')}</a>
                </li>
                <li>
                  <a href="#survey-import">{t('surveys.import.heading')}</a>
                </li>
                <li>
                  <a href="#survey-close">{t('surveys.close.heading')}</a>
                </li>
              </ul>
            </nav>
          )}

          <section aria-labelledby="survey-results" className="card stack">
            <h2 id="survey-results">{t('surveys.results.heading')}</h2>
            <ResultsPanel results={survey.results} format={format} />
            <QuestionResults results={survey.results} format={format} />
          </section>

          {survey.driverQuestions.length > 0 && <SelfEfficacyTrend format={format} responses={survey.results.sampleSize} />}

          {mayPlan && survey.acceptingResponses && (
            <>
              <LinkSection survey={survey} />
              <section className="card">
                <ResponseEntryForm survey={survey} />
              </section>
              <section className="card">
                <ImportResponses
                  organisationId={organisation.id}
                  surveyId={survey.id}
                  questionKeys={[...survey.questions, ...survey.driverQuestions].map((q) => q.key)}
                  onImported={() => void refetch()}
                />
              </section>
            </>
          )}

          {mayPlan && survey.acceptingResponses && <CloseSection survey={survey} />}
          {mayPlan && !survey.acceptingResponses && <p className="notice">{t('surveys.detail.closedNote')}</p>}
          {!mayPlan && <p className="notice">{t('surveys.readOnly', { role: t(`roles.${organisation.role}`) })}</p>}
        </>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}

/** The public link: only a hash is kept, so a new link is made to copy it again; the old one then stops working. */
function LinkSection({ survey }: { survey: Survey }) {
  const [confirming, setConfirming] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const errors = useFormErrors();
  const [rotate, { loading }] = useMutation(ROTATE_SURVEY_LINK, { fetchPolicy: 'no-cache' });

  async function confirm() {
    try {
      const { data } = await rotate({ variables: { input: { surveyId: survey.id } } });
      setLink(data!.rotateSurveyLink.responseUrl);
      setConfirming(false);
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <section aria-labelledby="survey-link" className="card stack">
      <h2 id="survey-link">{t('surveys.link.heading')}</h2>
      <p>{survey.respondentTokensRequired ? t('surveys.link.personalOnly') : t('surveys.link.intro')}</p>
      {link ? (
        <OneTimeSecret
          title={t('surveys.link.newTitle')}
          warning={t('surveys.link.warning')}
          label={t('surveys.link.label')}
          value={link}
          onDone={() => setLink(null)}
        />
      ) : (
        <div className="actions">
          <Button onClick={() => setConfirming(true)}>{survey.hasResponseLink ? t('surveys.link.rotate') : t('surveys.link.make')}</Button>
        </div>
      )}
      <Dialog open={confirming} title={t('surveys.link.rotateTitle')} onClose={() => setConfirming(false)}>
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <p>{t('surveys.link.rotateBody')}</p>
        <div className="actions">
          <Button variant="primary" busy={loading} onClick={() => void confirm()} data-autofocus>
            {t('surveys.link.rotateConfirm')}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
        </div>
      </Dialog>
    </section>
  );
}

/** Closing stops every channel for good; the results stay. */
function CloseSection({ survey }: { survey: Survey }) {
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const announce = useAnnounce();
  const [close, { loading }] = useMutation(CLOSE_SURVEY, {
    refetchQueries: [{ query: SURVEY, variables: { id: survey.id } }],
    awaitRefetchQueries: true,
  });

  async function confirm() {
    try {
      await close({ variables: { input: { surveyId: survey.id, version: survey.version } } });
      setConfirming(false);
      announce(t('surveys.close.done', { title: survey.title }));
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <section aria-labelledby="survey-close" className="card stack">
      <h2 id="survey-close">{t('surveys.close.heading')}</h2>
      <p>{t('surveys.close.intro')}</p>
      <div className="actions">
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('surveys.close.button')}
        </Button>
      </div>
      <Dialog open={confirming} title={t('surveys.close.confirmTitle', { title: survey.title })} onClose={() => setConfirming(false)}>
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <p>{t('surveys.close.confirmBody')}</p>
        <div className="actions">
          <Button variant="danger" busy={loading} onClick={() => void confirm()}>
            {t('surveys.close.confirm')}
          </Button>
          <Button onClick={() => setConfirming(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
