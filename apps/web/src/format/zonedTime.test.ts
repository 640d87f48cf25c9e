import { describe, expect, it } from 'vitest';
import { isoToZoned, zonedToIso } from './zonedTime';

describe('zonedTime (datetime-local values in the organisation’s time zone)', () => {
  it('reads a wall-clock time in the zone, in winter and in summer', () => {
    expect(zonedToIso('2027-01-12T09:30', 'Europe/London')).toBe('2027-01-12T09:30:00.000Z');
    expect(zonedToIso('2027-07-12T09:30', 'Europe/London')).toBe('2027-07-12T08:30:00.000Z');
    expect(zonedToIso('2027-07-12T09:30', 'America/New_York')).toBe('2027-07-12T13:30:00.000Z');
    expect(zonedToIso('2027-07-12T09:30', 'Asia/Kolkata')).toBe('2027-07-12T04:00:00.000Z');
  });

  it('turns a moment back into the zone’s wall-clock time', () => {
    expect(isoToZoned('2027-07-12T08:30:00.000Z', 'Europe/London')).toBe('2027-07-12T09:30');
    expect(isoToZoned('2027-12-31T23:30:00Z', 'Australia/Sydney')).toBe('2028-01-01T10:30');
  });

  it('gives the same wall time back across a clock change, and refuses what is not a time', () => {
    for (const local of ['2027-03-28T00:30', '2027-03-28T03:15', '2027-10-31T00:59', '2027-10-31T02:00']) {
      expect(isoToZoned(zonedToIso(local, 'Europe/London')!, 'Europe/London')).toBe(local);
    }
    expect(zonedToIso('', 'Europe/London')).toBeNull();
    expect(zonedToIso('tomorrow', 'Europe/London')).toBeNull();
  });
});
