// `npm test`: Jest with the arguments given (`npm test -- --maxWorkers=1 test/x.e2e-spec.ts`);
// with none, the whole suite: Jest, then Vitest for the web client (apps/web). `npm run test:web` runs Vitest alone;
// WEB_TESTS=0 leaves Vitest out (its tests use no database, so CI runs them once, with the embedded run: .ci/run).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (script, scriptArgs) => spawnSync(process.execPath, [script, ...scriptArgs], { stdio: 'inherit' }).status ?? 1;

// A young generation of 64 MB semi-spaces (Jest's workers inherit the flags): each test file loads the
// server's modules anew and boots its database, and fewer, larger scavenges took 3–4% less CPU.
const node = ['--experimental-vm-modules', '--no-warnings', '--max-semi-space-size=64'];
let status = spawnSync(process.execPath, [...node, 'node_modules/jest/bin/jest.js', ...args], { stdio: 'inherit' }).status ?? 1;
if (args.length === 0 && process.env.WEB_TESTS !== '0') {
  const vitest = run('node_modules/vitest/vitest.mjs', ['run', '--config', 'apps/web/vite.config.mts']);
  if (status === 0) status = vitest;
}
process.exit(status);
