import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useOrganisation } from '../../app/frames';
import { ErrorState, LoadingState } from '../../components/States';
import { t } from '../../i18n/i18n';
import { Workspace, type WorkspaceProgramme } from '../workspace/Workspace';
import { ImportSection } from './ImportSection';
import { InitiativesSection } from './InitiativesSection';
import { MapChartSection } from './MapChartSection';
import { COPRODUCTION_MAP, MAP_SERVICE_AREAS } from './operations';
import { PublishSection } from './PublishSection';
import './map.css';

/** Map it: the organisation's initiatives, their import and export, the coproduction map, and publishing it. */
export function MapScreen() {
  return <Workspace area="MAP">{(programme) => <MapWork programme={programme} />}</Workspace>;
}

function MapWork({ programme }: { programme: WorkspaceProgramme }) {
  const organisation = useOrganisation();
  const areas = useQuery(MAP_SERVICE_AREAS);
  const map = useQuery(COPRODUCTION_MAP);
  const refetchMap = useCallback(() => void map.refetch(), [map]);

  if (areas.error) return <ErrorState error={areas.error} onRetry={() => void areas.refetch()} />;
  if (!areas.data) return <LoadingState />;
  const serviceAreas = areas.data.serviceAreas;

  return (
    <div className="map-work">
      <p className="map-work__intro">{t('mapIt.intro')}</p>
      <nav aria-label={t('mapIt.sections')} className="map-work__sections">
        <ul>
          <li>
            <a href="#map-initiatives">{t('mapIt.initiatives.title')}</a>
          </li>
          <li>
            <a href="#map-import">{t('mapIt.import.title')}</a>
          </li>
          <li>
            <a href="#map-chart">{t('mapIt.chart.title')}</a>
          </li>
          <li>
            <a href="#map-publish">{t('mapIt.publish.title')}</a>
          </li>
        </ul>
      </nav>
      <InitiativesSection programmeId={programme.id} serviceAreas={serviceAreas} role={organisation.role} onChanged={refetchMap} />
      <ImportSection organisationId={organisation.id} serviceAreas={serviceAreas} role={organisation.role} onImported={refetchMap} />
      <MapChartSection map={map.data?.coproductionMap} error={map.error} onRetry={refetchMap} />
      <PublishSection map={map.data?.coproductionMap} role={organisation.role} onPublished={refetchMap} />
    </div>
  );
}
