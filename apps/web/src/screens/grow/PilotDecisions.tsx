import { useId } from 'react';
import type { PilotMoveType } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { PilotMoves } from '../focus/PilotMoves';
import type { GrowPilot } from './GrowScreen';

interface Props {
  pilots: readonly GrowPilot[];
  mayPlan: boolean;
  mayDecide: boolean;
  onChanged: () => Promise<void>;
}

/**
 * Where each pilot stands, and the moves that lead to a decision: start it, begin its evaluation,
 * then decide to scale it up, adapt it and run it again, or stop it (with a reason). The moves are
 * Focus it's PilotMoves in its row layout; approval and rejection belong to Focus it and are not
 * offered here.
 */
export function PilotDecisions({ pilots, mayPlan, mayDecide, onChanged }: Props) {
  const headingId = useId();
  // The button pressed goes once the pilot has moved: focus goes to the pilot's name in its row.
  const focusPilot = (id: string) => requestAnimationFrame(() => document.getElementById(`${headingId}-${id}`)?.focus());
  const may = (type: PilotMoveType) => (type === 'DECIDE' ? mayDecide : (type === 'START' || type === 'BEGIN_EVALUATION') && mayPlan);

  return (
    <section className="card grow__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('growIt.decisions.title')}</h2>
      <p className="muted">{t('growIt.decisions.why')}</p>
      {!mayDecide && mayPlan && <p className="muted">{t('growIt.decisions.noDecide')}</p>}
      <table className="table table--compact">
        <caption className="visually-hidden">{t('growIt.decisions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('growIt.decisions.pilot')}</th>
            <th scope="col">{t('growIt.decisions.status')}</th>
            <th scope="col">{t('growIt.decisions.next')}</th>
          </tr>
        </thead>
        <tbody>
          {pilots.map((pilot) => (
            <tr key={pilot.id}>
              <th scope="row" id={`${headingId}-${pilot.id}`} tabIndex={-1}>
                {pilot.name}
              </th>
              <td>
                <p className="grow__status">{t(`marketIt.status.${pilot.status}`)}</p>
                {pilot.iteration > 1 && <p className="muted">{t('growIt.decisions.iteration', { iteration: pilot.iteration })}</p>}
                {pilot.lastDecision && pilot.lastReason && (
                  <p className="muted">{t('growIt.decisions.lastReason', { reason: pilot.lastReason })}</p>
                )}
              </td>
              <td>
                <PilotMoves
                  layout="row"
                  pilot={pilot}
                  may={may}
                  onMoved={async () => {
                    await onChanged();
                    focusPilot(pilot.id);
                  }}
                />
                <p className="muted">{nextStepHint(pilot)}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function nextStepHint(pilot: GrowPilot): string {
  const types = new Set(pilot.allowedMoves.map((m) => m.type));
  if (pilot.status === 'PROPOSED') return t('growIt.decisions.hint.PROPOSED');
  if (types.has('START')) return t('growIt.decisions.hint.APPROVED');
  if (types.has('BEGIN_EVALUATION')) return t('growIt.decisions.hint.RUNNING');
  if (types.has('DECIDE')) return t('growIt.decisions.hint.EVALUATING');
  if (pilot.status === 'SCALE') return t('growIt.decisions.hint.SCALE');
  return t('growIt.decisions.hint.ended');
}
