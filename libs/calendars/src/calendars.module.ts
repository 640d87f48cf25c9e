import { Module } from '@nestjs/common';
import { HistoryModule } from '@app/history';
import { IdentityModule } from '@app/identity';
import { ProgrammesModule } from '@app/programmes';
import { WorkshopsModule } from '@app/workshops';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarLinksService } from './calendar-links.service';
import { CalendarsController } from './calendars.controller';
import { CalendarLinksResolver, MyCalendarFeedResolver, ProgrammeCalendarFeedResolver } from './calendars.resolver';

/** Calendar links (iCalendar): a person's dates and a programme's, at secret addresses calendar programs subscribe to. */
@Module({
  imports: [HistoryModule, IdentityModule, ProgrammesModule, WorkshopsModule],
  providers: [CalendarLinksService, CalendarFeedsService, CalendarLinksResolver, MyCalendarFeedResolver, ProgrammeCalendarFeedResolver],
  controllers: [CalendarsController],
  exports: [CalendarLinksService, CalendarFeedsService],
})
export class CalendarsModule {}
