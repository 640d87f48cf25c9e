import { Field, SelectField, TextAreaField } from '../../components/Field';
import { t } from '../../i18n/i18n';

/** A decimal string the API takes for money: digits, at most one point. */
export const DECIMAL = /^\d+(\.\d+)?$/;

/** A pilot's details as typed: the same fields whether it is proposed or edited. */
export interface PilotValues {
  name: string;
  hypothesis: string;
  priorityAreaId: string;
  startDate: string;
  endDate: string;
  budget: string;
  targetParticipants: string;
  /** Only when editing: how many took part, which a pilot proposed has not reached yet. */
  participantsReached?: string;
}

export interface PilotArea {
  id: string;
  serviceAreaName: string;
  selected: boolean;
}

/** What is wrong with the values before anything is sent, by field; empty when nothing. */
export function pilotProblems(v: PilotValues): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!v.name.trim()) problems.name = t('focusIt.propose.pilot.nameMissing');
  if (!v.hypothesis.trim()) problems.hypothesis = t('focusIt.propose.pilot.hypothesisMissing');
  if (v.budget.trim() && !DECIMAL.test(v.budget.trim())) problems.budget = t('focusIt.money.invalid');
  for (const field of ['targetParticipants', 'participantsReached'] as const) {
    const value = v[field]?.trim();
    if (value && !/^\d+$/.test(value)) problems[field] = t('focusIt.propose.pilot.wholeNumber');
  }
  if (v.startDate && v.endDate && v.endDate < v.startDate) problems.endDate = t('focusIt.propose.pilot.endBeforeStart');
  return problems;
}

/**
 * The fields of a pilot's details, for the form that proposes one and the one that edits it;
 * participants reached shows only where the values carry it (editing).
 */
export function PilotFields({
  values: v,
  set,
  error,
  areas,
  currency,
  autoFocus = false,
}: {
  values: PilotValues;
  set: (field: keyof PilotValues, value: string) => void;
  error: (field: string) => string | undefined;
  areas: readonly PilotArea[];
  currency: string;
  autoFocus?: boolean;
}) {
  // Chosen areas first: those are where pilots are meant to start.
  const ordered = [...areas].sort((a, b) => Number(b.selected) - Number(a.selected));
  return (
    <>
      <Field
        label={t('focusIt.pilot.field.name')}
        name="name"
        value={v.name}
        onChange={(e) => set('name', e.target.value)}
        error={error('name')}
        required
        maxLength={200}
        autoFocus={autoFocus}
      />
      <TextAreaField
        label={t('focusIt.pilot.field.hypothesis')}
        hint={t('focusIt.pilot.field.hypothesisHint')}
        name="hypothesis"
        value={v.hypothesis}
        onChange={(e) => set('hypothesis', e.target.value)}
        error={error('hypothesis')}
        rows={3}
        required
      />
      <SelectField
        label={t('focusIt.pilot.field.area')}
        name="priorityAreaId"
        value={v.priorityAreaId}
        onChange={(e) => set('priorityAreaId', e.target.value)}
        error={error('priorityAreaId')}
      >
        <option value="">{t('focusIt.pilot.field.noArea')}</option>
        {ordered.map((a) => (
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
          onChange={(e) => set('startDate', e.target.value)}
          error={error('startDate')}
        />
        <Field
          label={t('focusIt.pilot.field.end')}
          type="date"
          name="endDate"
          value={v.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          error={error('endDate')}
        />
      </div>
      <div className="focus__pair">
        <Field
          label={t('focusIt.pilot.field.budget', { currency })}
          hint={t('focusIt.money.hint')}
          name="budget"
          inputMode="decimal"
          value={v.budget}
          onChange={(e) => set('budget', e.target.value)}
          error={error('budget')}
        />
        <Field
          label={t('focusIt.pilot.field.target')}
          hint={t('focusIt.pilot.field.targetHint')}
          name="targetParticipants"
          inputMode="numeric"
          value={v.targetParticipants}
          onChange={(e) => set('targetParticipants', e.target.value)}
          error={error('targetParticipants')}
        />
        {v.participantsReached !== undefined && (
          <Field
            label={t('focusIt.edit.reached')}
            hint={t('focusIt.edit.reachedHint')}
            name="participantsReached"
            inputMode="numeric"
            value={v.participantsReached}
            onChange={(e) => set('participantsReached', e.target.value)}
            error={error('participantsReached')}
          />
        )}
      </div>
    </>
  );
}
