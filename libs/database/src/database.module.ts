import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import type { EntitySchema, MixedList } from 'typeorm';
import { type DatabaseTarget, OpenDatabase, openDatabase } from './data-source';
import { Database } from './database';
import { QueryCounter } from './query-counter';

export interface DatabaseModuleOptions {
  target: DatabaseTarget;
  entities: MixedList<Function | string | EntitySchema>;
  /** Apply pending migrations while starting (the server does; the CLI has its own command). */
  migrate: boolean;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        QueryCounter,
        {
          provide: OpenDatabase,
          inject: [QueryCounter],
          useFactory: async (counter: QueryCounter) => {
            const opened = await openDatabase(options.target, { entities: options.entities, logger: counter });
            if (options.migrate) {
              const applied = await opened.runMigrations();
              if (applied.length) new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
            }
            return opened;
          },
        },
        Database,
      ],
      exports: [Database, OpenDatabase, QueryCounter],
    };
  }
}
