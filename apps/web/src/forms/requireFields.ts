import type { FormErrors } from './useFormErrors';
import { type MessageKey, t } from '../i18n/i18n';

/**
 * Checks that the named fields are filled in before sending; each empty one gets "Enter your …"
 * next to it. Answers whether the form may be sent.
 */
export function requireFields<T extends Record<string, unknown>>(errors: FormErrors, values: T, labels: Partial<Record<keyof T & string, MessageKey>>): boolean {
  const missing: Record<string, string> = {};
  for (const [field, label] of Object.entries(labels) as Array<[string, MessageKey]>) {
    const value = values[field];
    if (typeof value !== 'string' || value.trim() === '') missing[field] = t('forms.required', { field: t(label).toLowerCase() });
  }
  if (Object.keys(missing).length > 0) {
    errors.setLocal(missing, t('forms.fixBelow'));
    return false;
  }
  errors.clear();
  return true;
}
