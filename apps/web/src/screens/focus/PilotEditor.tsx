import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PilotDetailQuery, UpdatePilotInput } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { UPDATE_PILOT } from './operations';
import { DECIMAL } from './Pilots';

type Pilot = PilotDetailQuery['pilot'];

interface Values {
  name: string;
  hypothesis: string;
  priorityAreaId: string;
  startDate: string;
  endDate: string;
  budget: string;
  targetParticipants: string;
  participantsReached: string;
}

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
  areas: ReadonlyArray<{ id: string; serviceAreaName: string; selected: boolean }>;
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
    const local: Record<string, string> = {};
    if (!v.name.trim()) local.name = t('focusIt.propose.pilot.nameMissing');
    if (v.budget.trim() && !DECIMAL.test(v.budget.trim())) local.budget = t('focusIt.money.invalid');
    for (const field of ['targetParticipants', 'participantsReached'] as const)
      if (v[field].trim() && !/^\d+$/.test(v[field].trim())) local[field] = t('focusIt.propose.pilot.wholeNumber');
    if (v.startDate && v.endDate && v.endDate < v.startDate) local.endDate = t('focusIt.propose.pilot.endBeforeStart');
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
      <Field
        label={t('focusIt.pilot.field.name')}
        name="name"
        value={v.name}
        onChange={(e) => draft.set('name', e.target.value)}
        error={errors.field('name')}
        required
        maxLength={200}
        autoFocus
      />
      <TextAreaField
        label={t('focusIt.pilot.field.hypothesis')}
        name="hypothesis"
        value={v.hypothesis}
        onChange={(e) => draft.set('hypothesis', e.target.value)}
        error={errors.field('hypothesis')}
        rows={3}
      />
      <SelectField
        label={t('focusIt.pilot.field.area')}
        name="priorityAreaId"
        value={v.priorityAreaId}
        onChange={(e) => draft.set('priorityAreaId', e.target.value)}
        error={errors.field('priorityAreaId')}
      >
        <option value="">{t('focusIt.pilot.field.noArea')}</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.selected ? t('focusIt.pilot.field.areaChosen', { name: a.serviceAreaName }) : a.serviceAreaName}
          </option>
        ))}
      </SelectField>
      <div className="focus__pair">
        <Field
          label={t('focusIt.pilot.field.start')}
          type="date"
          name="startDate"
          value={v.startDate}
          onChange={(e) => draft.set('startDate', e.target.value)}
          error={errors.field('startDate')}
        />
        <Field
          label={t('focusIt.pilot.field.end')}
          type="date"
          name="endDate"
          value={v.endDate}
          onChange={(e) => draft.set('endDate', e.target.value)}
          error={errors.field('endDate')}
        />
      </div>
      <div className="focus__pair">
        <Field
          label={t('focusIt.pilot.field.budget', { currency: pilot.currency })}
          hint={t('focusIt.money.hint')}
          name="budget"
          inputMode="decimal"
          value={v.budget}
          onChange={(e) => draft.set('budget', e.target.value)}
          error={errors.field('budget')}
        />
        <Field
          label={t('focusIt.pilot.field.target')}
          name="targetParticipants"
          inputMode="numeric"
          value={v.targetParticipants}
          onChange={(e) => draft.set('targetParticipants', e.target.value)}
          error={errors.field('targetParticipants')}
        />
        <Field
          label={t('focusIt.edit.reached')}
          hint={t('focusIt.edit.reachedHint')}
          name="participantsReached"
          inputMode="numeric"
          value={v.participantsReached}
          onChange={(e) => draft.set('participantsReached', e.target.value)}
          error={errors.field('participantsReached')}
        />
      </div>
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
