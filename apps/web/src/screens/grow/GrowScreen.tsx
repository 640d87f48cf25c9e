import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { useFormat } from '../../format/format';
import { Action, can } from '../../app/permissions';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import type { GrowPlansQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { areaPath } from '../workspace/areas';
import { Workspace } from '../workspace/Workspace';
import { PilotDecisions } from './PilotDecisions';
import { ProgrammeEconomics } from './ProgrammeEconomics';
import { ScalingPlanCard } from './ScalingPlanCard';
import { TrainingOverview } from './TrainingOverview';
import { GROW_PLANS } from './operations';
import './grow.css';

export type GrowPilot = GrowPlansQuery['pilots']['edges'][number]['node'];
export type GrowServiceArea = GrowPlansQuery['serviceAreas'][number];

/**
 * Grow it: deciding what happens to each pilot, scaling plans for those decided SCALE, training for
 * staff and citizens, and what growing costs the programme with who gains.
 */
export function GrowScreen() {
  return <Workspace area="GROW">{(programme) => <GrowArea programmeId={programme.id} />}</Workspace>;
}

function GrowArea({ programmeId }: { programmeId: string }) {
  const organisation = useOrganisation();
  const mayPlan = can(organisation.role, Action.PLAN);
  const mayDecide = can(organisation.role, Action.DECIDE_AND_PUBLISH);
  const { data, error, refetch } = useQuery(GROW_PLANS, { variables: { programmeId } });
  const plansHeading = useId();
  const format = useFormat(organisation);

  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  const pilots = data.pilots.edges.map((edge) => edge.node);
  const reload = async () => {
    await refetch();
  };
  if (pilots.length === 0) {
    return (
      <EmptyState title={t('growIt.noPilots.title')}>
        <p>{t('growIt.noPilots.body')}</p>
        <Link to={areaPath(organisation.id, programmeId, 'FOCUS')}>{t('growIt.noPilots.link')}</Link>
      </EmptyState>
    );
  }
  const scaled = pilots.filter((p) => p.status === 'SCALE');

  return (
    <div className="grow">
      <p className="grow__intro">{t('growIt.intro')}</p>
      {!mayPlan && <p className="notice">{t('growIt.readOnly')}</p>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <PilotDecisions pilots={pilots} mayPlan={mayPlan} mayDecide={mayDecide} onChanged={reload} />
      <TrainingOverview pilots={scaled} />
      <section className="grow__plans" aria-labelledby={plansHeading}>
        <h2 id={plansHeading}>{t('growIt.plans.title')}</h2>
        {scaled.length === 0 ? (
          <EmptyState title={t('growIt.plans.none')}>
            <p>{t('growIt.plans.noneHint')}</p>
          </EmptyState>
        ) : (
          scaled.map((pilot) => (
            <ScalingPlanCard key={pilot.id} pilot={pilot} serviceAreas={data.serviceAreas} mayPlan={mayPlan} onChanged={reload} />
          ))
        )}
      </section>
      <ProgrammeEconomics economics={data.programme.economics} format={format} />
    </div>
  );
}
