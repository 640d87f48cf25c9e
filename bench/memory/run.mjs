#!/usr/bin/env node
/**
 * bench/memory: the memory coprod's API process holds (its resident set: VmRSS in
 * /proc/<pid>/status), on PostgreSQL and on the embedded database, idle and under 50 kept-alive
 * connections, beside the anchors that bound it: a bare Node process serving Apollo Server 5
 * (bench/request/apollo.mjs) and a bare PGlite (pglite.mjs) with PGlite's own settings and with
 * coprod's. Then the embedded database's settings one at a time, on a bare PGlite over the same
 * data: what each takes in memory and costs in speed, in alternating rounds.
 *
 *   npx nest build api                 # the bench builds nothing itself
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:memory
 *
 * Processes, each a child of this one, measured side by side in one run:
 * - coprod on PostgreSQL, in a database of its own that the bench creates and drops
 *   (coprod_bench_memory), as the role production uses;
 * - coprod on the embedded database in a new temporary folder (its first start: the database is
 *   created, the migrations run), and the same folder again after a restart;
 * - coprod on the embedded database with PGlite's own shared_buffers (128 MB,
 *   EMBEDDED_SHARED_BUFFERS_MB=128), to weigh coprod's setting in the product itself;
 * - bare Apollo Server with one field, and bare PGlite on a folder created beforehand, with
 *   PGlite's own settings and with coprod's (pgliteStartParams from the build).
 * Every coprod process runs as in production (NODE_ENV=production, LOG_LEVEL=info, one JSON log
 * line per request into a file).
 *
 * Idle: each process's RSS 5 s after it is ready ("at start") and BENCH_SETTLE_SECONDS (60) after
 * ("idle"): V8 gives memory back when a process has been idle a while, not at once.
 * Load: BENCH_ROUNDS (4) rounds of BENCH_ROUND_SECONDS (5) per process, in alternating order, of
 * BENCH_CONNECTIONS (50) kept-alive connections (autocannon) sending a mix of what the client
 * sends: the organisation dashboard, the programme list, the task list, a query that touches no
 * table, and a mutation that creates a task, for a signed-in member of an organisation with 10
 * programmes; every answer is checked for errors. Bare Apollo gets `{ hello }` on as many
 * connections, each bare PGlite runs its mix of reads and writes for the same time. RSS is read
 * every 200 ms: the peak under load, and at the end of the last round.
 * Settings (BENCH_SETTINGS=0 leaves them out): bare PGlite on copies of one folder holding a
 * table of BENCH_SETTINGS_ROWS (200,000) rows, about 48 MB with its indexes (three times coprod's
 * 16 MB of shared buffers, so that pages come from the system's file cache), one process per
 * setting, BENCH_SETTINGS_ROUNDS (4) rounds in alternating order after a warm-up round.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createDatabase, PRODUCTION_NODE_ARGS, require, ROOT, serverUrlOrExit, startApi } from '../lib.mjs';
import { recordResult } from '../results.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATABASE = 'coprod_bench_memory';
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const SETTINGS = process.env.BENCH_SETTINGS !== '0';
const SETTINGS_ROWS = Number(process.env.BENCH_SETTINGS_ROWS ?? 200_000);
const SETTINGS_ROUNDS = Number(process.env.BENCH_SETTINGS_ROUNDS ?? 4);
/** More sets of Node's options to weigh on PostgreSQL beside production's and Node's defaults, `;` between sets, e.g. `--max-old-space-size=192;--max-old-space-size=384`. */
const NODE_ARG_SETS = (process.env.BENCH_NODE_ARGS ?? '')
  .split(';')
  .map((set) => set.trim())
  .filter(Boolean);
/** The memory goals (README.md, "Performance"), in MB. */
const GOALS = { postgresIdle: 150, postgresLoad: 250, embeddedIdle: 700 };

const { PGlite } = require('@electric-sql/pglite');
// coprod's own settings for the embedded database, from the build the bench runs.
const { DEFAULT_SHARED_BUFFERS_MB, pgliteStartParams } = require(join(ROOT, 'dist/libs/database/src/pglite/embedded-memory.js'));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A process's resident set now, in MB; null once it has gone. */
function rssMb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Anchors.

/** bench/request's bare Apollo Server: resolves once it prints `ready <url>`. */
function startApollo() {
  const child = spawn(process.execPath, [join(HERE, '../request/apollo.mjs')], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const ready = /^ready (\S+)$/m.exec(output);
      if (ready) resolve({ url: ready[1], pid: child.pid, stop: () => stopChild(child) });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`bare Apollo exited (${code}):\n${output}`)));
  });
}

/** A bare PGlite (pglite.mjs) on `folder`, with PGlite.create `options`; `send` runs one of its commands. */
async function startPglite(folder, options) {
  const child = spawn(process.execPath, [join(HERE, 'pglite.mjs'), folder, JSON.stringify(options)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`bare PGlite exited: ${errors.slice(-2000)}`);
    return value;
  };
  if ((await next()) !== 'ready') throw new Error(`bare PGlite did not start: ${errors.slice(-2000)}`);
  return {
    pid: child.pid,
    async send(command) {
      child.stdin.write(`${command}\n`);
      const answer = JSON.parse(await next());
      if (answer.error) throw new Error(`bare PGlite, ${command}: ${answer.error}`);
      return answer;
    },
    stop: () => stopChild(child, 'exit'),
  };
}

function stopChild(child, command = null) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (command) child.stdin.end(`${command}\n`);
    else child.kill('SIGTERM');
  });
}

/** Creates the database in `folder` with a throwaway process, so that the anchor measured later opens it as on any restart. */
async function preparedPglite(folder, options) {
  const once = await startPglite(folder, options);
  await once.stop();
  return startPglite(folder, options);
}

// ---------------------------------------------------------------------------------------------
// coprod's side: a member of an organisation with programmes and tasks, made through the API.

async function graphql(endpoint, query, variables = {}, headers = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors) throw new Error(`${endpoint}: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  return answer.data;
}

async function seedOrganisation(endpoint) {
  const email = `bench-${Math.random().toString(36).slice(2, 10)}@example.org`;
  const password = 'bench correct horse battery';
  await graphql(
    endpoint,
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          message
        }
      }
    `,
    {
      input: { email, password, displayName: 'Bench Person' },
    },
  );
  const { signIn } = await graphql(
    endpoint,
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          token
          user {
            id
          }
        }
      }
    `,
    {
      input: { email, password },
    },
  );
  const auth = { authorization: `Bearer ${signIn.token}` };
  const { createOrganisation } = await graphql(
    endpoint,
    `
      mutation ($input: CreateOrganisationInput!) {
        createOrganisation(input: $input) {
          id
        }
      }
    `,
    { input: { name: 'Bench Council' } },
    auth,
  );
  const headers = { ...auth, 'x-organisation-id': createOrganisation.id };
  const programmes = [];
  for (let n = 1; n <= 10; n++) {
    const { createProgramme } = await graphql(
      endpoint,
      `
        mutation ($input: CreateProgrammeInput!) {
          createProgramme(input: $input) {
            id
          }
        }
      `,
      { input: { name: `Programme ${n}` } },
      headers,
    );
    programmes.push(createProgramme.id);
  }
  for (const programmeId of programmes) {
    const tasks = Array.from({ length: 8 }, (_, k) => ({
      programmeId,
      title: `Task ${k + 1}`,
      assigneeId: k % 2 ? signIn.user.id : null,
      dueDate: `2026-0${1 + (k % 9)}-1${k % 10}`,
    }));
    await graphql(
      endpoint,
      `
        mutation ($input: CreateTasksInput!) {
          createTasks(input: $input) {
            id
          }
        }
      `,
      { input: { tasks } },
      headers,
    );
  }
  return { headers, programmes };
}

/** What a client sends, in turn on every connection. */
function requestMix({ headers, programmes }) {
  const post = (query, variables = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return [
    post(`{ organisationDashboard { programmeCount programmesByStep { step total active }
      programmes(first: 20) { id name status currentStep gateOpen openRequiredItems tasksOpen tasksOverdue }
      overdueTasks(first: 10) { totalCount tasks { id title dueDate daysOverdue } }
      myWork(first: 10) { totalCount tasks { id title dueDate } } } }`),
    post(`{ programmes(first: 20) { totalCount edges { node { id name status currentStep cycle } } } }`),
    post(`{ tasks(first: 20) { totalCount edges { node { id title status priority dueDate } } } }`),
    post(`{ referenceCases { id } }`),
    post(`mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { programmeId: programmes[0], title: 'Added under load' },
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Measuring.

/** Reads every process's RSS every 200 ms; `peak(name)` is the highest while it was under load. */
function startSampler(processes) {
  const peaks = new Map();
  const timer = setInterval(() => {
    for (const p of processes) {
      if (!p.loaded) continue;
      const now = rssMb(p.pid());
      if (now !== null) peaks.set(p.name, Math.max(peaks.get(p.name) ?? 0, now));
    }
  }, 200);
  return { peak: (name) => peaks.get(name) ?? null, stop: () => clearInterval(timer) };
}

/** One round of load on a coprod server or bare Apollo: requests answered, and those that failed. */
function fire(url, requests, seconds) {
  return new Promise((resolve, reject) => {
    let failed = 0;
    let firstFailure = null;
    const checked = requests.map((request) => ({
      ...request,
      onResponse: (status, body) => {
        if (status !== 200 || body.includes('"errors"')) {
          failed++;
          firstFailure ??= `${status} ${body.slice(0, 300)}`;
        }
      },
    }));
    autocannon({ url, connections: CONNECTIONS, duration: seconds, requests: checked }, (error, result) =>
      error
        ? reject(error)
        : resolve({
            answered: result.requests.total,
            failed: failed + result.errors + result.timeouts,
            firstFailure,
            seconds: result.duration,
          }),
    );
  });
}

/** Idle figures, each process's from when it was ready: RSS 5 s after, and SETTLE_SECONDS after. */
function idleFigures(processes) {
  return Promise.all(
    processes.map(async (p) => {
      await sleep(p.readyAt + 5000 - Date.now());
      p.atStart = rssMb(p.pid());
      await sleep(p.readyAt + SETTLE_SECONDS * 1000 - Date.now());
      p.idle = rssMb(p.pid());
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The embedded database's settings, one bare PGlite each.

function settingsToTry() {
  const own = PGlite.defaultStartParams;
  const withParams = (...params) => ({ startParams: [...own, ...params.flatMap((p) => ['-c', p])] });
  return [
    { name: "PGlite's own (shared_buffers 128 MB)", options: {} },
    { name: 'shared_buffers 8 MB', options: withParams('shared_buffers=8MB') },
    {
      name: `shared_buffers ${DEFAULT_SHARED_BUFFERS_MB} MB (coprod's)`,
      options: { startParams: pgliteStartParams(DEFAULT_SHARED_BUFFERS_MB) },
    },
    { name: 'shared_buffers 32 MB', options: withParams('shared_buffers=32MB') },
    { name: `coprod's, work_mem 1 MB`, options: { startParams: [...pgliteStartParams(DEFAULT_SHARED_BUFFERS_MB), '-c', 'work_mem=1MB'] } },
    {
      name: `coprod's, max_connections 8`,
      options: { startParams: [...pgliteStartParams(DEFAULT_SHARED_BUFFERS_MB), '-c', 'max_connections=8'] },
    },
    { name: "PGlite's own, initialMemory 256 MB", options: { initialMemory: 256 * 1024 * 1024 } },
  ];
}

async function measureSettings(folder) {
  mkdirSync(folder); // PGlite makes only the last folder of a path
  const seeded = join(folder, 'seeded');
  const seeder = await startPglite(seeded, {});
  const { megabytes } = await seeder.send(`seed ${SETTINGS_ROWS}`);
  await seeder.stop();
  const runs = [];
  for (const [i, setting] of settingsToTry().entries()) {
    const copy = join(folder, `setting-${i}`);
    cpSync(seeded, copy, { recursive: true });
    runs.push({ ...setting, pglite: await startPglite(copy, setting.options), ms: { point: 0, list: 0, scan: 0, write: 0 } });
  }
  try {
    await sleep(2000);
    for (const r of runs) r.idle = rssMb(r.pglite.pid);
    for (const r of runs) await r.pglite.send('work 1'); // warm-up: the JIT, the file cache
    for (let round = 0; round < SETTINGS_ROUNDS; round++) {
      const order = round % 2 === 0 ? runs : [...runs].reverse();
      for (const r of order) {
        const ms = await r.pglite.send('work 2');
        for (const kind of Object.keys(r.ms)) r.ms[kind] += ms[kind];
        r.after = rssMb(r.pglite.pid);
      }
    }
  } finally {
    for (const r of runs) await r.pglite.stop();
  }
  return { megabytes, runs };
}

// ---------------------------------------------------------------------------------------------
// Printing.

const f0 = (n) => (n === null || n === undefined ? '?' : n.toFixed(0));
const f2 = (n) => n.toFixed(2);

function printTable(rows) {
  const header = ['process', 'at start', 'idle', 'load peak', 'load end', 'req/s', 'against', 'idle ×', 'peak ×'];
  const cells = rows.map((r) => [
    r.name,
    `${f0(r.atStart)} MB`,
    `${f0(r.idle)} MB`,
    r.peak === undefined ? '' : `${f0(r.peak)} MB`,
    r.end === undefined ? '' : `${f0(r.end)} MB`,
    r.rps === undefined ? '' : f0(r.rps),
    r.anchor ? r.anchor.short : '',
    r.anchor ? `${f2(r.idle / r.anchor.idle)}×` : '',
    r.anchor && r.peak !== undefined && r.anchor.peak ? `${f2(r.peak / r.anchor.peak)}×` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((cell, i) => (i === 0 || i === 6 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`  ${line(header)}`);
  for (const c of cells) console.log(`  ${line(c)}`);
}

function printSettings({ megabytes, runs }) {
  const base = runs[0];
  const total = (r) => Object.values(r.ms).reduce((a, b) => a + b, 0);
  console.log(
    `\nThe embedded database's settings, one bare PGlite each, on a ${megabytes} MB table (${SETTINGS_ROWS} rows and two indexes), ${SETTINGS_ROUNDS} rounds in alternating order; time relative to PGlite's own settings:`,
  );
  const header = ['setting', 'idle', 'after work', 'key reads', 'lists', 'scans', 'writes', 'all'];
  const cells = runs.map((r) => [
    r.name,
    `${f0(r.idle)} MB`,
    `${f0(r.after)} MB`,
    ...['point', 'list', 'scan', 'write'].map((k) => `${f2(r.ms[k] / base.ms[k])}×`),
    `${f2(total(r) / total(base))}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`  ${line(header)}`);
  for (const c of cells) console.log(`  ${line(c)}`);
  console.log(
    `  (each round per process: 1,000 reads of a row by key at random, 40 lists of an organisation's next 50 items by date, 10 counts over the whole table, 100 transactions of two updates; PGlite's own time for all of it: ${f0(total(base))} ms)`,
  );
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const serverUrl = serverUrlOrExit('bench/memory', DATABASE);
  const began = performance.now();
  const { benchUrl, cleanups, cleanup } = await createDatabase(serverUrl, DATABASE);
  const folder = mkdtempSync(join(tmpdir(), 'coprod-bench-memory-'));
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
  try {
    console.log(
      `bench/memory on ${availableParallelism()} cores, PostgreSQL at ${new URL(serverUrl).host}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const env = { LOG_LEVEL: 'info', LOG_FORMAT: 'json' };
    const coprod = (name, short, databaseUrl, options) => ({ name, short, kind: 'coprod', start: () => startApi(databaseUrl, options) });
    const embeddedDir = join(folder, 'embedded');
    const optionSets = [
      coprod("coprod on PostgreSQL, Node's defaults", 'PostgreSQL, defaults', benchUrl, {
        env,
        productionNodeArgs: [],
        logFile: join(folder, 'postgres-defaults.log'),
      }),
      ...NODE_ARG_SETS.map((set, i) =>
        coprod(`coprod on PostgreSQL, ${set}`, `PostgreSQL ${i + 1}`, benchUrl, {
          env,
          productionNodeArgs: set.split(/\s+/),
          logFile: join(folder, `postgres-${i + 1}.log`),
        }),
      ),
    ];
    const processes = [
      coprod(`coprod on PostgreSQL (${PRODUCTION_NODE_ARGS.join(' ') || "Node's defaults"})`, 'PostgreSQL', benchUrl, {
        env,
        logFile: join(folder, 'postgres.log'),
      }),
      coprod('coprod embedded, first start', 'embedded', null, { dataDir: embeddedDir, env, logFile: join(folder, 'embedded.log') }),
      coprod('coprod embedded, shared_buffers 128 MB', 'embedded 128', null, {
        dataDir: join(folder, 'embedded-128'),
        env: { ...env, EMBEDDED_SHARED_BUFFERS_MB: '128' },
        logFile: join(folder, 'embedded-128.log'),
      }),
      { name: 'bare Apollo Server', short: 'bare Apollo', kind: 'apollo', start: startApollo },
      {
        name: "bare PGlite, PGlite's settings",
        short: "PGlite's",
        kind: 'pglite',
        start: () => preparedPglite(join(folder, 'pglite-own'), {}),
      },
      {
        name: "bare PGlite, coprod's settings",
        short: "PGlite coprod's",
        kind: 'pglite',
        start: () => preparedPglite(join(folder, 'pglite-coprod'), { startParams: pgliteStartParams(DEFAULT_SHARED_BUFFERS_MB) }),
      },
    ];
    const [postgres, embedded, embedded128, apollo, pgliteOwn, pgliteCoprod] = processes;
    processes.push(...optionSets);
    console.log('starting each process (coprod runs its migrations; the embedded ones create their databases)…');
    for (const p of processes) {
      p.handle = await p.start();
      p.readyAt = Date.now();
      p.pid = () => p.handle.pid;
      cleanups.push(() => p.handle.stop());
    }
    console.log(`idle: reading each process's memory 5 s and ${SETTLE_SECONDS} s after it is ready…`);
    await idleFigures(processes);

    // Load: data for each coprod, then rounds in alternating order.
    for (const p of processes) {
      if (p.kind === 'coprod') p.requests = requestMix(await seedOrganisation(p.handle.endpoint));
      if (p.kind === 'pglite') await p.handle.send('seed 20000');
      p.answered = 0;
      p.seconds = 0;
    }
    const sampler = startSampler(processes);
    console.log(`load: ${ROUNDS} rounds of ${ROUND_SECONDS} s per process, ${CONNECTIONS} connections…`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of round % 2 === 0 ? processes : [...processes].reverse()) {
        p.loaded = true;
        if (p.kind === 'pglite') {
          await p.handle.send(`busy ${ROUND_SECONDS}`);
        } else {
          const hello = [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello }' }) }];
          const run = await fire(p.kind === 'apollo' ? p.handle.url : p.handle.endpoint, p.requests ?? hello, ROUND_SECONDS);
          if (run.failed) throw new Error(`${p.name}: ${run.failed} requests failed, e.g. ${run.firstFailure}`);
          p.answered += run.answered;
          p.seconds += run.seconds;
        }
        p.loaded = false;
        p.end = rssMb(p.pid());
      }
    }
    sampler.stop();
    for (const p of processes) {
      p.peak = sampler.peak(p.name);
      if (p.kind !== 'pglite') p.rps = p.answered / p.seconds;
    }

    // The embedded folder again, as on every later start; the settings' rounds run meanwhile.
    console.log('restarting coprod on the embedded folder; the settings of the embedded database meanwhile…');
    await embedded.handle.stop();
    const restarted = { name: 'coprod embedded, restart', short: 'embedded', kind: 'coprod' };
    restarted.handle = await startApi(null, { dataDir: embeddedDir, env, logFile: join(folder, 'embedded.log') });
    restarted.readyAt = Date.now();
    restarted.pid = () => restarted.handle.pid;
    cleanups.push(() => restarted.handle.stop());
    const idleAgain = idleFigures([restarted]);
    const settings = SETTINGS ? await measureSettings(join(folder, 'settings')) : null;
    await idleAgain;

    postgres.anchor = apollo;
    for (const p of optionSets) p.anchor = apollo;
    embedded.anchor = pgliteCoprod;
    restarted.anchor = pgliteCoprod;
    embedded128.anchor = pgliteOwn;
    pgliteCoprod.anchor = pgliteOwn;
    console.log(
      `\nResident memory (VmRSS) of each process, ${CONNECTIONS} kept-alive connections under load (load average now ${loadavg()[0].toFixed(1)}):`,
    );
    printTable([postgres, ...optionSets, embedded, restarted, embedded128, apollo, pgliteOwn, pgliteCoprod]);
    console.log(
      `  "at start": 5 s after ready; "idle": ${SETTLE_SECONDS} s after, untouched; req/s: answers per second under load (coprod: the dashboard, two lists, a query on no table and a task created, in turn; bare Apollo: { hello }).`,
    );
    console.log(
      `  coprod embedded with PGlite's own shared_buffers over coprod's: ${f2(embedded128.rps / embedded.rps)}× the requests per second`,
    );

    const verdict = (value, goal) => `${f0(value)} MB (goal ${goal} MB at most: ${value <= goal ? 'met' : 'NOT met'})`;
    console.log(`\n  Goal: coprod on PostgreSQL idle ${verdict(postgres.idle, GOALS.postgresIdle)}; at start ${f0(postgres.atStart)} MB`);
    console.log(`  Goal: coprod on PostgreSQL under ${CONNECTIONS} connections, peak ${verdict(postgres.peak, GOALS.postgresLoad)}`);
    for (const p of optionSets)
      console.log(
        `  ${p.name}: idle ${f0(p.idle)} MB, peak ${f0(p.peak)} MB; production's options give ${f2(postgres.rps / p.rps)}× its requests per second`,
      );
    console.log(
      `  Goal: coprod embedded idle, first start ${verdict(embedded.idle, GOALS.embeddedIdle)}; restart ${f0(restarted.idle)} MB`,
    );
    if (settings) printSettings(settings);

    const record = (measure, value, anchor, anchorValue, goal) =>
      recordResult({
        bench: 'memory',
        measure,
        ratio: value / anchorValue,
        anchor,
        goal: goal ? `${goal} MB at most` : '',
        detail: `${f0(value)} MB against ${f0(anchorValue)} MB`,
        met: goal ? value <= goal : undefined,
      });
    record('RSS idle, PostgreSQL', postgres.idle, 'bare Apollo Server', apollo.idle, GOALS.postgresIdle);
    record(`RSS peak, PostgreSQL, ${CONNECTIONS} connections`, postgres.peak, 'bare Apollo Server', apollo.peak, GOALS.postgresLoad);
    record('RSS idle, embedded (first start)', embedded.idle, "bare PGlite, coprod's settings", pgliteCoprod.idle, GOALS.embeddedIdle);
    record('RSS idle, embedded (restart)', restarted.idle, "bare PGlite, coprod's settings", pgliteCoprod.idle, GOALS.embeddedIdle);
    console.log(`\nfinished in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  } finally {
    await cleanup();
  }
}

await main();
