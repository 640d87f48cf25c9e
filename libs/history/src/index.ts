export * from './entities';
export * from './event.entity';
export * from './history.service';
export * from './history.module';
export * from './event.model';
export * from './live-events';
export * from './event-fanout';
export * from './event-catalogue';
