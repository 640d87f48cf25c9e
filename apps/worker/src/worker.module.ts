import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig, Clock } from '@app/common';
import { DatabaseModule, type DatabaseModuleOptions, databaseTarget } from '@app/database';
import { HistoryModule } from '@app/history';
import { IdentityModule } from '@app/identity';
import { WebhookDeliveryModule } from '@app/integration';
import { DigestModule } from '@app/notifications';

@Module({})
class WorkerConfigModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: WorkerConfigModule,
      global: true,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}

/**
 * The worker: the database (it never migrates: the API does), history (to hear new events and
 * record what it does), the delivery of webhooks and the making of reminder digests. No HTTP
 * server, no GraphQL.
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig, entities: DatabaseModuleOptions['entities'], clock: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        WorkerConfigModule.forRoot(config, clock),
        DatabaseModule.forRoot({ target: databaseTarget(config), entities, migrate: false, requireWall: config.production }),
        HistoryModule,
        // History's providers check memberships (its live subscriptions), which identity provides.
        IdentityModule,
        WebhookDeliveryModule,
        DigestModule,
      ],
    };
  }
}
