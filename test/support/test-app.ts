import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, loadConfig } from '@app/common';
import { createServer } from '../../apps/api/src/server';
import { cloneTemplate, serverUrl } from './databases';
import { GraphqlClient } from './graphql-client';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  url: string;
  wsUrl: string;
  client: GraphqlClient;
  close(): Promise<void>;
}

let snapshot: Blob | undefined;

/** The migrated embedded database, loaded once per test file. */
function embeddedSnapshot(): Blob {
  snapshot ??= new Blob([readFileSync(process.env.COPROD_TEST_SNAPSHOT!)]);
  return snapshot;
}

export interface TestAppOptions {
  /**
   * Run on this PostgreSQL database instead of a fresh copy, e.g. `first.config.databaseUrl`
   * to start a second API process on the same database (PostgreSQL only).
   */
  databaseUrl?: string;
}

/**
 * The real server on a free port, on a fresh copy of the migrated database: PostgreSQL when
 * DATABASE_URL is set, the embedded database otherwise.
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  if (options.databaseUrl && !serverUrl()) throw new Error('Sharing a database between test apps needs PostgreSQL (DATABASE_URL)');
  const databaseUrl = options.databaseUrl ?? (serverUrl() ? await cloneTemplate() : '');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    COPROD_DATA_DIR: 'memory://',
    SEED_DEMO: 'false',
    // Tests act as different clients by sending X-Forwarded-For from loopback, as a proxy would.
    TRUST_PROXY: 'loopback',
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
  });
  const app = await createServer(config, { snapshot: databaseUrl ? undefined : embeddedSnapshot() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    client: new GraphqlClient(`${url}/graphql`),
    close: () => app.close(),
  };
}
