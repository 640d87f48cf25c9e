import { type FormEvent, useState } from 'react';
import { isSufficientReason, REASON_MIN_WORDS } from '../../../../../libs/workflow/src/reasons';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { ProgrammeMoveType, Step } from '../../gql/graphql';
import { type MessageKey, t } from '../../i18n/i18n';
import { ConflictMessage } from './ConflictMessage';

/** A move the board offers (Programme.availableMoves). */
export interface OfferedMove {
  type: ProgrammeMoveType;
  reasonRequired: boolean;
  overridesGate: boolean;
  steps: readonly Step[];
}

export interface MoveChoice {
  reason?: string;
  /** For REOPEN: the step to reopen. */
  step?: Step;
}

/** The button that opens a move's dialog, and the dialog's confirm button: one label each, from the catalogue. */
export function moveLabel(move: Pick<OfferedMove, 'type' | 'overridesGate'>): string {
  return t(`programme.move.${move.type}${move.overridesGate ? '.override' : ''}` as MessageKey);
}

export interface MoveDialogProps {
  move: OfferedMove | null;
  programmeName: string;
  currentStep: Step;
  /** Sends the move; throws what the API answered, which the dialog shows next to the field at fault. */
  onConfirm: (choice: MoveChoice) => Promise<void>;
  onClose: () => void;
  /** When the move met someone else's change (CONFLICT): what they did, in words, and a way to reload. */
  conflict?: { changes: string[]; onReload: () => Promise<void> } | null;
  /** The move is no longer offered (someone else moved the programme meanwhile): say so rather than send it. */
  unavailable?: boolean;
}

/**
 * Confirms one move, asking for the reason where the move needs one (an override or a reopen) and,
 * to reopen, which step. A modal dialog (components/Dialog): focus moves to its first field, stays
 * inside, Escape closes it and focus goes back to the button that opened it.
 */
export function MoveDialog({ move, programmeName, currentStep, onConfirm, onClose, conflict, unavailable }: MoveDialogProps) {
  return (
    <Dialog open={move !== null} title={move ? moveLabel(move) : ''} onClose={onClose}>
      {move && (
        <MoveForm
          key={move.type}
          move={move}
          programmeName={programmeName}
          currentStep={currentStep}
          onConfirm={onConfirm}
          onClose={onClose}
          conflict={conflict}
          unavailable={unavailable}
        />
      )}
    </Dialog>
  );
}

function MoveForm({
  move,
  programmeName,
  currentStep,
  onConfirm,
  onClose,
  conflict,
  unavailable,
}: Omit<MoveDialogProps, 'move'> & { move: OfferedMove }) {
  // Kept as typed (this tab only): a conflict's reload or an expired session loses nothing.
  const draft = useDraft<{ reason: string; step: Step | '' }>(`move-${move.type}`, { reason: '', step: move.steps.at(-1) ?? '' });
  const errors = useFormErrors(draft.values);
  const { reason, step } = draft.values;
  const [busy, setBusy] = useState(false);
  const [reloading, setReloading] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (move.reasonRequired && !isSufficientReason(reason)) {
      errors.setLocal({ reason: t('programme.move.reasonTooShort', { words: REASON_MIN_WORDS }) }, t('forms.fixBelow'));
      return;
    }
    if (move.type === 'REOPEN' && !step) {
      errors.setLocal({ step: t('programme.move.chooseStep') }, t('forms.fixBelow'));
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      await onConfirm({
        reason: move.reasonRequired ? reason.trim() : undefined,
        step: move.type === 'REOPEN' ? (step as Step) : undefined,
      });
      draft.clear();
    } catch (error) {
      errors.fromError(error);
    } finally {
      setBusy(false);
    }
  };

  const reasonError = errors.field('reason') ?? errors.field('overrideReason');
  const showSummary = errors.problem && errors.problem.code !== 'CONFLICT';
  return (
    <form onSubmit={submit} noValidate className="move-form">
      <p>
        {t(`programme.move.${move.type}${move.overridesGate ? '.override' : ''}.explain` as MessageKey, {
          programme: programmeName,
          step: t(`steps.${currentStep}`),
        })}
      </p>
      {showSummary && <FormSummary message={errors.summary} fields={errors.problem?.fields} />}
      {conflict && errors.problem?.code === 'CONFLICT' && (
        <ConflictMessage
          what={t('programme.conflict.theProgramme')}
          events={conflict.changes}
          reloading={reloading}
          onReload={async () => {
            setReloading(true);
            try {
              await conflict.onReload();
              errors.clear();
            } finally {
              setReloading(false);
            }
          }}
        />
      )}
      {unavailable && !conflict && (
        <p className="notice" role="status">
          {t('programme.move.unavailable')}
        </p>
      )}
      {move.type === 'REOPEN' && (
        <SelectField
          label={t('programme.move.stepToReopen')}
          name="step"
          value={step}
          onChange={(e) => draft.set('step', e.target.value as Step)}
          error={errors.field('step')}
          data-autofocus
        >
          {move.steps.map((s) => (
            <option key={s} value={s}>
              {t(`steps.${s}`)}
            </option>
          ))}
        </SelectField>
      )}
      {move.reasonRequired && (
        <TextAreaField
          label={t('programme.move.reason')}
          hint={t(move.overridesGate ? 'programme.move.reasonHint.override' : 'programme.move.reasonHint', { words: REASON_MIN_WORDS })}
          name="reason"
          value={reason}
          onChange={(e) => draft.set('reason', e.target.value)}
          error={reasonError}
          rows={3}
          required
          data-autofocus={move.type !== 'REOPEN' || undefined}
        />
      )}
      <div className="actions">
        <Button
          type="submit"
          variant={move.type === 'ARCHIVE' ? 'danger' : 'primary'}
          busy={busy}
          disabled={unavailable}
          data-autofocus={(!move.reasonRequired && move.type !== 'REOPEN') || undefined}
        >
          {moveLabel(move)}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
