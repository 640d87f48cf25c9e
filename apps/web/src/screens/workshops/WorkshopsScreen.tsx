import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { usePageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { t } from '../../i18n/i18n';
import { PROGRAMME_WORKSHOPS } from './operations';
import { PlanWorkshopForm } from './PlanWorkshopForm';
import { memberOptions } from './WorkshopDetailFields';
import { WorkshopList } from './WorkshopList';
import './workshops.css';

/** A programme's workshops, soonest first, and "Plan a workshop" for those who may plan. */
export function WorkshopsScreen() {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const navigate = useNavigate();
  const { programmeId = '' } = useParams();
  const { data, error, refetch } = useQuery(PROGRAMME_WORKSHOPS, { variables: { programmeId } });
  const programme = data?.programme;
  usePageTitle(t('workshops.title'), programme?.name, organisation.name);
  const members = useMemo(() => memberOptions(data?.members.edges ?? []), [data?.members]);
  const mayPlan = can(organisation.role, Action.PLAN);

  const heading = (
    <>
      <nav aria-label={t('workspace.breadcrumbs')} className="breadcrumbs">
        <Link to={`/o/${organisation.id}`}>{t('dashboard.title')}</Link>
        {' · '}
        <Link to={`/o/${organisation.id}/programmes/${programmeId}`}>{programme?.name ?? t('workspace.programme')}</Link>
        {' · '}
        {t('workshops.title')}
      </nav>
      <div className="page-heading">
        <h1>
          {t('workshops.title')}
          {programme && <span className="page-heading__context"> · {programme.name}</span>}
        </h1>
      </div>
    </>
  );
  if (!programme) {
    return (
      <>
        {heading}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </>
    );
  }
  const workshops = programme.workshops.edges.map((e) => e.node);
  const archived = programme.status === 'ARCHIVED';

  return (
    <div className="workshops">
      {heading}
      {error && (
        <p className="banner banner--warning" role="status">
          {t('workshops.stale')}
        </p>
      )}
      <section className="card" aria-labelledby="workshops-list-title">
        <h2 id="workshops-list-title">{t('workshops.list.title')}</h2>
        {workshops.length === 0 ? (
          <EmptyState title={t('workshops.list.empty')}>{mayPlan && !archived && <p>{t('workshops.list.emptyHint')}</p>}</EmptyState>
        ) : (
          <WorkshopList workshops={workshops} organisationId={organisation.id} format={format} label={t('workshops.list.label')} />
        )}
      </section>
      {!mayPlan ? (
        <p className="notice">{t('workshops.list.readOnly')}</p>
      ) : archived ? (
        <p className="notice">{t('workshops.list.archived')}</p>
      ) : (
        <section className="card">
          <PlanWorkshopForm
            programmeId={programme.id}
            currentStep={programme.currentStep}
            members={members}
            timeZone={organisation.timeZone}
            onPlanned={(w) => void navigate(`/o/${organisation.id}/workshops/${w.id}`)}
          />
        </section>
      )}
    </div>
  );
}
