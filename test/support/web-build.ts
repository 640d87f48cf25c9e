import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Every file a client build depends on, for the cache key. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sources(full, out);
    else out.push(full);
  }
  return out;
}

/**
 * The web client built by Vite (as `npm run build` builds it) into a temporary folder named after
 * the hash of its sources and the lock file, so that test files share one build per change of the
 * client and never depend on a stale dist/web. Concurrent Jest workers may both build; the first
 * rename wins and the other's copy is dropped.
 */
export function builtWebClient(): string {
  const hash = createHash('sha256');
  for (const file of [...sources('apps/web'), 'package-lock.json', 'libs/common/src/policy.ts'])
    hash.update(file).update(readFileSync(file));
  const dir = path.join(tmpdir(), `coprod-web-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(path.join(dir, 'index.html'))) return dir;
  const partial = `${dir}.${process.pid}.partial`;
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--outDir',
      partial,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  try {
    renameSync(partial, dir);
  } catch {
    rmSync(partial, { recursive: true, force: true });
  }
  return dir;
}
