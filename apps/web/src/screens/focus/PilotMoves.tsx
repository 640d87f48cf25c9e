import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { isSufficientReason, REASON_MIN_WORDS } from '../../../../../libs/workflow/src/reasons';
import { Action, can } from '../../app/permissions';
import type { Role } from '../../app/session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PilotDecision, PilotMoveType, PilotStatus, ReasonRule } from '../../gql/graphql';
import { type MessageKey, t } from '../../i18n/i18n';
import { APPROVE_PILOT, BEGIN_PILOT_EVALUATION, DECIDE_PILOT, REJECT_PILOT, START_PILOT } from './operations';

/** A move the API allows now (Pilot.allowedMoves). */
export interface PilotMove {
  type: PilotMoveType;
  decision?: PilotDecision | null;
  to: PilotStatus;
  reason: ReasonRule;
}

/** What the moves need of a pilot: who it is, where it stands, the version read and what it may do next. */
export interface MovablePilot {
  id: string;
  name: string;
  status: PilotStatus;
  version: number;
  allowedMoves: readonly PilotMove[];
}

/** The catalogue key of a move: APPROVE, START…, or DECIDE.SCALE / DECIDE.ADAPT / DECIDE.STOP. */
export const moveKey = (move: { type: PilotMoveType; decision?: PilotDecision | null }) =>
  move.type === 'DECIDE' ? `DECIDE.${move.decision}` : move.type;

/** Who may make a move (the API's policy): approving, rejecting and deciding need DECIDE_AND_PUBLISH; starting and evaluating PLAN. */
export function mayMove(role: Role | null | undefined, type: PilotMoveType): boolean {
  return can(role, type === 'START' || type === 'BEGIN_EVALUATION' ? Action.PLAN : Action.DECIDE_AND_PUBLISH);
}

/** The moves that end a pilot, shown last and in red. */
const ending = (m: PilotMove) => m.type === 'REJECT' || m.decision === 'STOP';

/**
 * Sends any lifecycle move with the pilot's version as read (a stale one is a CONFLICT) and the
 * reason given; throws what the API answered. Each mutation answers the pilot's status, version
 * and next moves, so every screen showing the pilot is updated from the cache at once.
 */
function usePilotMove() {
  const [approve, a] = useMutation(APPROVE_PILOT);
  const [reject, r] = useMutation(REJECT_PILOT);
  const [start, s] = useMutation(START_PILOT);
  const [evaluate, e] = useMutation(BEGIN_PILOT_EVALUATION);
  const [decide, d] = useMutation(DECIDE_PILOT);
  const send = async (pilot: MovablePilot, move: PilotMove, reason: string) => {
    const key = { pilotId: pilot.id, version: pilot.version };
    if (move.type === 'APPROVE') await approve({ variables: { input: { ...key, reason: reason || undefined } } });
    else if (move.type === 'REJECT') await reject({ variables: { input: { ...key, reason } } });
    else if (move.type === 'START') await start({ variables: { input: key } });
    else if (move.type === 'BEGIN_EVALUATION') await evaluate({ variables: { input: key } });
    else await decide({ variables: { input: { ...key, decision: move.decision!, reason } } });
  };
  return { send, busy: a.loading || r.loading || s.loading || e.loading || d.loading };
}

export interface PilotMovesProps {
  pilot: MovablePilot;
  /** Whether the caller may make a move of this type (their role, as the API's policy; none on an archived programme). */
  may: (type: PilotMoveType) => boolean;
  /**
   * `page` (Focus it, one pilot): each move a button with what it means, opening a dialog of its
   * own name that asks for the reason where one is needed. `row` (Grow it, a table of pilots, in
   * Grow it's words): buttons named with the pilot, a move that needs no reason made at once, and
   * the decisions chosen together in one dialog; approval and rejection stay with the page.
   */
  layout?: 'page' | 'row';
  /**
   * Called once the API has moved the pilot, before it is announced: the button pressed may now be
   * gone, so the caller reads the pilot again if it needs to and puts the focus on something that stays.
   */
  onMoved: (move: PilotMove) => void | Promise<void>;
}

/** The lifecycle moves the API allows now (Pilot.allowedMoves), as far as the caller may make them: one component for Focus it's pilot page and Grow it's decisions. */
export function PilotMoves(props: PilotMovesProps) {
  return props.layout === 'row' ? <RowMoves {...props} /> : <PageMoves {...props} />;
}

function PageMoves({ pilot, may, onMoved }: PilotMovesProps) {
  const [open, setOpen] = useState<PilotMove | null>(null);
  const idPrefix = useId();
  // The moves that end a pilot come last, after the ones that take it forward.
  const offered = pilot.allowedMoves.filter((m) => may(m.type)).sort((a, b) => Number(ending(a)) - Number(ending(b)));
  const withheld = pilot.allowedMoves.length - offered.length;
  if (pilot.allowedMoves.length === 0) return <p>{t('focusIt.moves.final')}</p>;
  return (
    <>
      {offered.length > 0 && (
        <ul className="focus__moves" aria-label={t('focusIt.moves.label')}>
          {offered.map((m) => (
            <li key={moveKey(m)}>
              <Button variant={ending(m) ? 'danger' : 'primary'} onClick={() => setOpen(m)} aria-describedby={`${idPrefix}-${moveKey(m)}`}>
                {t(`focusIt.move.${moveKey(m)}` as MessageKey)}
              </Button>
              <p className="hint" id={`${idPrefix}-${moveKey(m)}`}>
                {t(`focusIt.move.${moveKey(m)}.means` as MessageKey)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {withheld > 0 && <p className="muted">{t('focusIt.moves.notYourRole')}</p>}
      <Dialog open={open !== null} title={open ? t(`focusIt.move.${moveKey(open)}` as MessageKey) : ''} onClose={() => setOpen(null)}>
        {open && (
          <MoveForm
            key={moveKey(open)}
            pilot={pilot}
            move={open}
            onDone={async () => {
              setOpen(null);
              await onMoved(open);
            }}
            onCancel={() => setOpen(null)}
          />
        )}
      </Dialog>
    </>
  );
}

/** One move confirmed, with what it means, where it takes the pilot and, where needed, the reason. */
function MoveForm({
  pilot,
  move,
  onDone,
  onCancel,
}: {
  pilot: MovablePilot;
  move: PilotMove;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const errors = useFormErrors({ reason });
  const announce = useAnnounce();
  const { send, busy } = usePilotMove();
  const key = moveKey(move);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (move.reason === 'REQUIRED' && !isSufficientReason(trimmed)) {
      errors.setLocal({ reason: t('focusIt.moves.reasonTooShort', { words: REASON_MIN_WORDS }) }, t('forms.fixBelow'));
      return;
    }
    try {
      await send(pilot, move, trimmed);
    } catch (error) {
      errors.fromError(error);
      return;
    }
    await onDone();
    announce(t('focusIt.moves.done', { name: pilot.name, status: t(`focusIt.status.${move.to}`) }));
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>{t(`focusIt.move.${key}.means` as MessageKey)}</p>
      <p>{t('focusIt.moves.from', { name: pilot.name, from: t(`focusIt.status.${pilot.status}`), to: t(`focusIt.status.${move.to}`) })}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {move.reason !== 'NONE' && (
        <TextAreaField
          label={move.reason === 'REQUIRED' ? t('focusIt.moves.reason') : t('focusIt.moves.reasonOptional')}
          hint={
            move.reason === 'REQUIRED' ? t('focusIt.moves.reasonHint', { words: REASON_MIN_WORDS }) : t('focusIt.moves.reasonOptionalHint')
          }
          name="reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.field('reason')}
          rows={3}
          required={move.reason === 'REQUIRED'}
          data-autofocus
        />
      )}
      <div className="actions">
        <Button
          type="submit"
          variant={ending(move) ? 'danger' : 'primary'}
          busy={busy}
          data-autofocus={move.reason === 'NONE' || undefined}
        >
          {t(`focusIt.move.${key}` as MessageKey)}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

/** In a row, the moves made at once (no reason asked), with their button and what is announced after. */
const AT_ONCE: Partial<Record<PilotMoveType, { label: MessageKey; named: MessageKey; done: MessageKey }>> = {
  START: { label: 'growIt.decisions.start', named: 'growIt.decisions.startNamed', done: 'growIt.decisions.started' },
  BEGIN_EVALUATION: { label: 'growIt.decisions.evaluate', named: 'growIt.decisions.evaluateNamed', done: 'growIt.decisions.evaluating' },
};

function RowMoves({ pilot, may, onMoved }: PilotMovesProps) {
  const announce = useAnnounce();
  const errors = useFormErrors();
  const { send, busy } = usePilotMove();
  const [deciding, setDeciding] = useState(false);
  const atOnce = pilot.allowedMoves.filter((m) => m.reason === 'NONE' && AT_ONCE[m.type] && may(m.type));
  const decisions = may('DECIDE') ? pilot.allowedMoves.filter((m) => m.type === 'DECIDE' && m.decision) : [];

  const makeAtOnce = async (move: PilotMove) => {
    errors.clear();
    try {
      await send(pilot, move, '');
    } catch (error) {
      errors.fromError(error);
      return;
    }
    await onMoved(move);
    announce(t(AT_ONCE[move.type]!.done, { pilot: pilot.name }));
  };

  return (
    <>
      <FormSummary message={errors.summary} />
      <div className="grow__moves">
        {atOnce.map((move) => (
          <Button
            key={move.type}
            busy={busy}
            onClick={() => void makeAtOnce(move)}
            aria-label={t(AT_ONCE[move.type]!.named, { pilot: pilot.name })}
          >
            {t(AT_ONCE[move.type]!.label)}
          </Button>
        ))}
        {decisions.length > 0 && (
          <Button variant="primary" onClick={() => setDeciding(true)} aria-label={t('growIt.decisions.decideNamed', { pilot: pilot.name })}>
            {t('growIt.decisions.decide')}
          </Button>
        )}
      </div>
      <Dialog open={deciding} title={t('growIt.decide.title', { pilot: pilot.name })} onClose={() => setDeciding(false)}>
        {deciding && (
          <DecideForm
            pilot={pilot}
            decisions={decisions}
            onDone={async (move) => {
              setDeciding(false);
              if (!move) return;
              await onMoved(move);
              announce(t('growIt.decide.done', { pilot: pilot.name, decision: t(`growIt.decision.${move.decision!}`) }));
            }}
          />
        )}
      </Dialog>
    </>
  );
}

/** The decision on an evaluated pilot (scale up, adapt and run again, or stop), with the reason the API asks for. */
function DecideForm({
  pilot,
  decisions,
  onDone,
}: {
  pilot: MovablePilot;
  decisions: readonly PilotMove[];
  onDone: (move: PilotMove | null) => Promise<void>;
}) {
  const [decision, setDecision] = useState<PilotDecision | ''>('');
  const [reason, setReason] = useState('');
  const values = { decision, reason };
  const errors = useFormErrors(values);
  const { send, busy } = usePilotMove();
  const legendId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!decision) problems.decision = t('growIt.decide.decision.required');
    if (!reason.trim()) problems.reason = t('growIt.decide.reason.required');
    else if (!isSufficientReason(reason)) problems.reason = t('growIt.decide.reason.short', { words: REASON_MIN_WORDS });
    const move = decisions.find((m) => m.decision === decision);
    if (Object.keys(problems).length || !move) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    try {
      await send(pilot, move, reason.trim());
    } catch (error) {
      errors.fromError(error);
      return;
    }
    await onDone(move);
  };

  const decisionError = errors.field('decision');
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('growIt.decide.formLabel', { pilot: pilot.name })}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <fieldset
        className={decisionError ? 'field field--invalid grow__choices' : 'field grow__choices'}
        aria-describedby={decisionError ? `${legendId}-error` : undefined}
      >
        <legend id={legendId} className="field__label">
          {t('growIt.decide.decision')}
        </legend>
        {decisions.map((move, index) => (
          <label key={move.decision} className="grow__choice">
            <input
              type="radio"
              name="decision"
              value={move.decision!}
              checked={decision === move.decision}
              onChange={() => setDecision(move.decision!)}
              data-autofocus={index === 0 ? true : undefined}
            />{' '}
            <span>
              <strong>{t(`growIt.decision.${move.decision!}`)}</strong>
              <span className="muted"> {t(`growIt.decision.${move.decision!}.hint`)}</span>
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
        hint={t('growIt.decide.reason.hint', { words: REASON_MIN_WORDS })}
        name="reason"
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.field('reason')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('growIt.decide.submit')}
        </Button>
        <Button onClick={() => void onDone(null)}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
