import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, appLogger, type Clock, ConfigError, shutdownReserveMs, SystemClock } from '@app/common';
import { HISTORY_ENTITIES } from '@app/history';
import { IDENTITY_ENTITIES } from '@app/identity';
import { INTEGRATION_ENTITIES, WebhookDispatcher } from '@app/integration';
import { DigestScheduler, NOTIFICATION_ENTITIES } from '@app/notifications';
import { PROGRAMME_ENTITIES } from '@app/programmes';
import { WorkerModule } from './worker.module';

/** A running worker: `stopWorker` stops it as SIGTERM does, `close` at once (tests). */
export interface Worker {
  close(): Promise<void>;
  get<T>(type: abstract new (...args: never[]) => T): T;
}

/**
 * `apps/worker`: sends webhook deliveries and makes reminder digests as a process of its own, beside any number of API
 * processes and other workers, all on one PostgreSQL database. SIGTERM or SIGINT runs `stopWorker` (main.ts).
 */
export async function startWorker(
  config: AppConfig,
  options: { /** The time digests are made at; the real time unless a test sets it. */ clock?: Clock } = {},
): Promise<Worker> {
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
  app.get(WebhookDispatcher).start();
  app.get(DigestScheduler).start();
  new Logger('Worker').log('sending webhook deliveries and reminder digests');
  return app;
}

/**
 * What SIGTERM does to a worker: it stops claiming, lets what it is sending and the digest it is
 * making finish until shortly before `deadline` (Date.now() ms), hands back the webhook leases it
 * still holds (including those of deliveries still being sent then), and closes the database.
 */
export async function stopWorker(worker: Worker, deadline: number): Promise<void> {
  const withinMs = deadline - Date.now() - shutdownReserveMs(worker.get(AppConfig).shutdown.timeoutSeconds * 1000);
  await Promise.all([worker.get(WebhookDispatcher).stop(withinMs), worker.get(DigestScheduler).stop(withinMs)]);
  await worker.close();
}
