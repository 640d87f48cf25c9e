import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { usePageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import type { WorkspaceProgrammeQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { AREAS, type AreaKey, areaPath } from './areas';
import { WORKSPACE_PROGRAMME } from './operations';
import './workspace.css';

export type WorkspaceProgramme = WorkspaceProgrammeQuery['programme'];

/**
 * The frame of a programme's work areas (Map it … Grow it, Surveys): breadcrumbs back to the
 * dashboard and the board, the programme's name, and a tab-like list of the areas, the current one
 * marked. Its children get the programme once it has loaded; until then a loading or error state.
 */
export function Workspace({ area, children }: { area: AreaKey; children: (programme: WorkspaceProgramme) => ReactNode }) {
  const organisation = useOrganisation();
  const { programmeId = '' } = useParams();
  const { data, error, refetch } = useQuery(WORKSPACE_PROGRAMME, { variables: { id: programmeId } });
  const programme = data?.programme;
  const areaName = t(`workspace.area.${area}`);
  usePageTitle(areaName, programme?.name, organisation.name);

  return (
    <>
      <nav aria-label={t('workspace.breadcrumbs')} className="breadcrumbs">
        <Link to={`/o/${organisation.id}`}>{t('dashboard.title')}</Link>
        {' · '}
        <Link to={`/o/${organisation.id}/programmes/${programmeId}`}>{programme?.name ?? t('workspace.programme')}</Link>
        {' · '}
        {areaName}
      </nav>
      <div className="page-heading">
        <h1>
          {areaName}
          {programme && <span className="page-heading__context"> · {programme.name}</span>}
        </h1>
      </div>
      <nav aria-label={t('workspace.areas')} className="workspace__areas">
        <ul>
          {AREAS.map((a) => (
            <li key={a.key}>
              <NavLink to={areaPath(organisation.id, programmeId, a.key)} className="workspace__area">
                {t(`workspace.area.${a.key}`)}
                {programme?.currentStep === a.key && <span className="workspace__current"> {t('workspace.currentStep')}</span>}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {programme ? children(programme) : error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
    </>
  );
}
