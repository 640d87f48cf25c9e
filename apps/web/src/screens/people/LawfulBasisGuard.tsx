import { type ReactNode, useId } from 'react';
import { Field, TextAreaField } from '../../components/Field';
import type { LawfulBasis } from '../../gql/graphql';
import { t } from '../../i18n/i18n';

export const BASES: readonly LawfulBasis[] = ['CONSENT', 'PUBLIC_TASK', 'OTHER'];

/** The lawful basis as the form holds it; names follow the mutation's input (`lawfulBasis.consentMeans`). */
export interface BasisValues {
  basis: LawfulBasis | '';
  /** A calendar day (YYYY-MM-DD) from the date field. */
  consentGivenAt: string;
  consentPurposes: string;
  consentMeans: string;
  otherBasis: string;
}

export const NO_BASIS: BasisValues = { basis: '', consentGivenAt: '', consentPurposes: '', consentMeans: '', otherBasis: '' };

export interface LawfulBasisGuardProps {
  values: BasisValues;
  onChange: (values: BasisValues) => void;
  /** The message for a field, by its form name (`lawfulBasis.consentMeans`). */
  error: (name: string) => string | undefined;
  /** The personal fields: not rendered at all until a basis is chosen. */
  children: ReactNode;
}

/**
 * Asks why the organisation may hold someone's details before it asks for any of them: until a
 * basis is chosen, the personal fields (the children) are not in the page at all, so nothing
 * personal can be typed, kept in a draft or sent without one. Each basis then asks for what it
 * needs (consent: when, for what, by what means; another basis: its name), as the API checks.
 */
export function LawfulBasisGuard({ values, onChange, error, children }: LawfulBasisGuardProps) {
  const name = useId();
  const errorId = useId();
  const set = (field: keyof BasisValues, value: string) => onChange({ ...values, [field]: value });
  const choose = (basis: LawfulBasis) =>
    // Fields of another basis would be refused by the API: they go when the basis changes.
    onChange({ ...NO_BASIS, basis, ...(basis === values.basis ? values : {}) });
  const basisError = error('lawfulBasis.basis') ?? error('lawfulBasis');

  return (
    <>
      <fieldset className="people-basis" aria-describedby={basisError ? errorId : undefined} aria-invalid={basisError ? true : undefined}>
        <legend className="field__label">{t('peopleIt.basis.legend')}</legend>
        <p className="field__hint">{t('peopleIt.basis.hint')}</p>
        {BASES.map((basis) => (
          <label key={basis} className="people-basis__option">
            <input type="radio" name={name} value={basis} checked={values.basis === basis} onChange={() => choose(basis)} />
            <span>
              <strong>{t(`peopleIt.basis.${basis}`)}</strong>
              <span className="people-basis__explain">{t(`peopleIt.basis.${basis}.explain`)}</span>
            </span>
          </label>
        ))}
        {basisError && (
          <p id={errorId} className="field__error">
            {basisError}
          </p>
        )}
      </fieldset>
      {values.basis === 'CONSENT' && (
        <div className="form-row">
          <Field
            label={t('peopleIt.basis.consentGivenAt')}
            name="lawfulBasis.consentGivenAt"
            type="date"
            required
            value={values.consentGivenAt}
            onChange={(e) => set('consentGivenAt', e.target.value)}
            error={error('lawfulBasis.consentGivenAt')}
          />
          <Field
            label={t('peopleIt.basis.consentMeans')}
            hint={t('peopleIt.basis.consentMeans.hint')}
            name="lawfulBasis.consentMeans"
            required
            maxLength={200}
            value={values.consentMeans}
            onChange={(e) => set('consentMeans', e.target.value)}
            error={error('lawfulBasis.consentMeans')}
          />
        </div>
      )}
      {values.basis === 'CONSENT' && (
        <TextAreaField
          label={t('peopleIt.basis.consentPurposes')}
          hint={t('peopleIt.basis.consentPurposes.hint')}
          name="lawfulBasis.consentPurposes"
          required
          rows={2}
          maxLength={500}
          value={values.consentPurposes}
          onChange={(e) => set('consentPurposes', e.target.value)}
          error={error('lawfulBasis.consentPurposes')}
        />
      )}
      {values.basis === 'OTHER' && (
        <Field
          label={t('peopleIt.basis.otherBasis')}
          hint={t('peopleIt.basis.otherBasis.hint')}
          name="lawfulBasis.otherBasis"
          required
          maxLength={500}
          value={values.otherBasis}
          onChange={(e) => set('otherBasis', e.target.value)}
          error={error('lawfulBasis.otherBasis')}
        />
      )}
      {values.basis ? (
        children
      ) : (
        <p className="notice people-basis__wait" role="note">
          {t('peopleIt.basis.first')}
        </p>
      )}
    </>
  );
}

/** The basis as the API takes it: only the fields that belong to the chosen basis, trimmed. */
export function basisInput(values: BasisValues) {
  if (!values.basis) return undefined;
  if (values.basis === 'CONSENT') {
    return {
      basis: values.basis,
      // The day as the person's own midnight: never "in the future" for a consent given today.
      consentGivenAt: values.consentGivenAt ? new Date(`${values.consentGivenAt}T00:00:00`).toISOString() : undefined,
      consentPurposes: values.consentPurposes.trim() || undefined,
      consentMeans: values.consentMeans.trim() || undefined,
    };
  }
  if (values.basis === 'OTHER') return { basis: values.basis, otherBasis: values.otherBasis.trim() || undefined };
  return { basis: values.basis };
}
