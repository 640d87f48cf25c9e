#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark in turn, then one table of their headline ratios with the
 * anchor each was measured against (bare Apollo Server, a minimal Nest app, hand-written SQL,
 * COPY, bare PGlite). Each bench measures coprod and its anchor side by side in one run, in
 * alternating rounds, so the ratios hold on a busy machine where absolute figures drift. The
 * faults come last (SIGTERM under load, the database lost for ten seconds): their rows are the
 * requests answered over the requests sent, where anything below 1 is a request dropped or hung.
 *
 *   npm run build
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench
 *   npm run bench -- request memory      # only these benches
 *
 * Each bench's own output (its tables and notes) is shown as it runs; the summary comes last.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';
import { meets } from './results.mjs';

// In the order they run: the cheap and general first, then the faults; each name's script.
const SCRIPTS = {
  request: 'request/run.mjs',
  dashboard: 'dashboard/run.mjs',
  import: 'import/run.mjs',
  idempotency: 'idempotency/run.mjs',
  memory: 'memory/run.mjs',
  drain: 'drain/run.mjs',
  faults: 'faults/database-loss.mjs',
};
const BENCHES = Object.keys(SCRIPTS);

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !BENCHES.includes(name));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}: choose from ${BENCHES.join(', ')}`);
  process.exit(2);
}
const chosen = asked.length > 0 ? asked : BENCHES;

const folder = mkdtempSync(join(tmpdir(), 'coprod-bench-'));
const resultsFile = join(folder, 'results.jsonl');
const outcomes = [];
for (const name of chosen) {
  const script = join(ROOT, 'bench', SCRIPTS[name]);
  if (!existsSync(script)) {
    outcomes.push({ name, status: 'missing' });
    continue;
  }
  console.log(`\n===== bench/${name} =====`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [script], { stdio: 'inherit', env: { ...process.env, BENCH_RESULTS: resultsFile } });
  outcomes.push({ name, status: run.status === 0 ? 'ok' : `failed (${run.status ?? run.signal})`, seconds: (Date.now() - started) / 1000 });
}

const rows = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(folder, { recursive: true, force: true });

const table = rows.map((r) => {
  const met = typeof r.met === 'boolean' ? r.met : meets(r.ratio, r.goal);
  return [r.bench, r.measure, `${r.ratio.toFixed(2)}×`, r.anchor, r.goal, met === null ? '' : met ? 'met' : 'NOT met', r.detail];
});
const header = ['bench', 'measure', 'ratio', 'against', 'goal', '', 'figures'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) =>
  cells
    .map((cell, i) => String(cell).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log('\n===== summary: coprod against its anchors, measured side by side =====');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
for (const o of outcomes) if (o.status !== 'ok') console.log(`bench/${o.name}: ${o.status}`);
console.log(outcomes.map((o) => `${o.name} ${o.seconds ? `${Math.round(o.seconds)} s` : o.status}`).join(', '));
process.exit(outcomes.every((o) => o.status === 'ok') ? 0 : 1);
