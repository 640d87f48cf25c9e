import { Global, Module } from '@nestjs/common';
import { HistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';

@Global()
@Module({ providers: [HistoryService, HistoryResolver], exports: [HistoryService] })
export class HistoryModule {}
