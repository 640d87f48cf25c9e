import ICAL from 'ical.js';
import { type CalendarItem, renderCalendar } from './calendar-ics';

const changedAt = new Date('2026-11-02T08:15:00.000Z');

const ITEMS: CalendarItem[] = [
  {
    uid: 'task-1@coprod',
    sequence: 3,
    changedAt,
    createdAt: new Date('2026-10-01T10:00:00.000Z'),
    when: { day: '2027-03-04' },
    summary: 'Due: Walk the estates, north; then south',
    description: 'A task of Safer streets, in Map it.\nOpen it in coprod: https://coprod.example.org/o/1/programmes/2?step=MAP',
    url: 'https://coprod.example.org/o/1/programmes/2?step=MAP',
  },
  {
    uid: 'workshop-9@coprod',
    sequence: 1,
    changedAt,
    when: { start: new Date('2027-03-05T09:30:00.000Z'), end: new Date('2027-03-05T12:00:00.000Z') },
    summary: 'Cancelled: Estate walk',
    description: 'It has been cancelled.',
    url: 'https://coprod.example.org/o/1/workshops/9',
    location: 'Town hall, room 2',
    cancelled: true,
  },
];

describe('renderCalendar', () => {
  const text = renderCalendar({ name: 'Safer streets (coprod)', description: 'The dates of Safer streets.', items: ITEMS });

  it('writes RFC 5545 text that a separate parser reads back field for field', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//coprod//coprod//EN\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Safer streets (coprod)');
    const [task, workshop] = calendar.getAllSubcomponents('vevent');
    const dueDay = new ICAL.Event(task);
    expect([dueDay.uid, dueDay.sequence, dueDay.summary, dueDay.startDate.toString(), dueDay.startDate.isDate]).toEqual([
      'task-1@coprod',
      3,
      'Due: Walk the estates, north; then south',
      '2027-03-04',
      true,
    ]);
    expect(dueDay.description).toBe(ITEMS[0].description);
    expect((task.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2026-11-02T08:15:00Z');
    expect((task.getFirstPropertyValue('last-modified') as ICAL.Time).toString()).toBe('2026-11-02T08:15:00Z');
    expect(task.getFirstPropertyValue('url')).toBe(ITEMS[0].url);
    const meeting = new ICAL.Event(workshop);
    expect([meeting.startDate.toString(), meeting.endDate.toString(), meeting.location]).toEqual([
      '2027-03-05T09:30:00Z',
      '2027-03-05T12:00:00Z',
      'Town hall, room 2',
    ]);
    expect(workshop.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(workshop.getFirstPropertyValue('created')).toBeNull();
  });

  it('writes whole days as dates and times in UTC, and asks programs to read it again hourly', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20270304\r\n');
    expect(text).toContain('DTSTART:20270305T093000Z\r\n');
    expect(text).toContain('X-PUBLISHED-TTL:PT1H\r\n');
  });

  it('is the same text for the same records, so its ETag changes only when they do', () => {
    expect(renderCalendar({ name: 'Safer streets (coprod)', description: 'The dates of Safer streets.', items: ITEMS })).toBe(text);
    const moved = [{ ...ITEMS[0], sequence: 4, when: { day: '2027-03-05' } }, ITEMS[1]];
    expect(renderCalendar({ name: 'Safer streets (coprod)', description: 'The dates of Safer streets.', items: moved })).not.toBe(text);
  });
});
