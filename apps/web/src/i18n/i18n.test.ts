import { describe, expect, it } from 'vitest';
import { addMessages, hasMessage, t } from './i18n';

describe('t()', () => {
  it('fills placeholders, formatting numbers for the language', () => {
    expect(t('common.showingOf', { shown: 20, total: 1234 })).toBe('Showing 20 of 1,234');
  });

  it('picks plural forms by count, with a zero form where the catalogue has one', () => {
    expect(t('dashboard.programmes.days', { count: 0 })).toBe('started today');
    expect(t('dashboard.programmes.days', { count: 1 })).toBe('1 day in this step');
    expect(t('dashboard.programmes.days', { count: 3 })).toBe('3 days in this step');
  });

  it('knows which keys the catalogue has (for codes the API sends)', () => {
    expect(hasMessage('errors.CONFLICT')).toBe(true);
    expect(hasMessage('errors.SOMETHING_NEW')).toBe(false);
  });

  it('takes an area’s messages when its screens load them, and shows a key it does not have rather than failing', () => {
    expect(t('not.loaded.yet' as never)).toBe('not.loaded.yet');
    addMessages({ 'not.loaded.yet': { one: '{count} guest', other: '{count} guests' } });
    expect(t('not.loaded.yet' as never, { count: 2 })).toBe('2 guests');
  });
});
