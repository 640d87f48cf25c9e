import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, type Clock, loadConfig } from '@app/common';
import { OpenDatabase } from '@app/database';
import type { QueryRunner } from 'typeorm';
import { createServer } from '../../apps/api/src/server';
import { asRole, cloneTemplate, serverUrl, TEST_SERVER_ROLE } from './databases';
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
   * Run on this PostgreSQL database (its owner's URL) instead of a fresh copy, e.g. `first.config.databaseOwnerUrl`
   * to start a second API process on the same database (PostgreSQL only).
   */
  databaseUrl?: string;
  /** The built web client to serve (test/support/web-build.ts); dist/web (if built) otherwise. */
  webDir?: string;
  /** The time background work (reminder digests) runs at: test/support/fixed-clock.ts. */
  clock?: Clock;
  /**
   * Where the server connects instead of its database's URL (PostgreSQL only), e.g. through a
   * test/support/tcp-proxy.mjs; migrations and `sql` still reach the database directly.
   */
  connectThrough?: (url: string) => string;
}

/**
 * The real server on a free port, on a fresh copy of the migrated database: PostgreSQL when
 * DATABASE_URL is set, the embedded database otherwise.
 */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  if (options.databaseUrl && !serverUrl()) throw new Error('Sharing a database between test apps needs PostgreSQL (DATABASE_URL)');
  const ownerUrl = options.databaseUrl ?? (serverUrl() ? await cloneTemplate() : '');
  const roleUrl = ownerUrl ? asRole(ownerUrl, TEST_SERVER_ROLE) : '';
  const databaseUrl = roleUrl && options.connectThrough ? options.connectThrough(roleUrl) : roleUrl;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    COPROD_DATA_DIR: 'memory://',
    SEED_DEMO: 'false',
    // Tests act as different clients by sending X-Forwarded-For from loopback, as a proxy would.
    TRUST_PROXY: 'loopback',
    // Hashing at OWASP's cost would spend much of the suite in scrypt; production refuses less.
    ...(env.NODE_ENV === 'production' ? {} : { PASSWORD_HASH_COST: '10' }),
    ...env,
    DATABASE_URL: databaseUrl,
    DATABASE_OWNER_URL: ownerUrl,
    PORT: '0',
  });
  const app = await createServer(config, {
    snapshot: databaseUrl ? undefined : embeddedSnapshot(),
    webDir: options.webDir,
    clock: options.clock,
  });
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

/**
 * Runs a statement straight on the app's database as the tables' owner, outside the tenancy wall
 * and the API: for checks and time travel a client cannot do over HTTP. Answers the rows.
 */
export function sql<T = Record<string, unknown>>(t: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  return t.app.get(OpenDatabase).asOwner((query) => query(text, params) as Promise<T[]>);
}

/**
 * The app's database as its owner, shaped like the part of a DataSource that migration tests
 * use: `query`, and a query runner to hand a migration's `up` or `down`.
 */
export function ownerDatabase(t: TestApp): {
  query: (text: string, params?: unknown[]) => Promise<any[]>;
  createQueryRunner: () => QueryRunner;
} {
  const query = (text: string, params: unknown[] = []) => sql<any>(t, text, params);
  return { query, createQueryRunner: () => ({ query, release: async () => undefined }) as unknown as QueryRunner };
}
