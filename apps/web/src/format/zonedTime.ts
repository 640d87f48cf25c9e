/**
 * A datetime-local field's value ("2027-03-04T09:30", a wall-clock time with no zone) read in the
 * organisation's time zone rather than the browser's, and back: a consultant planning from another
 * country still means the organisation's 09:30.
 */

const parts = new Map<string, Intl.DateTimeFormat>();
function partsIn(timeZone: string): Intl.DateTimeFormat {
  let format = parts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    parts.set(timeZone, format);
  }
  return format;
}

/** The wall-clock fields of `moment` in `timeZone`. */
function wallClock(moment: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const fields = Object.fromEntries(
    partsIn(timeZone)
      .formatToParts(moment)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
  return fields as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** How far `timeZone` is ahead of UTC at `moment`, in milliseconds. */
function offsetAt(moment: Date, timeZone: string): number {
  const w = wallClock(moment, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(moment.getTime() / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The moment (ISO 8601, UTC) that a datetime-local value names in `timeZone`, or null when the
 * value is not one. A time skipped by a clock change reads as the same wall time after it.
 */
export function zonedToIso(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (Number.isNaN(wall)) return null;
  // The offset at the guess, then again at the result: the two differ only around a clock change.
  let moment = wall - offsetAt(new Date(wall), timeZone);
  moment = wall - offsetAt(new Date(moment), timeZone);
  return new Date(moment).toISOString();
}

/** A moment as a datetime-local value ("2027-03-04T09:30") in `timeZone`. */
export function isoToZoned(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
