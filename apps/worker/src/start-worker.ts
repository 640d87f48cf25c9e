import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig, appLogger, type Clock, ConfigError, SystemClock } from '@app/common';
import { HISTORY_ENTITIES } from '@app/history';
import { IDENTITY_ENTITIES } from '@app/identity';
import { INTEGRATION_ENTITIES, WebhookDispatcher } from '@app/integration';
import { DigestScheduler, NOTIFICATION_ENTITIES } from '@app/notifications';
import { PROGRAMME_ENTITIES } from '@app/programmes';
import { WorkerModule } from './worker.module';

/**
 * `apps/worker`: sends webhook deliveries and makes reminder digests as a process of its own, beside any number of API
 * processes and other workers, all on one PostgreSQL database. SIGTERM or SIGINT stops it
 * claiming, lets what it is sending finish, and hands back what it still holds.
 */
export async function startWorker(
  config: AppConfig,
  options: { /** The time digests are made at; the real time unless a test sets it. */ clock?: Clock } = {},
): Promise<{ close(): Promise<void>; get<T>(type: abstract new (...args: never[]) => T): T }> {
  if (!config.databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL',
      'is needed by the worker: on the embedded database only the API process can open the data, and it sends webhooks itself',
    );
  }
  const app = await NestFactory.createApplicationContext(
    WorkerModule.register(
      config,
      [...IDENTITY_ENTITIES, ...PROGRAMME_ENTITIES, ...HISTORY_ENTITIES, ...INTEGRATION_ENTITIES, ...NOTIFICATION_ENTITIES],
      options.clock ?? new SystemClock(),
    ),
    // A start-up failure is thrown to the caller, not turned into process.exit.
    { logger: appLogger(config), abortOnError: false },
  );
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  app.get(WebhookDispatcher).start();
  app.get(DigestScheduler).start();
  new Logger('Worker').log('sending webhook deliveries and reminder digests');
  return app;
}
