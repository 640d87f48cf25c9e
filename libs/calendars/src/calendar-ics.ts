import ical, { ICalEventStatus } from 'ical-generator';

/** When an item happens: a whole day (a due date, a target date: `YYYY-MM-DD`), or a span of time. */
export type CalendarWhen = { day: string } | { start: Date; end: Date };

/** One event of a calendar, whatever it came from. */
export interface CalendarItem {
  /** Stable for as long as the record lives (`task-<id>@coprod`), so a calendar program updates it in place. */
  uid: string;
  /** Rises with every change of what the item shows: the record's version. */
  sequence: number;
  /** When the record last changed (DTSTAMP and LAST-MODIFIED: a feed has no METHOD, so DTSTAMP is the last revision). */
  changedAt: Date;
  /** When the record was made, where it says. */
  createdAt?: Date;
  when: CalendarWhen;
  summary: string;
  description: string;
  /** The item in the web client. */
  url: string;
  location?: string | null;
  cancelled?: boolean;
}

export interface CalendarDocument {
  name: string;
  description: string;
  items: readonly CalendarItem[];
}

/** How often a calendar program should read the feed again (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 60 * 60;

/**
 * The iCalendar text (RFC 5545) of a calendar, through ical-generator. Times are in UTC; a day is
 * a VALUE=DATE. Nothing in it depends on when it is made, so the same records give the same bytes
 * (and the same ETag).
 */
export function renderCalendar(document: CalendarDocument): string {
  const calendar = ical({
    name: document.name,
    description: document.description,
    prodId: { company: 'coprod', product: 'coprod', language: 'EN' },
    ttl: REFRESH_SECONDS,
  });
  for (const item of document.items) {
    const when =
      'day' in item.when
        ? { start: new Date(`${item.when.day}T00:00:00.000Z`), allDay: true }
        : { start: item.when.start, end: item.when.end };
    calendar.createEvent({
      id: item.uid,
      sequence: item.sequence,
      stamp: item.changedAt,
      lastModified: item.changedAt,
      created: item.createdAt ?? null,
      ...when,
      summary: item.summary,
      description: item.description,
      url: item.url,
      location: item.location ?? null,
      ...(item.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
    });
  }
  return calendar.toString();
}
