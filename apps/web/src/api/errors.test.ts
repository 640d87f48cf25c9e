import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n';
import { describeApiError, fieldName } from './errors';

const graphqlError = (errors: Array<{ message: string; extensions: Record<string, unknown> }>) => new CombinedGraphQLErrors({ errors });

describe('describeApiError', () => {
  it('puts each field problem under the form field the API path names, in the API’s words', () => {
    const problem = describeApiError(
      graphqlError([
        {
          message: 'Invalid input: input.email (must be an email address); input.rows[2].title (is empty)',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.email', message: 'must be an email address' },
              { field: 'input.rows[2].title', message: 'is empty' },
            ],
          },
        },
      ]),
    );
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect(problem.fields).toEqual({ email: 'Must be an email address.', 'rows.2.title': 'Is empty.' });
    expect(problem.summary).toBe(t('errors.BAD_USER_INPUT'));
  });

  it('gives a field message that states a fact without a next step in the catalogue’s words', () => {
    const problem = describeApiError(
      graphqlError([
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.currentPassword', message: 'is not your current password' }] },
        },
      ]),
    );
    expect(problem.fields).toEqual({ currentPassword: t('errors.field.currentPassword.wrong') });
  });

  it('says what a refused move means, followed by the API’s reason', () => {
    const problem = describeApiError(
      graphqlError([{ message: 'The programme is paused; resume it first', extensions: { code: 'INVALID_TRANSITION' } }]),
    );
    expect(problem.summary).toBe(`${t('errors.INVALID_TRANSITION')} The programme is paused; resume it first.`);
  });

  it('tells how long to wait after too many attempts', () => {
    const problem = describeApiError(
      graphqlError([{ message: 'Too many', extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 } }]),
    );
    expect(problem.summary).toBe('Too many attempts. Try again in 30 seconds.');
  });

  it('hides the API’s words for an internal error, and explains a network failure', () => {
    expect(
      describeApiError(graphqlError([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).summary,
    ).toBe(t('errors.INTERNAL_SERVER_ERROR'));
    expect(describeApiError(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', summary: t('errors.network'), fields: {} });
  });

  it('maps API paths to field names', () => {
    expect(fieldName('input.password')).toBe('password');
    expect(fieldName('input.items[0].evidence')).toBe('items.0.evidence');
    expect(fieldName('token')).toBe('token');
  });
});
