import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * What the browser end-to-end test needs besides the browser: the server as `npm start` runs it
 * (built, a child process, on the embedded database in a fresh folder), built first when the
 * build is missing or older than the sources, so that `npm test` works on a clean clone.
 */

const ROOT = process.cwd();
const MAIN_JS = path.join(ROOT, 'dist/apps/api/src/main.js');
const WEB_INDEX = path.join(ROOT, 'dist/web/index.html');
/** The hash of the sources the build in dist/ was made from, written by buildIfStale. */
const STAMP = path.join(ROOT, 'dist/.e2e-build-sources');
const SOURCE_ROOTS = ['apps', 'libs', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];
const SKIPPED = new Set(['node_modules', 'dist']);

function collect(entry: string, out: string[]): void {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return;
  if (!statSync(full).isDirectory()) {
    out.push(entry);
    return;
  }
  for (const name of readdirSync(full).sort()) if (!SKIPPED.has(name)) collect(path.join(entry, name), out);
}

/** A hash of every file the build reads (the server's and the client's sources, the lock file, the build's configuration). */
export function sourcesHash(): string {
  const files: string[] = [];
  for (const entry of SOURCE_ROOTS) collect(entry, files);
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ROOT, file)));
  return hash.digest('hex');
}

/**
 * Runs `npm run build` unless dist/ already holds a build of these very sources (a stamp this
 * function wrote after its last build). A build made by hand has no stamp and is rebuilt once.
 */
export function buildIfStale(log: (line: string) => void): void {
  const hash = sourcesHash();
  const built = () => existsSync(MAIN_JS) && existsSync(WEB_INDEX) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
  if (built()) return;
  // Two test files may want the build at once (one per Jest worker): one builds, the other waits for it.
  withBuildLock(() => {
    if (!built()) build(hash, log);
  });
}

/** Outside dist/, which the build may empty; one per checkout. */
const LOCK = path.join(tmpdir(), `coprod-e2e-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
/** A lock older than this was left by a build that died: a build takes two minutes or so. */
const STALE_LOCK_MS = 10 * 60_000;

function withBuildLock(work: () => void): void {
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500); // a synchronous pause: Jest's hooks wait on us
    }
  }
  try {
    work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

function build(hash: string, log: (line: string) => void): void {
  log('web e2e: building the server and the client (npm run build)…');
  const started = Date.now();
  // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, hash);
  log(`web e2e: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  /** http://127.0.0.1:<port>, also its PUBLIC_URL (invitation links point here). */
  url: string;
  /** Everything the server wrote, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

// A fresh data folder runs every migration on PGlite: about 10 s on a quiet machine, several times that on a busy one.
const READY_TIMEOUT_MS = 150_000;

/**
 * Starts dist/apps/api/src/main.js as production runs it (NODE_ENV=production: JSON logs, no demo
 * data, a JWT secret given), on the embedded database in a new private folder, removed on stop.
 */
export async function startBuiltServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'coprod-web-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    COPROD_DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_OWNER_URL;
  const child: ChildProcess = spawn(process.execPath, [MAIN_JS], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server did not start in ${READY_TIMEOUT_MS / 1000} s:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      child.stdout!.on('data', (chunk) => {
        output += chunk;
        if (output.includes('coprod is ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr!.on('data', (chunk) => (output += chunk));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code ?? signal}) before it was ready:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => output, stop };
}
