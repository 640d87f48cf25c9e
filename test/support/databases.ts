import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the suite runs against, when DATABASE_URL is set; otherwise the embedded database. */
export function serverUrl(): string | null {
  return process.env.DATABASE_URL?.trim() || null;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export const TEST_DATABASE_PREFIX = 'coprod_test_';

/**
 * The login role test servers connect as: a member of coprod_app that owns no table and is no
 * superuser, as in production, so row-level security binds it. The databases belong to the
 * URL's own user (the owner), which runs migrations and the tests' look behind the wall.
 */
export const TEST_SERVER_ROLE = 'coprod_test_server';

/**
 * Owners that are no superuser, made by a test for one database (test/foundation/migrations-as-owner.e2e-spec.ts):
 * `coprod_test_owner_<pid of the Jest process>_…`, dropped with the run's databases, or by the next run if it was killed.
 */
export const TEST_OWNER_ROLE_PREFIX = 'coprod_test_owner_';

export function asRole(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

/** The databases of one test run: `coprod_test_<pid of the Jest process>_…`, so parallel runs leave each other alone. */
export function runPrefix(): string {
  return `${TEST_DATABASE_PREFIX}${process.env.COPROD_TEST_RUN}_`;
}

/** Runs statements on the server's maintenance connection (CREATE/DROP DATABASE). */
export async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template, for one test file or one app. */
export async function cloneTemplate(): Promise<string> {
  const url = serverUrl()!;
  const template = process.env.COPROD_TEST_TEMPLATE!;
  const name = `${runPrefix()}${randomBytes(6).toString('hex')}`;
  await onServer(url, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return withDatabase(url, name);
}
