#!/usr/bin/env node
/**
 * bench/idempotency: what an Idempotency-Key costs a mutation (README, "Safe retries"), measured
 * side by side in one run on PostgreSQL against the same mutation sent without one.
 *
 *   npm run build
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/idempotency/run.mjs
 *
 * It creates its own database `coprod_bench_idempotency` (dropping one an earlier run left) and
 * starts the built server on it. Each round, in turn: BENCH_REQUESTS `createProgramme` mutations
 * without a key, the same number each with a key of its own (taken, kept with its answer, in the
 * mutation's transaction), and as many retries of those keys (answered from what was kept), each
 * phase with BENCH_CONCURRENCY requests in flight. Printed: requests a second and the median
 * latency of each, and the ratios to the keyless mutation.
 *
 * Environment: BENCH_REQUESTS (default 300), BENCH_CONCURRENCY (default 8), BENCH_ROUNDS (default 3).
 */
import { randomUUID } from 'node:crypto';
import { createDatabase, serverUrlOrExit, startApi } from '../lib.mjs';

const { recordResult } = await import('../results.mjs').catch(() => ({ recordResult: () => undefined }));

const DATABASE = 'coprod_bench_idempotency';
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CREATE = 'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id name version } }';

const serverUrl = serverUrlOrExit('bench/idempotency', DATABASE);
const { benchUrl, cleanups, cleanup } = await createDatabase(serverUrl, DATABASE);
try {
  const api = await startApi(benchUrl);
  cleanups.push(api.stop);

  const post = async (query, variables, headers = {}) => {
    const response = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const email = `bench.${randomUUID().slice(0, 8)}@example.org`;
  const password = 'correct horse battery staple';
  await post('mutation($input: SignUpInput!) { signUp(input: $input) { message } }', { input: { email, password, displayName: 'Bench' } });
  const { token } = (await post('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email, password } }))
    .signIn;
  const auth = { authorization: `Bearer ${token}` };
  const organisationId = (
    await post(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: 'Bench' } },
      auth,
    )
  ).createOrganisation.id;
  const as = { ...auth, 'x-organisation-id': organisationId };

  /** `count` requests, `CONCURRENCY` at a time: requests a second and the median latency in ms. */
  const phase = async (count, send) => {
    const latencies = [];
    let next = 0;
    const began = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < count) {
          const n = next++;
          const start = performance.now();
          await send(n);
          latencies.push(performance.now() - start);
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    latencies.sort((a, b) => a - b);
    return { perSecond: count / seconds, median: latencies[Math.floor(latencies.length / 2)] };
  };

  // Warm up both paths (connections, plans, the JIT) before measuring.
  const warm = Array.from({ length: 30 }, () => randomUUID());
  await phase(30, (n) => post(CREATE, { input: { name: `warm ${n}` } }, { ...as, 'idempotency-key': warm[n] }));
  await phase(30, (n) => post(CREATE, { input: { name: `warm plain ${n}` } }, as));

  const totals = { plain: [], keyed: [], replay: [] };
  for (let round = 1; round <= ROUNDS; round += 1) {
    const keys = Array.from({ length: REQUESTS }, () => randomUUID());
    const name = (n) => `round ${round} keyed ${n}`;
    totals.plain.push(await phase(REQUESTS, (n) => post(CREATE, { input: { name: `round ${round} plain ${n}` } }, as)));
    totals.keyed.push(await phase(REQUESTS, (n) => post(CREATE, { input: { name: name(n) } }, { ...as, 'idempotency-key': keys[n] })));
    totals.replay.push(await phase(REQUESTS, (n) => post(CREATE, { input: { name: name(n) } }, { ...as, 'idempotency-key': keys[n] })));
    console.log(
      `round ${round}: ` +
        Object.entries(totals)
          .map(([kind, runs]) => `${kind} ${runs.at(-1).perSecond.toFixed(0)}/s p50 ${runs.at(-1).median.toFixed(1)} ms`)
          .join(', '),
    );
  }
  const mean = (runs, field) => runs.reduce((sum, run) => sum + run[field], 0) / runs.length;
  const plain = { perSecond: mean(totals.plain, 'perSecond'), median: mean(totals.plain, 'median') };
  console.log(`\n${REQUESTS} createProgramme a phase, ${CONCURRENCY} in flight, ${ROUNDS} rounds, PostgreSQL`);
  console.log('phase                 requests/s   p50 ms   throughput ratio   p50 ratio');
  for (const [kind, label] of [
    ['plain', 'no key'],
    ['keyed', 'new key'],
    ['replay', 'retry (replayed)'],
  ]) {
    const perSecond = mean(totals[kind], 'perSecond');
    const median = mean(totals[kind], 'median');
    console.log(
      `${label.padEnd(20)} ${perSecond.toFixed(0).padStart(11)} ${median.toFixed(1).padStart(8)} ${(perSecond / plain.perSecond).toFixed(2).padStart(17)}× ${(median / plain.median).toFixed(2).padStart(10)}×`,
    );
  }
  const keyed = mean(totals.keyed, 'perSecond') / plain.perSecond;
  recordResult({
    bench: 'idempotency',
    measure: 'mutation with a new Idempotency-Key, throughput',
    ratio: keyed,
    anchor: 'the same mutation without a key',
    goal: '',
    detail: `${mean(totals.keyed, 'perSecond').toFixed(0)}/s against ${plain.perSecond.toFixed(0)}/s`,
  });
} finally {
  await cleanup();
}
