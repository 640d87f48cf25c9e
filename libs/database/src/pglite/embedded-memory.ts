import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * PostgreSQL's shared_buffers on the embedded database when EMBEDDED_SHARED_BUFFERS_MB is not
 * set. PGlite keeps initdb's 128 MB; 16 MB takes about 120 MB off the process's memory for about
 * 2% more time on a table three times that size, whose pages then come from the system's file
 * cache (bench/memory; README, "Memory").
 */
export const DEFAULT_SHARED_BUFFERS_MB = 16;

/** PGlite's own start parameters, then ours: PostgreSQL takes the last value given for a setting. */
export function pgliteStartParams(sharedBuffersMb: number): string[] {
  return [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffersMb}MB`];
}

/** The child's program: its arguments are the package's entry, the folder and the start parameters. */
const CREATE = `const [pglite, pgdata, params] = process.argv.slice(1);
require(pglite).PGlite.create({ dataDir: pgdata, startParams: JSON.parse(params) })
  .then((db) => db.close())
  .catch((error) => { console.error(error.message.split('\\n')[0]); process.exit(1); });`;

/**
 * Creates the database in an empty data folder (`pgdata`) in a child process. PGlite runs initdb
 * in WebAssembly instances of its own, about 400 MB together at their peak; in the server's
 * process that memory stayed until V8 happened to collect it, a minute or more later, and even
 * from a worker thread the C library kept about 120 MB of it. A process of its own gives it all
 * back as it exits, so a first start holds what any later start does. Does nothing to a folder
 * that holds a database, or where the package cannot be found from the program (PGlite.create
 * then runs initdb itself).
 */
export async function createDataFolder(pgdata: string, startParams: string[]): Promise<void> {
  if (existsSync(join(pgdata, 'PG_VERSION'))) return;
  const pglite = pgliteEntry();
  if (!pglite) return;
  const child = spawn(process.execPath, ['-e', CREATE, pglite, pgdata, JSON.stringify(startParams)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('close', done);
  });
  if (code !== 0)
    throw new Error(`The embedded database could not be created in ${pgdata}: ${errors.trim().split('\n').pop() || `exit code ${code}`}`);
}

/**
 * The package's CommonJS entry, for the child's require: found from the program that runs
 * (dist/apps/api/src/main.js, or Jest's worker), since this module may itself be ESM, without `require`.
 */
function pgliteEntry(): string | null {
  try {
    return createRequire(resolve(process.argv[1] ?? 'index.js')).resolve('@electric-sql/pglite');
  } catch {
    return null;
  }
}
