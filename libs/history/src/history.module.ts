import { Global, Module } from '@nestjs/common';
import { EventFanout } from './event-fanout';
import { HistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';
import { LiveEvents } from './live-events';

@Global()
@Module({
  providers: [HistoryService, HistoryResolver, LiveEvents, EventFanout],
  exports: [HistoryService, LiveEvents, EventFanout],
})
export class HistoryModule {}
