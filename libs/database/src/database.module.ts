import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { ConfigError } from '@app/common';
import type { EntitySchema, MixedList } from 'typeorm';
import { type DatabaseTarget, OpenDatabase, openDatabase } from './data-source';
import { Database } from './database';
import { QueryCounter } from './query-counter';
import { APP_ROLE } from './tenancy/tenant-wall';

export interface DatabaseModuleOptions {
  target: DatabaseTarget;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for a list of entity classes
  entities: MixedList<Function | string | EntitySchema>;
  /** Apply pending migrations while starting (the server does; the CLI has its own command). */
  migrate: boolean;
  /** Refuse to start where row-level security would not bind the server's role (production); otherwise warn. */
  requireWall: boolean;
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
            const logger = new Logger('Database');
            if (options.migrate) {
              const applied = await opened.runMigrations();
              if (applied.length) logger.log(`applied migrations: ${applied.join(', ')}`);
            }
            const wall = await opened.enterWall();
            if (!wall.holds) {
              const message =
                `The tenancy wall would not hold: ${wall.reason}. Connect DATABASE_URL as a role in ${APP_ROLE} that owns no table and is no superuser, ` +
                'and give the owner\'s connection as DATABASE_OWNER_URL for migrations (README, "Running on PostgreSQL").';
              if (options.requireWall) {
                await opened.close();
                throw new ConfigError('DATABASE_URL', message.replace(/^The/, 'connects where the'));
              }
              logger.warn(message);
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
