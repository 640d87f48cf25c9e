import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { isSubstantialReason, MIN_REASON_WORDS } from '../../../../../libs/workflow/src/pilot-lifecycle';
import { Action, can } from '../../app/permissions';
import type { Role } from '../../app/session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PilotDecision, PilotDetailQuery, PilotMoveType } from '../../gql/graphql';
import { type MessageKey, t } from '../../i18n/i18n';
import { APPROVE_PILOT, BEGIN_PILOT_EVALUATION, DECIDE_PILOT, REJECT_PILOT, START_PILOT } from './operations';

type Pilot = PilotDetailQuery['pilot'];
type Move = Pilot['allowedMoves'][number];

/** The catalogue key of a move: APPROVE, START…, or DECIDE.SCALE / DECIDE.ADAPT / DECIDE.STOP. */
export const moveKey = (move: { type: PilotMoveType; decision?: PilotDecision | null }) => (move.type === 'DECIDE' ? `DECIDE.${move.decision}` : move.type);

/** Who may make a move (the API's policy): approving, rejecting and deciding need DECIDE_AND_PUBLISH; starting and evaluating PLAN. */
export function mayMove(role: Role | null | undefined, type: PilotMoveType): boolean {
  return can(role, type === 'START' || type === 'BEGIN_EVALUATION' ? Action.PLAN : Action.DECIDE_AND_PUBLISH);
}

/**
 * The lifecycle moves the API allows now (Pilot.allowedMoves), each with what it means, as far as
 * the caller's role may make them; a move that needs a reason asks for it in a dialog.
 */
export function PilotMoves({ pilot, role, onMoved }: { pilot: Pilot; role: Role | null | undefined; onMoved: () => void }) {
  const [open, setOpen] = useState<Move | null>(null);
  const idPrefix = useId();
  // The moves that end a pilot come last, after the ones that take it forward.
  const ending = (m: Move) => m.type === 'REJECT' || m.decision === 'STOP';
  const offered = pilot.allowedMoves.filter((m) => mayMove(role, m.type)).sort((a, b) => Number(ending(a)) - Number(ending(b)));
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
            onDone={() => {
              setOpen(null);
              onMoved();
            }}
            onCancel={() => setOpen(null)}
          />
        )}
      </Dialog>
    </>
  );
}

function MoveForm({ pilot, move, onDone, onCancel }: { pilot: Pilot; move: Move; onDone: () => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const errors = useFormErrors({ reason });
  const announce = useAnnounce();
  const [approve, a] = useMutation(APPROVE_PILOT);
  const [reject, r] = useMutation(REJECT_PILOT);
  const [start, s] = useMutation(START_PILOT);
  const [evaluate, e] = useMutation(BEGIN_PILOT_EVALUATION);
  const [decide, d] = useMutation(DECIDE_PILOT);
  const busy = a.loading || r.loading || s.loading || e.loading || d.loading;
  const key = moveKey(move);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (move.reason === 'REQUIRED' && !isSubstantialReason(trimmed)) {
      errors.setLocal({ reason: t('focusIt.moves.reasonTooShort', { words: MIN_REASON_WORDS }) }, t('forms.fixBelow'));
      return;
    }
    const key2 = { pilotId: pilot.id, version: pilot.version };
    try {
      if (move.type === 'APPROVE') await approve({ variables: { input: { ...key2, reason: trimmed || undefined } } });
      else if (move.type === 'REJECT') await reject({ variables: { input: { ...key2, reason: trimmed } } });
      else if (move.type === 'START') await start({ variables: { input: key2 } });
      else if (move.type === 'BEGIN_EVALUATION') await evaluate({ variables: { input: key2 } });
      else await decide({ variables: { input: { ...key2, decision: move.decision!, reason: trimmed } } });
      announce(t('focusIt.moves.done', { name: pilot.name, status: t(`focusIt.status.${move.to}`) }));
      onDone();
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <p>{t(`focusIt.move.${key}.means` as MessageKey)}</p>
      <p>{t('focusIt.moves.from', { name: pilot.name, from: t(`focusIt.status.${pilot.status}`), to: t(`focusIt.status.${move.to}`) })}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {move.reason !== 'NONE' && (
        <TextAreaField
          label={move.reason === 'REQUIRED' ? t('focusIt.moves.reason') : t('focusIt.moves.reasonOptional')}
          hint={move.reason === 'REQUIRED' ? t('focusIt.moves.reasonHint', { words: MIN_REASON_WORDS }) : t('focusIt.moves.reasonOptionalHint')}
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
        <Button type="submit" variant={move.type === 'REJECT' || move.decision === 'STOP' ? 'danger' : 'primary'} busy={busy} data-autofocus={move.reason === 'NONE' || undefined}>
          {t(`focusIt.move.${key}` as MessageKey)}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
