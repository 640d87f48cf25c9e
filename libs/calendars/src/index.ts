// Calendar links: a person's dates and a programme's as iCalendar feeds at secret addresses.
export * from './entities';
export * from './calendars.module';
export * from './personal-calendar.entity';
export * from './programme-calendar.entity';
export * from './calendar-links.service';
export * from './calendar-feeds.service';
export { CalendarFeed, IssuedCalendarFeed } from './calendar.model';
export { PERSONAL_CALENDAR_PREFIX, PROGRAMME_CALENDAR_PREFIX } from './calendar-token';
