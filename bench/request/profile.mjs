#!/usr/bin/env node
/**
 * Where a server's time went, from a V8 CPU profile (`node --cpu-prof`, e.g. one written by
 * `BENCH_PROFILE=<folder> npm run bench:request`):
 *
 *   node bench/request/profile.mjs <file.cpuprofile> [rows] [skip seconds]
 *
 * `skip seconds` leaves out the samples of the profile's first seconds (the start-up: loading
 * modules, migrations), so that what remains is the server under load.
 * Prints the share of samples (a) by where the code lives (a package of node_modules, a folder
 * of this repository's build, Node's own internals), by self time; (b) the functions with the most
 * self time; (c) the functions with the most total time (themselves and what they called), each
 * counted once per sample however often it recurs in the stack.
 */
import { readFileSync } from 'node:fs';

const [file, rowsArg, skipArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/request/profile.mjs <file.cpuprofile> [rows] [skip seconds]');
  process.exit(2);
}
const ROWS = Number(rowsArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

/** Where a frame's code lives: a package, a folder of the build, or Node. */
function place(url) {
  if (!url) return '(V8 and native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/dist\/((?:apps|libs)\/[^/]+(?:\/src\/[^/]+)?)/.exec(url);
  if (ours) return ours[1];
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

function label(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
}

const skipMicros = Number(skipArg ?? 0) * 1e6;
let at = 0;
const samples = profile.samples.filter((_, i) => (at += profile.timeDeltas[i]) >= skipMicros);
const total = samples.length;
const self = new Map();
const places = new Map();
const inclusive = new Map();
for (const id of samples) {
  const node = byId.get(id);
  const name = label(node);
  self.set(name, (self.get(name) ?? 0) + 1);
  const where = ['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)
    ? node.callFrame.functionName
    : place(node.callFrame.url);
  places.set(where, (places.get(where) ?? 0) + 1);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const frame = label(byId.get(at));
    if (!seen.has(frame)) {
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + 1);
    }
  }
}

const idle = self.get('(idle)') ?? 0;
const busy = total - idle;
const pct = (n) => `${((100 * n) / busy).toFixed(1)}%`.padStart(6);
const seconds = (profile.endTime - profile.startTime - skipMicros) / 1e6;
console.log(
  `${file}: ${total} samples over ${seconds.toFixed(1)} s, ${((100 * idle) / total).toFixed(0)}% idle; shares below are of the busy samples`,
);

function top(title, map, rows = ROWS) {
  console.log(`\n${title}`);
  const sorted = [...map.entries()].filter(([name]) => name !== '(idle)' && !name.startsWith('(root)')).sort((a, b) => b[1] - a[1]);
  for (const [name, n] of sorted.slice(0, rows)) console.log(`  ${pct(n)}  ${name}`);
}

top('by where the code lives (self time)', places);
top('functions by self time', self);
top('functions by total time (with what they called)', inclusive, ROWS * 2);
