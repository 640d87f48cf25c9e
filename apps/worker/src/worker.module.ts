import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@app/common';
import { DatabaseModule, type DatabaseModuleOptions, databaseTarget } from '@app/database';
import { HistoryModule } from '@app/history';
import { IdentityModule } from '@app/identity';
import { WebhookDeliveryModule } from '@app/integration';

@Module({})
class WorkerConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerConfigModule, global: true, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}

/**
 * The worker: the database (it never migrates: the API does), history (to hear new events and
 * record what it does) and the delivery of webhooks. No HTTP server, no GraphQL.
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig, entities: DatabaseModuleOptions['entities']): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        WorkerConfigModule.forRoot(config),
        DatabaseModule.forRoot({ target: databaseTarget(config), entities, migrate: false, requireWall: config.production }),
        HistoryModule,
        // History's providers check memberships (its live subscriptions), which identity provides.
        IdentityModule,
        WebhookDeliveryModule,
      ],
    };
  }
}
