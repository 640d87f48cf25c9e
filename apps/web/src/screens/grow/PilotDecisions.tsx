import { useMutation } from '@apollo/client/react';
import { isSubstantialReason, MIN_REASON_WORDS } from '../../../../../libs/workflow/src/pilot-lifecycle';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PilotDecision } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import type { GrowPilot } from './GrowScreen';
import { GROW_BEGIN_EVALUATION, GROW_DECIDE_PILOT, GROW_START_PILOT } from './operations';

interface Props {
  pilots: readonly GrowPilot[];
  mayPlan: boolean;
  mayDecide: boolean;
  onChanged: () => Promise<void>;
}

/**
 * Where each pilot stands, and the moves that lead to a decision: start it, begin its evaluation,
 * then decide to scale it up, adapt it and run it again, or stop it (with a reason). Approval
 * belongs to Focus it and is not offered here.
 */
export function PilotDecisions({ pilots, mayPlan, mayDecide, onChanged }: Props) {
  const headingId = useId();
  // The button pressed goes once the pilot has moved: focus goes to the pilot's name in its row.
  const focusPilot = (id: string) => requestAnimationFrame(() => document.getElementById(`${headingId}-${id}`)?.focus());
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [start] = useMutation(GROW_START_PILOT);
  const [evaluate] = useMutation(GROW_BEGIN_EVALUATION);
  const [working, setWorking] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<GrowPilot | null>(null);

  const move = async (pilot: GrowPilot, kind: 'START' | 'BEGIN_EVALUATION') => {
    errors.clear();
    setWorking(pilot.id);
    try {
      const input = { pilotId: pilot.id, version: pilot.version };
      if (kind === 'START') await start({ variables: { input } });
      else await evaluate({ variables: { input } });
      await onChanged();
      focusPilot(pilot.id);
      announce(t(kind === 'START' ? 'growIt.decisions.started' : 'growIt.decisions.evaluating', { pilot: pilot.name }));
    } catch (error) {
      errors.fromError(error);
    } finally {
      setWorking(null);
    }
  };

  return (
    <section className="card grow__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('growIt.decisions.title')}</h2>
      <p className="muted">{t('growIt.decisions.why')}</p>
      {!mayDecide && mayPlan && <p className="muted">{t('growIt.decisions.noDecide')}</p>}
      <FormSummary message={errors.summary} />
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
          {pilots.map((pilot) => {
            const types = new Set(pilot.allowedMoves.map((m) => m.type));
            const decisions = pilot.allowedMoves.filter((m) => m.type === 'DECIDE');
            return (
              <tr key={pilot.id}>
                <th scope="row" id={`${headingId}-${pilot.id}`} tabIndex={-1}>
                  {pilot.name}
                </th>
                <td>
                  <p className="grow__status">{t(`marketIt.status.${pilot.status}`)}</p>
                  {pilot.iteration > 1 && <p className="muted">{t('growIt.decisions.iteration', { iteration: pilot.iteration })}</p>}
                  {pilot.lastDecision && pilot.lastReason && <p className="muted">{t('growIt.decisions.lastReason', { reason: pilot.lastReason })}</p>}
                </td>
                <td>
                  <div className="grow__moves">
                    {mayPlan && types.has('START') && (
                      <Button busy={working === pilot.id} onClick={() => void move(pilot, 'START')} aria-label={t('growIt.decisions.startNamed', { pilot: pilot.name })}>
                        {t('growIt.decisions.start')}
                      </Button>
                    )}
                    {mayPlan && types.has('BEGIN_EVALUATION') && (
                      <Button busy={working === pilot.id} onClick={() => void move(pilot, 'BEGIN_EVALUATION')} aria-label={t('growIt.decisions.evaluateNamed', { pilot: pilot.name })}>
                        {t('growIt.decisions.evaluate')}
                      </Button>
                    )}
                    {mayDecide && decisions.length > 0 && (
                      <Button variant="primary" onClick={() => setDeciding(pilot)} aria-label={t('growIt.decisions.decideNamed', { pilot: pilot.name })}>
                        {t('growIt.decisions.decide')}
                      </Button>
                    )}
                  </div>
                  <p className="muted">{nextStepHint(pilot, types)}</p>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Dialog open={deciding !== null} title={deciding ? t('growIt.decide.title', { pilot: deciding.name }) : ''} onClose={() => setDeciding(null)}>
        {deciding && (
          <DecideForm
            pilot={deciding}
            onDone={async (decision) => {
              const pilot = deciding;
              setDeciding(null);
              if (decision) {
                await onChanged();
                focusPilot(pilot.id);
                announce(t('growIt.decide.done', { pilot: pilot.name, decision: t(`growIt.decision.${decision}`) }));
              }
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

function nextStepHint(pilot: GrowPilot, types: Set<string>): string {
  if (pilot.status === 'PROPOSED') return t('growIt.decisions.hint.PROPOSED');
  if (types.has('START')) return t('growIt.decisions.hint.APPROVED');
  if (types.has('BEGIN_EVALUATION')) return t('growIt.decisions.hint.RUNNING');
  if (types.has('DECIDE')) return t('growIt.decisions.hint.EVALUATING');
  if (pilot.status === 'SCALE') return t('growIt.decisions.hint.SCALE');
  return t('growIt.decisions.hint.ended');
}

/** The decision on an evaluated pilot, with the reason the API asks for. */
export function DecideForm({ pilot, onDone }: { pilot: GrowPilot; onDone: (decision: PilotDecision | null) => void | Promise<void> }) {
  const options = pilot.allowedMoves.filter((m) => m.type === 'DECIDE' && m.decision).map((m) => m.decision!);
  const [decision, setDecision] = useState<PilotDecision | ''>('');
  const [reason, setReason] = useState('');
  const values = { decision, reason };
  const errors = useFormErrors(values);
  const [decide, { loading }] = useMutation(GROW_DECIDE_PILOT);
  const legendId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!decision) problems.decision = t('growIt.decide.decision.required');
    if (!reason.trim()) problems.reason = t('growIt.decide.reason.required');
    else if (!isSubstantialReason(reason)) problems.reason = t('growIt.decide.reason.short', { words: MIN_REASON_WORDS });
    if (Object.keys(problems).length) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    try {
      await decide({ variables: { input: { pilotId: pilot.id, version: pilot.version, decision: decision as PilotDecision, reason: reason.trim() } } });
      await onDone(decision as PilotDecision);
    } catch (error) {
      errors.fromError(error);
    }
  };

  const decisionError = errors.field('decision');
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('growIt.decide.formLabel', { pilot: pilot.name })}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <fieldset className={decisionError ? 'field field--invalid grow__choices' : 'field grow__choices'} aria-describedby={decisionError ? `${legendId}-error` : undefined}>
        <legend id={legendId} className="field__label">
          {t('growIt.decide.decision')}
        </legend>
        {options.map((option, index) => (
          <label key={option} className="grow__choice">
            <input type="radio" name="decision" value={option} checked={decision === option} onChange={() => setDecision(option)} data-autofocus={index === 0 ? true : undefined} />{' '}
            <span>
              <strong>{t(`growIt.decision.${option}`)}</strong>
              <span className="muted"> {t(`growIt.decision.${option}.hint`)}</span>
            </span>
          </label>
        ))}
        {decisionError && (
          <p id={`${legendId}-error`} className="field__error">
            {decisionError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t('growIt.decide.reason')}
        hint={t('growIt.decide.reason.hint', { words: MIN_REASON_WORDS })}
        name="reason"
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.field('reason')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('growIt.decide.submit')}
        </Button>
        <Button onClick={() => void onDone(null)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
