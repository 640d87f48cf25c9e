import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { SelectField } from '../../components/Field';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import type { MarketPlansQuery, PilotStatus } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { areaPath } from '../workspace/areas';
import { Workspace } from '../workspace/Workspace';
import { CommunicationsSection } from './CommunicationsSection';
import { IncentivesSection } from './IncentivesSection';
import { ResourcesSection } from './ResourcesSection';
import { TermsSection } from './TermsSection';
import { MARKET_PLANS } from './operations';
import './market.css';

export type MarketPilot = MarketPlansQuery['pilots']['edges'][number]['node'];

/** Pilots whose preparation counts for the gates (libs/workflow: APPROVED_OR_BEYOND). */
export const GOING_AHEAD: readonly PilotStatus[] = ['APPROVED', 'RUNNING', 'EVALUATING', 'SCALE'];
/** Pilots that ended without going ahead: their rules of engagement can no longer be published. */
export const ENDED: readonly PilotStatus[] = ['STOP', 'REJECTED'];

/** Market it: each pilot's engagement plan (rules of engagement, incentives, communications, resources). */
export function MarketScreen() {
  return <Workspace area="MARKET">{(programme) => <MarketArea programmeId={programme.id} />}</Workspace>;
}

function MarketArea({ programmeId }: { programmeId: string }) {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const mayPlan = can(organisation.role, Action.PLAN);
  const mayPublish = can(organisation.role, Action.DECIDE_AND_PUBLISH);
  const { data, error, refetch } = useQuery(MARKET_PLANS, { variables: { programmeId } });
  const [params, setParams] = useSearchParams();

  if (!data) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;
  const pilots = data.pilots.edges.map((edge) => edge.node);
  if (pilots.length === 0) {
    return (
      <EmptyState title={t('marketIt.noPilots.title')}>
        <p>{t('marketIt.noPilots.body')}</p>
        <Link to={areaPath(organisation.id, programmeId, 'FOCUS')}>{t('marketIt.noPilots.link')}</Link>
      </EmptyState>
    );
  }
  const chosen = pilots.find((p) => p.id === params.get('pilot')) ?? pilots.find((p) => GOING_AHEAD.includes(p.status)) ?? pilots[0];
  const reload = async () => {
    await refetch();
  };

  return (
    <div className="market">
      <p className="market__intro">{t('marketIt.intro')}</p>
      {!mayPlan && <p className="notice">{t('marketIt.readOnly')}</p>}
      {mayPlan && !mayPublish && <p className="notice">{t('marketIt.noPublish')}</p>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <div className="market__pilot">
        <SelectField
          label={t('marketIt.pilot.label')}
          hint={t('marketIt.pilot.hint')}
          name="pilot"
          value={chosen.id}
          onChange={(event) => setParams({ pilot: event.target.value }, { replace: true })}
        >
          {pilots.map((pilot) => (
            <option key={pilot.id} value={pilot.id}>
              {t('marketIt.pilot.option', { name: pilot.name, status: t(`marketIt.status.${pilot.status}`) })}
            </option>
          ))}
        </SelectField>
        <PilotStanding pilot={chosen} />
      </div>
      <nav aria-label={t('marketIt.onThisPage')} className="market__toc">
        <ul>
          <li>
            <a href="#market-terms">{t('marketIt.terms.title')}</a>
          </li>
          <li>
            <a href="#market-incentives">{t('marketIt.incentives.title')}</a>
          </li>
          <li>
            <a href="#market-communications">{t('marketIt.communications.title')}</a>
          </li>
          <li>
            <a href="#market-resources">{t('marketIt.resources.title')}</a>
          </li>
        </ul>
      </nav>
      <TermsSection
        key={`terms-${chosen.id}`}
        pilot={chosen}
        mayPlan={mayPlan}
        mayPublish={mayPublish}
        format={format}
        onChanged={reload}
      />
      <IncentivesSection key={`incentives-${chosen.id}`} pilot={chosen} mayPlan={mayPlan} onChanged={reload} />
      <CommunicationsSection key={`communications-${chosen.id}`} pilot={chosen} mayPlan={mayPlan} format={format} onChanged={reload} />
      <ResourcesSection key={`resources-${chosen.id}`} pilot={chosen} mayPlan={mayPlan} onChanged={reload} />
    </div>
  );
}

/** Where the chosen pilot stands for Market it's gate, in a sentence. */
function PilotStanding({ pilot }: { pilot: MarketPilot }) {
  const published = pilot.engagementPlan?.terms.some((terms) => terms.published) ?? false;
  if (ENDED.includes(pilot.status))
    return <p className="notice">{t('marketIt.standing.ended', { status: t(`marketIt.status.${pilot.status}`) })}</p>;
  if (!GOING_AHEAD.includes(pilot.status)) return <p className="notice">{t('marketIt.standing.proposed')}</p>;
  return <p className="notice">{published ? t('marketIt.standing.ready') : t('marketIt.standing.needsTerms')}</p>;
}
