import { useQuery } from '@apollo/client/react';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { CsvDownload } from '../../components/CsvDownload';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { t } from '../../i18n/i18n';
import { areaPath } from '../workspace/areas';
import { Workspace, type WorkspaceProgramme } from '../workspace/Workspace';
import { FOCUS_OVERVIEW } from './operations';
import { Pilots } from './Pilots';
import { Priorities } from './Priorities';
import './focus.css';

/** Focus it: choose the service areas to start in (scored by each member, ranked) and propose the pilots that try coproduction there. */
export function FocusScreen() {
  return <Workspace area="FOCUS">{(programme) => <FocusArea programme={programme} />}</Workspace>;
}

function FocusArea({ programme }: { programme: WorkspaceProgramme }) {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const { data, error, refetch } = useQuery(FOCUS_OVERVIEW, { variables: { programmeId: programme.id } });
  const mayPlan = can(organisation.role, Action.PLAN) && programme.status !== 'ARCHIVED';
  const mayChoose = can(organisation.role, Action.DECIDE_AND_PUBLISH) && programme.status !== 'ARCHIVED';
  const basePath = areaPath(organisation.id, programme.id, 'FOCUS');

  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('focusIt.loading')} />;
  const areas = data.priorityAreas;
  const pilots = data.pilots.edges.map((e) => e.node);
  return (
    <div className="focus">
      <p className="focus__lead">{t('focusIt.lead')}</p>
      <nav aria-label={t('focusIt.sections')} className="focus__sections">
        <a href="#priorities-title">{t('focusIt.priorities.title')}</a>
        <a href="#pilots-title">{t('focusIt.pilots.title')}</a>
      </nav>
      {error && (
        <p className="banner banner--warning" role="status">
          {t('focusIt.stale')}
        </p>
      )}
      <section aria-labelledby="priorities-title" className="focus__section">
        <h2 id="priorities-title">{t('focusIt.priorities.title')}</h2>
        <Priorities
          programmeId={programme.id}
          areas={areas}
          serviceAreas={data.serviceAreas}
          mayPlan={mayPlan}
          mayChoose={mayChoose}
          format={format}
          onChanged={() => void refetch()}
        />
      </section>
      <section aria-labelledby="pilots-title" className="focus__section">
        <h2 id="pilots-title">{t('focusIt.pilots.title')}</h2>
        <Pilots
          programmeId={programme.id}
          pilots={pilots}
          areas={areas}
          mayPlan={mayPlan}
          currency={organisation.currency}
          format={format}
          basePath={basePath}
        />
        <div className="actions">
          <CsvDownload organisationId={organisation.id} kind="pilots" programmeId={programme.id} />
          <CsvDownload organisationId={organisation.id} kind="pilot-metrics" programmeId={programme.id} />
        </div>
      </section>
    </div>
  );
}
