import { addDays, isTimeZone, localTime } from './local-time';

describe('local time', () => {
  it('reads one instant as different days and hours where people are', () => {
    const instant = new Date('2031-03-10T19:30:00Z');
    expect(localTime(instant, 'Pacific/Auckland')).toEqual({ date: '2031-03-11', hour: 8 });
    expect(localTime(instant, 'America/Los_Angeles')).toEqual({ date: '2031-03-10', hour: 12 });
    expect(localTime(instant, 'UTC')).toEqual({ date: '2031-03-10', hour: 19 });
  });

  it('gives midnight as hour 0, not 24', () => {
    expect(localTime(new Date('2031-01-01T00:15:00Z'), 'UTC')).toEqual({ date: '2031-01-01', hour: 0 });
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2031-01-31', 1)).toBe('2031-02-01');
    expect(addDays('2031-12-31', 1)).toBe('2032-01-01');
    expect(addDays('2032-02-28', 1)).toBe('2032-02-29');
    expect(addDays('2031-03-01', -1)).toBe('2031-02-28');
  });

  it('knows IANA zones and refuses what is not one', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
