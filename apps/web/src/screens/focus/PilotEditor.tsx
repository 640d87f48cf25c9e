import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Button } from '../../components/Button';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PilotDetailQuery, UpdatePilotInput } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { UPDATE_PILOT } from './operations';
import { type PilotArea, PilotFields, pilotProblems, type PilotValues } from './PilotFields';

type Pilot = PilotDetailQuery['pilot'];

type Values = Required<PilotValues>;

const valuesOf = (p: Pilot): Values => ({
  name: p.name,
  hypothesis: p.hypothesis,
  priorityAreaId: p.priorityArea?.id ?? '',
  startDate: p.startDate ?? '',
  endDate: p.endDate ?? '',
  budget: p.budget?.amount ?? '',
  targetParticipants: p.targetParticipants == null ? '' : String(p.targetParticipants),
  participantsReached: p.participantsReached == null ? '' : String(p.participantsReached),
});

/** Edits a pilot's details (never its status: the lifecycle moves do that), sending only what changed, with the version it was opened at. */
export function PilotEditor({
  pilot,
  areas,
  onSaved,
  onCancel,
  onReload,
}: {
  pilot: Pilot;
  areas: readonly PilotArea[];
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const initial = valuesOf(pilot);
  const draft = useDraft<Values>(`edit-pilot-${pilot.id}`, initial);
  const errors = useFormErrors(draft.values);
  const announce = useAnnounce();
  const [update, { loading }] = useMutation(UPDATE_PILOT);
  const v = draft.values;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = pilotProblems(v);
    if (Object.keys(local).length) {
      errors.setLocal(local, t('forms.fixBelow'));
      return;
    }
    const input: UpdatePilotInput = { pilotId: pilot.id, version: pilot.version };
    if (v.name.trim() !== initial.name) input.name = v.name.trim();
    if (v.hypothesis.trim() !== initial.hypothesis) input.hypothesis = v.hypothesis.trim();
    if (v.priorityAreaId !== initial.priorityAreaId) {
      if (v.priorityAreaId) input.priorityAreaId = v.priorityAreaId;
      else input.clearPriorityArea = true;
    }
    if (v.startDate && v.startDate !== initial.startDate) input.startDate = v.startDate;
    if (v.endDate && v.endDate !== initial.endDate) input.endDate = v.endDate;
    if (v.budget.trim() !== initial.budget) {
      if (v.budget.trim()) input.budget = v.budget.trim();
      else input.clearBudget = true;
    }
    if (v.targetParticipants.trim() !== initial.targetParticipants) {
      if (v.targetParticipants.trim()) input.targetParticipants = Number(v.targetParticipants.trim());
      else input.clearTargetParticipants = true;
    }
    if (v.participantsReached.trim() && v.participantsReached.trim() !== initial.participantsReached)
      input.participantsReached = Number(v.participantsReached.trim());
    if (Object.keys(input).length === 2) {
      draft.clear();
      onCancel();
      return;
    }
    try {
      await update({ variables: { input } });
      draft.clear();
      announce(t('focusIt.edit.saved', { name: input.name ?? pilot.name }));
      onSaved();
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('focusIt.edit.title', { name: pilot.name })}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {errors.problem?.code === 'CONFLICT' && (
        <p>
          <Button onClick={onReload}>{t('focusIt.edit.reload')}</Button>
        </p>
      )}
      <PilotFields
        values={v}
        set={(field, value) => draft.set(field, value)}
        error={(field) => errors.field(field)}
        areas={areas}
        currency={pilot.currency}
        autoFocus
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('focusIt.edit.submit')}
        </Button>
        <Button
          onClick={() => {
            draft.clear();
            onCancel();
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
