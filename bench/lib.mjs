/**
 * What the benches share: the project's `pg`, the bench database's life (checks, create, drop on
 * the way out) and the built server started as a child process.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The benches are plain scripts: they load the project's own dependencies and built code.
export const require = createRequire(join(ROOT, 'package.json'));
export const pg = require('pg');

const MAIN_JS = 'dist/apps/api/src/main.js';

/**
 * Node's options as production starts the server: those of package.json's `start:prod` script
 * (the Dockerfile's CMD gives the same), so that the benches measure what runs.
 */
export const PRODUCTION_NODE_ARGS = (() => {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['start:prod'];
  const words = script.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== MAIN_JS)
    throw new Error(`package.json's start:prod is not "node [options] ${MAIN_JS}": ${script}`);
  return words.slice(1, -1);
})();
/** The login role the benched server acts as (trust authentication on the bench's server). */
const SERVER_ROLE = 'coprod_bench_server';

/** The server's URL from DATABASE_URL; exits (2) with a hint if it is missing or the server is not built. */
export function serverUrlOrExit(bench, database) {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (!serverUrl) {
    console.error(
      `${bench} needs DATABASE_URL (a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test); it creates and drops its own database ${database}.`,
    );
    process.exit(2);
  }
  if (!existsSync(join(ROOT, MAIN_JS))) {
    console.error(`${bench} runs the built server: run \`npm run build\` first (${MAIN_JS} is missing).`);
    process.exit(2);
  }
  return serverUrl;
}

/**
 * Creates `database` afresh (dropping one an earlier run left). `cleanup` runs the steps pushed on
 * `cleanups`, last first, then drops the database; Ctrl-C runs it too, so no run leaves it behind.
 */
export async function createDatabase(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  await onServer(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE ${database}`);
  const cleanups = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch(() => undefined);
    cleanups.length = 0;
    // BENCH_KEEP=1 leaves it to look into (EXPLAIN a statement on the data it held); the next run drops it.
    if (process.env.BENCH_KEEP === '1') return console.log(`kept the database ${database} (BENCH_KEEP=1)`);
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((e) =>
      console.error(`could not drop ${database}: ${e.message}`),
    );
  };
  process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));
  return { benchUrl: url.toString(), cleanups, cleanup };
}

async function onServer(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built server (NODE_ENV=production, so it runs the migrations) on a free port;
 * resolves once it logs that it is ready, with its base url, GraphQL endpoint, pid and `stop`.
 * `root` is the checkout whose build runs (another one's, to compare two builds); `asOwner`
 * connects it as the database's owner, for builds from before the tenancy wall, which set no
 * organisation on their connections and would see nothing behind it.
 * `dataDir` runs it on the embedded database in that folder instead (`databaseUrl` null); `env`
 * adds to or overrides its environment, `nodeArgs` go to node after production's options
 * (`productionNodeArgs`, PRODUCTION_NODE_ARGS unless given; [] for Node's defaults), e.g.
 * --cpu-prof, or another heap limit (the last one given wins), and `logFile`
 * takes its standard output (every request's log line) so that reading it costs the bench nothing.
 */
export async function startApi(
  databaseUrl,
  { root = ROOT, asOwner = false, dataDir = null, env = {}, nodeArgs = [], productionNodeArgs = PRODUCTION_NODE_ARGS, logFile = null } = {},
) {
  if (!existsSync(join(root, MAIN_JS))) throw new Error(`${join(root, MAIN_JS)} is missing: build that checkout first`);
  const port = await freePort();
  const database = {};
  if (dataDir) {
    database.COPROD_DATA_DIR = dataDir;
  } else {
    // As in production: the server logs in as a role that owns no table (so row-level security
    // binds it), and the URL given here (the database's owner) runs the migrations.
    await onServer(
      databaseUrl,
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coprod_app') THEN CREATE ROLE coprod_app NOLOGIN; END IF;
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${SERVER_ROLE}') THEN CREATE ROLE ${SERVER_ROLE} LOGIN IN ROLE coprod_app; END IF;
       END $$`,
    );
    const serverRoleUrl = new URL(databaseUrl);
    serverRoleUrl.username = SERVER_ROLE;
    serverRoleUrl.password = '';
    database.DATABASE_URL = asOwner ? databaseUrl : serverRoleUrl.toString();
    database.DATABASE_OWNER_URL = databaseUrl;
  }
  const { DATABASE_URL: _url, DATABASE_OWNER_URL: _owner, COPROD_DATA_DIR: _dir, ...inherited } = process.env;
  const log = logFile ? openSync(logFile, 'a') : null;
  const child = spawn(process.execPath, [...productionNodeArgs, ...nodeArgs, join(root, MAIN_JS)], {
    cwd: root,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      ...database,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', log ?? 'pipe', 'pipe'],
  });
  if (log !== null) closeSync(log);
  let output = ''; // both streams, for the error if it never gets ready
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
    const ready = () => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve();
    };
    // Its standard output goes to the log file when there is one: read back until the ready line is there.
    const poll = logFile
      ? setInterval(() => {
          output = readFileSync(logFile, 'utf8');
          if (output.includes('coprod is ready')) ready();
        }, 100)
      : null;
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('coprod is ready')) ready();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    endpoint: `${url}/graphql`,
    pid: child.pid,
    // SIGTERM lets it close its pool; SIGKILL if it has not gone in 10 s.
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
