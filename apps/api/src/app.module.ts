import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { AppConfig, Clock, createValidationPipe, JSONObjectScalar, LocalDateScalar, SystemClock } from '@app/common';
import { DatabaseModule, databaseTarget } from '@app/database';
import { HistoryModule } from '@app/history';
import { IdempotencyModule } from '@app/idempotency';
import { AuthService, IdentityModule } from '@app/identity';
import { PilotsModule } from '@app/pilots';
import { PeopleModule } from '@app/people';
import { EngagementModule } from '@app/engagement';
import { GrowthModule } from '@app/growth';
import { MappingModule } from '@app/mapping';
import { ProgrammesModule } from '@app/programmes';
import { SurveysModule } from '@app/surveys';
import { WorkshopsModule, WorkshopGuestsService } from '@app/workshops';
import { DocumentsModule } from '@app/documents';
import { IntegrationModule } from '@app/integration';
import { NotificationsModule } from '@app/notifications';
import { CalendarsModule } from '@app/calendars';
import { RisksModule } from '@app/risks';
import { PolicyGuard } from './auth/policy.guard';
import { DemoSeeder } from './demo/demo-seeder';
import { DemoStory } from './demo/demo-story';
import { ENTITIES } from './entities';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { FastifyApolloDriver } from './graphql/fastify-apollo-driver';
import { graphqlOptions } from './graphql/graphql.config';
import { TransactionInterceptor } from './graphql/transaction.interceptor';
import { HealthController } from './health/health.controller';
import { Draining } from './health/draining';

@Module({})
class ConfigModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}

export interface AppOptions {
  /** Start the embedded database from this dumped data folder (tests). */
  snapshot?: Blob;
  /** The time background work runs at (reminder digests); the real time unless a test sets it. */
  clock?: Clock;
}

/** Wires the feature modules together; the domain lives in libs/. */
@Module({})
export class AppModule {
  static register(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, options.clock ?? new SystemClock()),
        DatabaseModule.forRoot({
          target: databaseTarget(config, options.snapshot),
          entities: ENTITIES,
          migrate: true,
          requireWall: config.production,
        }),
        HistoryModule,
        IdempotencyModule,
        IdentityModule,
        ProgrammesModule,
        MappingModule,
        PilotsModule,
        PeopleModule,
        EngagementModule,
        GrowthModule,
        SurveysModule,
        WorkshopsModule,
        DocumentsModule,
        IntegrationModule,
        NotificationsModule,
        CalendarsModule,
        RisksModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: FastifyApolloDriver,
          imports: [IdentityModule, WorkshopsModule],
          inject: [AppConfig, AuthService, GraphQLSchemaHost, WorkshopGuestsService],
          useFactory: graphqlOptions,
        }),
      ],
      controllers: [HealthController],
      providers: [
        LocalDateScalar,
        JSONObjectScalar,
        DemoSeeder,
        DemoStory,
        Draining,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_GUARD, useClass: PolicyGuard },
        // The only interceptor: it also takes a keyed mutation's Idempotency-Key (transaction.interceptor.ts).
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
      ],
    };
  }
}
