#!/usr/bin/env node
/**
 * bench/request: what one request costs coprod, against bare Apollo Server 5 and a minimal Nest
 * app, side by side in one run, on PostgreSQL and on the embedded database at once.
 *
 *   npx nest build api                 # the bench builds nothing itself
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:request
 *
 * Servers, each a child process of its own:
 * - bare Apollo Server 5, standalone (apollo.mjs): `{ __typename }` and `{ hello }`;
 * - a minimal Nest 12 + Apollo on Fastify app (nest-app.mjs): a JWT guard that also looks the
 *   caller's membership up in PostgreSQL, a request context, a validation pipe and a logging
 *   interceptor; `{ __typename }` and `{ hello }` with a token and an organisation header;
 * - the built coprod server (dist/apps/api/src/main.js) on PostgreSQL, in a database of its own
 *   that the bench creates and drops (coprod_bench_request), as the role production uses;
 * - the same build on the embedded database, in a temporary folder.
 * Both coprod servers run as in production (NODE_ENV=production, LOG_LEVEL=info: one JSON log
 * line per request, written to a file). Their requests: `{ __typename }`, which no resolver
 * answers, and `{ referenceCases { id } }`, a query that touches no table but is authenticated
 * as the product's clients send it: a bearer token from signIn and the X-Organisation-Id header,
 * for a member of that organisation.
 *
 * Load: autocannon, BENCH_CONNECTIONS kept-alive connections (10), in BENCH_ROUNDS rounds (4) of
 * BENCH_SECONDS (3) per server and query, each round in a rotated order, after a warm-up of each.
 * Every answer must be exactly the one checked before the load (else it counts as an error).
 * Printed per server and query: requests per second, p50 and p95 latency, and CPU per request of
 * the server's process and of the PostgreSQL backends serving it (from /proc); then coprod's
 * throughput over bare Apollo's, against the goals in README.md, "Performance".
 *
 * BENCH_COMPARE=<another checkout, built>: that build's server also runs, on PostgreSQL (in the same
 * database) and on the embedded database, with the same queries in the same rounds, and its
 * ratios are printed beside this build's: to weigh a change side by side.
 *
 * BENCH_PROFILE=<folder>: the coprod servers also run under `node --cpu-prof`, and write their
 * profiles there when the run ends (the profiler slows them; the ratios of such a run are not the
 * figures to quote). `node bench/request/profile.mjs <file>` says where the time went.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createHistogram } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import { createDatabase, pg, serverUrlOrExit, startApi } from '../lib.mjs';
import { recordResult } from '../results.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const DATABASE = 'coprod_bench_request';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const PROFILE_DIR = process.env.BENCH_PROFILE?.trim() ? resolve(process.env.BENCH_PROFILE.trim()) : null;
const COMPARE_ROOT = process.env.BENCH_COMPARE?.trim() ? resolve(process.env.BENCH_COMPARE.trim()) : null;
/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const HELLO = JSON.stringify({ query: '{ hello }' });
const REFERENCE_CASES = JSON.stringify({ query: '{ referenceCases { id } }' });

// ---------------------------------------------------------------------------------------------
// Processes.

/** Starts an anchor script; resolves with its URL (the `ready <url>` line) and `stop`. */
function startAnchor(script, env) {
  const child = spawn(process.execPath, [join(HERE, script)], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 30 s:\n${output}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      // Its request log lines are read and dropped, as a log collector would take them.
      if (output.length < 100_000) output += chunk;
      const ready = /^ready (\S+)$/m.exec(output);
      if (ready && timer) {
        clearTimeout(timer);
        resolveStart({
          url: ready[1],
          pid: child.pid,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${output}`)));
  });
}

/** User and system CPU of a process so far, in microseconds; 0 once it is gone. */
function cpuMicros(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command (which is in parentheses and may hold spaces): utime is the 14th field, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The local TCP ports of a process's sockets (from /proc), to tell its database connections from another's. */
function localPorts(pid) {
  const inodes = new Set();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (link.startsWith('socket:[')) inodes.add(link.slice(8, -1));
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return [];
  }
  const ports = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && inodes.has(fields[9])) ports.push(parseInt(fields[1].split(':')[1], 16));
    }
  }
  return ports;
}

/** Which backends serve a coprod server on PostgreSQL: its role's, from its own connections (two builds may share the database). */
function backendsOf(coprod) {
  if (!coprod.label.endsWith('PostgreSQL')) return null;
  return () => `usename = 'coprod_bench_server' AND client_port = ANY('{${[0, ...localPorts(coprod.api.pid)].join(',')}}'::int[])`;
}

/** The PostgreSQL backends serving one server, as pid → CPU so far (the database runs on this machine). */
async function backendsCpu(admin, backends) {
  const where = typeof backends === 'function' ? backends() : backends;
  const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND ${where}`, [DATABASE]);
  return new Map(rows.map((r) => [r.pid, cpuMicros(r.pid)]));
}

// ---------------------------------------------------------------------------------------------
// Load.

/** One burst of load on a target: autocannon's result, with every latency in a histogram (µs). */
function fire(target, seconds) {
  return new Promise((resolveRun, reject) => {
    const histogram = createHistogram();
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...target.headers },
        body: target.body,
        connections: CONNECTIONS,
        duration: seconds,
        expectBody: target.expect,
      },
      (error, result) => (error ? reject(error) : resolveRun({ result, histogram })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => histogram.record(Math.max(1, Math.round(responseTime * 1000))));
  });
}

async function measureRound(target, admin) {
  const before = cpuMicros(target.pid());
  const dbBefore = target.backends ? await backendsCpu(admin, target.backends) : null;
  const { result, histogram } = await fire(target, SECONDS);
  const cpu = cpuMicros(target.pid()) - before;
  let dbCpu = null;
  if (dbBefore) {
    dbCpu = 0;
    for (const [pid, now] of await backendsCpu(admin, target.backends)) dbCpu += now - (dbBefore.get(pid) ?? 0);
  }
  const ok = result['2xx'] - result.mismatches;
  return {
    ok,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    seconds: result.duration,
    histogram,
    cpu,
    dbCpu,
  };
}

/** Checks one request answers as it should, and returns the exact body the load must get back. */
async function expectedBody(target) {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  const text = await response.text();
  const answer = JSON.parse(text);
  if (!response.ok || answer.errors || !answer.data) throw new Error(`${target.name} answers ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

function summarise(runs) {
  const all = createHistogram();
  for (const run of runs) all.add(run.histogram);
  const ok = runs.reduce((n, r) => n + r.ok, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const cpu = runs.reduce((n, r) => n + r.cpu, 0);
  const dbCpu = runs.some((r) => r.dbCpu !== null) ? runs.reduce((n, r) => n + (r.dbCpu ?? 0), 0) : null;
  return {
    requests: ok,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    rps: ok / seconds,
    p50: all.percentile(50) / 1000,
    p95: all.percentile(95) / 1000,
    cpuPerRequest: cpu / ok,
    dbCpuPerRequest: dbCpu === null ? null : dbCpu / ok,
  };
}

// ---------------------------------------------------------------------------------------------
// coprod's side: a person, an organisation, a session, as a client gets them.

async function graphql(endpoint, query, variables, headers = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors) throw new Error(`${endpoint}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

async function signedInMember(endpoint) {
  const email = `bench-${randomBytes(4).toString('hex')}@example.org`;
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
    { authorization: `Bearer ${signIn.token}` },
  );
  return { token: signIn.token, userId: signIn.user.id, organisationId: createOrganisation.id };
}

// ---------------------------------------------------------------------------------------------

const f0 = (n) => n.toFixed(0);
const f2 = (n) => n.toFixed(2);

async function main() {
  const serverUrl = serverUrlOrExit('bench/request', DATABASE);
  const began = performance.now();
  const { benchUrl, cleanups, cleanup } = await createDatabase(serverUrl, DATABASE);
  const folder = mkdtempSync(join(tmpdir(), 'coprod-bench-request-'));
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
  try {
    console.log(
      `bench/request on ${availableParallelism()} cores, PostgreSQL at ${new URL(serverUrl).host}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const profiling = PROFILE_DIR
      ? (() => {
          mkdirSync(PROFILE_DIR, { recursive: true });
          // --cpu-prof writes when the process exits by itself: the preload ends it on SIGUSR2.
          return ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, '--require', join(HERE, 'exit-on-sigusr2.cjs')];
        })()
      : [];
    const env = { LOG_LEVEL: 'info', LOG_FORMAT: 'json' };
    console.log('starting coprod on PostgreSQL and on the embedded database (they run their migrations)…');
    const [onPostgres, embedded] = await Promise.all([
      startApi(benchUrl, { env, nodeArgs: profiling, logFile: join(folder, 'postgres.log') }),
      startApi(null, { dataDir: join(folder, 'data'), env, nodeArgs: profiling, logFile: join(folder, 'embedded.log') }),
    ]);
    cleanups.push(onPostgres.stop, embedded.stop);
    const coprods = [
      { label: 'PostgreSQL', api: onPostgres },
      { label: 'embedded', api: embedded },
    ];
    if (COMPARE_ROOT) {
      // After this build's start: the database's migrations are this build's (the other's must be a prefix of them).
      console.log(`starting the build of ${COMPARE_ROOT} beside it…`);
      const root = COMPARE_ROOT;
      const [otherPostgres, otherEmbedded] = await Promise.all([
        startApi(benchUrl, { root, env, logFile: join(folder, 'compare-postgres.log') }),
        startApi(null, { root, dataDir: join(folder, 'compare-data'), env, logFile: join(folder, 'compare-embedded.log') }),
      ]);
      cleanups.push(otherPostgres.stop, otherEmbedded.stop);
      coprods.push({ label: 'compared PostgreSQL', api: otherPostgres }, { label: 'compared embedded', api: otherEmbedded });
    }
    for (const c of coprods) c.member = await signedInMember(c.api.endpoint);

    const admin = new pg.Client({ connectionString: benchUrl, application_name: 'coprod-bench-admin' });
    await admin.connect();
    cleanups.push(() => admin.end());

    const jwtSecret = randomBytes(32).toString('base64url');
    const { userId, organisationId } = coprods[0].member;
    const [apollo, nest] = await Promise.all([
      startAnchor('apollo.mjs', {}),
      startAnchor('nest-app.mjs', { JWT_SECRET: jwtSecret, MEMBERSHIP_DATABASE_URL: benchUrl }),
    ]);
    cleanups.push(apollo.stop, nest.stop);
    const nestToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(new TextEncoder().encode(jwtSecret));

    const targets = [
      { key: 'apollo.typename', name: 'bare Apollo { __typename }', url: apollo.url, pid: () => apollo.pid, body: TYPENAME },
      { key: 'apollo.hello', name: 'bare Apollo { hello }', url: apollo.url, pid: () => apollo.pid, body: HELLO },
      { key: 'nest.typename', name: 'minimal Nest { __typename }', url: nest.url, pid: () => nest.pid, body: TYPENAME },
      {
        key: 'nest.hello',
        name: 'minimal Nest { hello }, JWT + membership',
        url: nest.url,
        pid: () => nest.pid,
        body: HELLO,
        headers: { authorization: `Bearer ${nestToken}`, 'x-organisation-id': organisationId },
        backends: `application_name = 'coprod-bench-nest'`,
      },
      ...coprods.flatMap((c) => [
        {
          key: `${c.label}.typename`,
          name: `coprod (${c.label}) { __typename }`,
          url: c.api.endpoint,
          pid: () => c.api.pid,
          body: TYPENAME,
          backends: backendsOf(c),
        },
        {
          key: `${c.label}.authenticated`,
          name: `coprod (${c.label}) { referenceCases { id } }, signed in`,
          url: c.api.endpoint,
          pid: () => c.api.pid,
          body: REFERENCE_CASES,
          headers: { authorization: `Bearer ${c.member.token}`, 'x-organisation-id': c.member.organisationId },
          backends: backendsOf(c),
        },
      ]),
    ];
    for (const target of targets) target.expect = await expectedBody(target);

    console.log(`warming up each server and query for ${WARMUP_SECONDS} s…`);
    for (const target of targets) await fire(target, WARMUP_SECONDS);
    const runs = new Map(targets.map((t) => [t.key, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotated each round, so no query always follows the same one.
      const order = targets.map((_, i) => targets[(i + round * 3) % targets.length]);
      for (const target of order) runs.get(target.key).push(await measureRound(target, admin));
      process.stdout.write(`  round ${round + 1} of ${ROUNDS} done (${((performance.now() - began) / 1000).toFixed(0)} s)\n`);
    }
    const figures = new Map(targets.map((t) => [t.key, summarise(runs.get(t.key))]));
    for (const target of targets) {
      const s = figures.get(target.key);
      if (s.errors) throw new Error(`${target.name}: ${s.errors} requests failed or answered otherwise than expected`);
    }
    report(targets, figures);

    if (PROFILE_DIR) {
      await Promise.all(
        coprods.map(
          (c) =>
            new Promise((done) => {
              process.kill(c.api.pid, 'SIGUSR2');
              const poll = setInterval(() => {
                try {
                  process.kill(c.api.pid, 0);
                } catch {
                  clearInterval(poll);
                  done();
                }
              }, 100);
            }),
        ),
      );
      console.log(
        `\nCPU profiles of the two coprod servers (PostgreSQL pid ${onPostgres.pid}, embedded pid ${embedded.pid}) in ${PROFILE_DIR}:`,
      );
      for (const file of readdirSync(PROFILE_DIR).filter((f) => f.endsWith('.cpuprofile'))) console.log(`  ${file}`);
    }
    console.log(`\nfinished in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  } finally {
    await cleanup();
  }
}

function report(targets, figures) {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\n${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per server and query (load average now ${load})`);
  const width = Math.max(...targets.map((t) => t.name.length)) + 2;
  console.log(
    `  ${'server and query'.padEnd(width)}${'requests'.padStart(9)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'server CPU µs/req'.padStart(19)}${'database CPU µs/req'.padStart(21)}`,
  );
  for (const t of targets) {
    const s = figures.get(t.key);
    console.log(
      `  ${t.name.padEnd(width)}${String(s.requests).padStart(9)}${f0(s.rps).padStart(8)}${f2(s.p50).padStart(8)}${f2(s.p95).padStart(8)}${f0(s.cpuPerRequest).padStart(19)}${(s.dbCpuPerRequest === null ? (t.key.includes('embedded') ? 'in the server' : '-') : f0(s.dbCpuPerRequest)).padStart(21)}`,
    );
  }
  const rows = [
    ['minimal Nest { __typename }', 'nest.typename', 'apollo.typename', null],
    ['minimal Nest { hello }, JWT + membership in PostgreSQL', 'nest.hello', 'apollo.hello', null],
    ['coprod { __typename } on PostgreSQL', 'PostgreSQL.typename', 'apollo.typename', 0.85],
    ['coprod { __typename } on the embedded database', 'embedded.typename', 'apollo.typename', 0.85],
    ['coprod signed-in query, no table, on PostgreSQL', 'PostgreSQL.authenticated', 'apollo.hello', 0.5],
    ['coprod signed-in query, no table, on the embedded database', 'embedded.authenticated', 'apollo.hello', 0.3],
  ];
  console.log(`\n  throughput over bare Apollo's (the same query for { __typename }, { hello } for a query that reads something):`);
  for (const [measure, key, anchorKey, goal] of rows) {
    const s = figures.get(key);
    const a = figures.get(anchorKey);
    const ratio = s.rps / a.rps;
    const verdict = goal === null ? '(anchor)' : ratio >= goal ? `goal ≥ ${goal}: met` : `goal ≥ ${goal}: NOT met`;
    console.log(
      `  ${measure.padEnd(60)}${(f2(ratio) + '×').padStart(7)}  p50 ${f2(s.p50 / a.p50)}×, p95 ${f2(s.p95 / a.p95)}×, CPU/request ${f2(s.cpuPerRequest / a.cpuPerRequest)}×  ${verdict}`,
    );
    recordResult({
      bench: 'request',
      measure,
      ratio,
      anchor: anchorKey === 'apollo.typename' ? 'bare Apollo { __typename }' : 'bare Apollo { hello }',
      goal: goal === null ? '' : `≥ ${goal}`,
      detail: `${f0(s.rps)} vs ${f0(a.rps)} req/s, p95 ${f2(s.p95)} vs ${f2(a.p95)} ms`,
    });
  }
  if (!COMPARE_ROOT) return;
  console.log(`\n  the build of ${COMPARE_ROOT}, in the same rounds (not recorded):`);
  for (const [measure, key, anchorKey] of rows.filter((row) => row[3] !== null)) {
    const s = figures.get(`compared ${key}`);
    const a = figures.get(anchorKey);
    const mine = figures.get(key);
    console.log(
      `  ${measure.padEnd(60)}${(f2(s.rps / a.rps) + '×').padStart(7)}  this build over it: throughput ${f2(mine.rps / s.rps)}×, p95 ${f2(mine.p95 / s.p95)}×, CPU/request ${f2(mine.cpuPerRequest / s.cpuPerRequest)}×`,
    );
  }
}

await main();
