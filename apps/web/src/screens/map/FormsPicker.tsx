import { useId } from 'react';
import type { CoproductionForm } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { FORM_TREE, toggleForm } from './forms';

interface FormsPickerProps {
  value: readonly CoproductionForm[];
  onChange: (forms: CoproductionForm[]) => void;
  /** The legend; the forms' own heading by default. */
  legend?: string;
  /** Only the four forms, without their sub-forms (the compact rows of "add several"). */
  compact?: boolean;
  error?: string;
}

/**
 * The forms of coproduction as checkboxes: each of the four forms with its sub-forms under it.
 * Ticking a sub-form ticks its form; unticking a form unticks its sub-forms.
 */
export function FormsPicker({ value, onChange, legend, compact = false, error }: FormsPickerProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const branches = compact ? FORM_TREE.map((b) => ({ ...b, subForms: [] })) : FORM_TREE;
  return (
    <fieldset
      className={`forms-picker${compact ? ' forms-picker--compact' : ''}`}
      aria-describedby={[compact ? undefined : hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend ?? t('mapIt.forms.legend')}</legend>
      {!compact && (
        <p id={hintId} className="field__hint">
          {t('mapIt.forms.hint')}
        </p>
      )}
      <ul className="forms-picker__list">
        {branches.map((branch) => (
          <li key={branch.form}>
            <label className="check">
              <input
                type="checkbox"
                checked={value.includes(branch.form)}
                onChange={(e) => onChange(toggleForm(value, branch.form, e.target.checked))}
              />
              {t(`mapIt.form.${branch.form}`)}
            </label>
            {branch.subForms.length > 0 && (
              <ul className="forms-picker__sub">
                {branch.subForms.map((sub) => (
                  <li key={sub}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={value.includes(sub)}
                        onChange={(e) => onChange(toggleForm(value, sub, e.target.checked))}
                      />
                      {t(`mapIt.form.${sub}`)}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
