/**
 * What a calendar link's token looks like: a prefix that says whose calendar it opens, then 32
 * random bytes in base64url. Anything else is not looked up at all.
 */
export const PERSONAL_CALENDAR_PREFIX = 'cpcu_';
export const PROGRAMME_CALENDAR_PREFIX = 'cpcp_';

const TOKEN = /^(cpcu|cpcp)_[A-Za-z0-9_-]{43}$/;

export type CalendarTokenKind = 'PERSON' | 'PROGRAMME';

/** Whose calendar a token would open, by its shape alone; null for anything that is no token of ours. */
export function calendarTokenKind(token: unknown): CalendarTokenKind | null {
  if (typeof token !== 'string') return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  return match[1] === 'cpcu' ? 'PERSON' : 'PROGRAMME';
}

/** The token in a calendar's file name (`<token>.ics`), or null. */
export function tokenOfFile(file: unknown): string | null {
  if (typeof file !== 'string' || !file.endsWith('.ics')) return null;
  const token = file.slice(0, -'.ics'.length);
  return calendarTokenKind(token) ? token : null;
}
