import type { FormErrors } from './useFormErrors';
import { type MessageKey, t } from '../i18n/i18n';

/**
 * A catalogue sentence saying what to fill in ("Enter your name.", "Enter a name for the key."):
 * whole sentences per field, since no one pattern around a label reads right for every field
 * ("Enter your {label}" made "Enter your your name") or in every language.
 */
export type RequiredMessage = Extract<MessageKey, `${string}.required`>;

/**
 * Checks that the named fields are filled in before sending; each empty one gets its catalogue
 * sentence next to it. Answers whether the form may be sent.
 */
export function requireFields<T extends Record<string, unknown>>(
  errors: FormErrors,
  values: T,
  messages: Partial<Record<keyof T & string, RequiredMessage>>,
): boolean {
  const missing: Record<string, string> = {};
  for (const [field, message] of Object.entries(messages) as Array<[string, RequiredMessage]>) {
    const value = values[field];
    if (typeof value !== 'string' || value.trim() === '') missing[field] = t(message);
  }
  if (Object.keys(missing).length > 0) {
    errors.setLocal(missing, t('forms.fixBelow'));
    return false;
  }
  errors.clear();
  return true;
}
