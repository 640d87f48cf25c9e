import { Global, Module } from '@nestjs/common';
import { HistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';
import { LiveEvents } from './live-events';

@Global()
@Module({ providers: [HistoryService, HistoryResolver, LiveEvents], exports: [HistoryService, LiveEvents] })
export class HistoryModule {}
