import { type FormEvent, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import type { Draft } from '../../forms/useDraft';
import type { FormErrors } from '../../forms/useFormErrors';
import type { ParticipantKind } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { type BasisValues, LawfulBasisGuard } from './LawfulBasisGuard';

export const KINDS: readonly ParticipantKind[] = ['CITIZEN', 'STAFF', 'COMMUNITY_GROUP', 'THIRD_SECTOR'];
export const SCORES = [1, 2, 3, 4, 5] as const;

/** A participant as the form holds it; names follow the mutations' input. */
export interface ParticipantValues {
  kind: ParticipantKind;
  lawfulBasis: BasisValues;
  displayName: string;
  contact: string;
  notes: string;
  skillIds: string[];
  motivation: string;
  hoursPerMonth: string;
}

/** Checks before sending: what the API would refuse in any case, said next to each field. */
export function checkParticipant(errors: FormErrors, values: ParticipantValues): boolean {
  const missing: Record<string, string> = {};
  if (!values.lawfulBasis.basis) missing['lawfulBasis.basis'] = t('peopleIt.basis.required');
  if (!values.displayName.trim()) missing.displayName = t('peopleIt.participant.displayName.required');
  if (!values.motivation) missing.motivation = t('peopleIt.participant.motivation.required');
  if (!/^\d+$/.test(values.hoursPerMonth.trim())) missing.hoursPerMonth = t('peopleIt.participant.hoursPerMonth.required');
  if (values.lawfulBasis.basis === 'CONSENT') {
    if (!values.lawfulBasis.consentGivenAt) missing['lawfulBasis.consentGivenAt'] = t('peopleIt.basis.consentGivenAt.required');
    if (!values.lawfulBasis.consentPurposes.trim()) missing['lawfulBasis.consentPurposes'] = t('peopleIt.basis.consentPurposes.required');
    if (!values.lawfulBasis.consentMeans.trim()) missing['lawfulBasis.consentMeans'] = t('peopleIt.basis.consentMeans.required');
  }
  if (values.lawfulBasis.basis === 'OTHER' && !values.lawfulBasis.otherBasis.trim())
    missing['lawfulBasis.otherBasis'] = t('peopleIt.basis.otherBasis.required');
  if (Object.keys(missing).length > 0) {
    errors.setLocal(missing, t('forms.fixBelow'));
    return false;
  }
  errors.clear();
  return true;
}

export interface ParticipantFormProps {
  id: string;
  title: string;
  draft: Draft<ParticipantValues>;
  errors: FormErrors;
  skills: ReadonlyArray<{ id: string; name: string }>;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  /** Under the buttons, e.g. a Cancel button. */
  extraActions?: ReactNode;
}

/**
 * Adding or editing a participant: who they are (kind), then the lawful basis, and only once a
 * basis is chosen their name, contact and notes (LawfulBasisGuard), their skills, how keen they
 * are and the hours they can give.
 */
export function ParticipantForm({ id, title, draft, errors, skills, submitLabel, busy, onSubmit, extraActions }: ParticipantFormProps) {
  const { values, set } = draft;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const toggleSkill = (skillId: string, on: boolean) =>
    set('skillIds', on ? [...values.skillIds, skillId] : values.skillIds.filter((s) => s !== skillId));

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {draft.restored && <p className="hint">{t('peopleIt.participant.restored')}</p>}
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <SelectField
        label={t('peopleIt.participant.kind')}
        name="kind"
        value={values.kind}
        onChange={(e) => set('kind', e.target.value as ParticipantKind)}
        error={errors.field('kind')}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`peopleIt.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <LawfulBasisGuard values={values.lawfulBasis} onChange={(basis) => set('lawfulBasis', basis)} error={errors.field}>
        <div className="people-personal stack">
          <h3>{t('peopleIt.participant.personal')}</h3>
          <Field
            label={t('peopleIt.participant.displayName')}
            hint={t('peopleIt.participant.displayName.hint')}
            name="displayName"
            required
            maxLength={200}
            autoComplete="off"
            value={values.displayName}
            onChange={(e) => set('displayName', e.target.value)}
            error={errors.field('displayName')}
          />
          <Field
            label={t('peopleIt.participant.contact')}
            hint={t('peopleIt.participant.contact.hint')}
            name="contact"
            maxLength={300}
            autoComplete="off"
            value={values.contact}
            onChange={(e) => set('contact', e.target.value)}
            error={errors.field('contact')}
          />
          <TextAreaField
            label={t('peopleIt.participant.notes')}
            hint={t('peopleIt.participant.notes.hint')}
            name="notes"
            rows={3}
            maxLength={5000}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
            error={errors.field('notes')}
          />
        </div>
        <fieldset className="people-skills">
          <legend className="field__label">{t('peopleIt.participant.skills')}</legend>
          {skills.length === 0 ? (
            <p className="field__hint">{t('peopleIt.participant.skills.none')}</p>
          ) : (
            <ul className="people-checks">
              {skills.map((skill) => (
                <li key={skill.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={values.skillIds.includes(skill.id)}
                      onChange={(e) => toggleSkill(skill.id, e.target.checked)}
                    />{' '}
                    {skill.name}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {errors.field('skillIds') && <p className="field__error">{errors.field('skillIds')}</p>}
        </fieldset>
        <div className="form-row">
          <SelectField
            label={t('peopleIt.participant.motivation')}
            hint={t('peopleIt.participant.motivation.hint')}
            name="motivation"
            required
            value={values.motivation}
            onChange={(e) => set('motivation', e.target.value)}
            error={errors.field('motivation')}
          >
            <option value="">{t('peopleIt.participant.motivation.choose')}</option>
            {SCORES.map((score) => (
              <option key={score} value={String(score)}>
                {t(`peopleIt.motivation.${score}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('peopleIt.participant.hoursPerMonth')}
            hint={t('peopleIt.participant.hoursPerMonth.hint')}
            name="hoursPerMonth"
            type="number"
            inputMode="numeric"
            min={0}
            max={744}
            step={1}
            required
            value={values.hoursPerMonth}
            onChange={(e) => set('hoursPerMonth', e.target.value)}
            error={errors.field('hoursPerMonth')}
          />
        </div>
      </LawfulBasisGuard>
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        {extraActions}
      </div>
    </form>
  );
}
