import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { hasMessage, type MessageKey, t } from '../i18n/i18n';

/** One problem with one input field, as the API names it (libs/common/src/errors.ts: FieldProblem). */
interface FieldProblem {
  field: string;
  message: string;
}

/** An API error in words a person understands: a summary, and messages by form field. */
export interface ApiProblem {
  /** The API's code (extensions.code), or NETWORK when the server could not be reached. */
  code: string;
  /** One or two sentences for the top of the form (or the screen). */
  summary: string;
  /** Messages for the fields at fault, by the field's name in the form (`email`, `steps.2.title`). */
  fields: Record<string, string>;
}

/**
 * The form field an API path names: `input.email` → `email`, `input.rows[3].title` → `rows.3.title`.
 * Forms name their fields after the mutation input, so the two meet without a table per form.
 */
export function fieldName(path: string): string {
  return path
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

function codeMessage(code: string, extensions: Record<string, unknown>): string {
  const key = `errors.${code}`;
  if (code === 'TOO_MANY_ATTEMPTS' && typeof extensions.retryAfterSeconds === 'number') {
    return t('errors.TOO_MANY_ATTEMPTS.wait', { seconds: extensions.retryAfterSeconds });
  }
  if (code === 'FORBIDDEN' && typeof extensions.signInWith === 'string') {
    return t('sso.signInRequired', { slug: extensions.signInWith });
  }
  return hasMessage(key) ? t(key) : t('errors.unexpected');
}

/**
 * Turns whatever a mutation or query threw into an ApiProblem. Field problems (BAD_USER_INPUT's
 * `extensions.fields`) keep the API's own words, which name what is wrong with the value (or the
 * catalogue's, FIELD_SENTENCES, where those words give no next step); every
 * other code gets the catalogue's sentence, followed by the API's explanation when it gives one
 * that helps (a refused move says why).
 */
export function describeApiError(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const fields: Record<string, string> = {};
    const sentences: string[] = [];
    let code = 'INTERNAL_SERVER_ERROR';
    for (const e of error.errors) {
      const extensions = (e.extensions ?? {}) as Record<string, unknown>;
      code = typeof extensions.code === 'string' ? extensions.code : code;
      const problems = Array.isArray(extensions.fields) ? (extensions.fields as FieldProblem[]) : [];
      if (problems.length > 0) {
        for (const problem of problems) fields[fieldName(problem.field)] ??= fieldMessage(fieldName(problem.field), problem.message);
        sentences.push(t('errors.BAD_USER_INPUT'));
      } else {
        sentences.push(codeMessage(code, extensions));
        if (EXPLAINED_CODES.has(code) && e.message) sentences.push(sentence(e.message));
      }
    }
    return { code, summary: [...new Set(sentences)].join(' '), fields };
  }
  if (ServerError.is(error)) {
    return {
      code: `HTTP_${error.statusCode}`,
      summary: error.statusCode >= 500 ? t('errors.serverDown') : t('errors.unexpected'),
      fields: {},
    };
  }
  return { code: 'NETWORK', summary: t('errors.network'), fields: {} };
}

/** Codes whose API message explains the particular case (which move, which gate item, what changed). */
const EXPLAINED_CODES = new Set(['INVALID_TRANSITION', 'GATE_NOT_MET', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN']);

/**
 * API field messages that state a fact without saying what to do next get the catalogue's
 * sentence instead, keyed by form field and the API's exact words
 * (libs/identity/src/auth/auth.service.ts: changePassword).
 */
const FIELD_SENTENCES: Readonly<Record<string, MessageKey>> = {
  'currentPassword: is not your current password': 'errors.field.currentPassword.wrong',
};

/** One field's message: the catalogue's sentence when there is one, else the API's words as a sentence. */
function fieldMessage(field: string, message: string): string {
  const key = FIELD_SENTENCES[`${field}: ${message.trim().replace(/\.$/, '')}`];
  return key ? t(key) : sentence(message);
}

/** "must be an email address" → "Must be an email address." */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Whether an error says the session is gone (the error link has then started the way back to sign-in). */
export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}
