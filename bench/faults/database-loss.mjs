#!/usr/bin/env node
/**
 * bench/faults/database-loss: the database lost for LOSS_SECONDS (default 10) under load, then back,
 * once refused and once blackholed, counting what happened to every request.
 *
 *   npm run build                      # the fault script builds nothing itself
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/faults/database-loss.mjs
 *
 * It creates its own database `coprod_bench_faults` (dropped at the end) and starts the built
 * server (NODE_ENV=production, its default timeouts unless DATABASE_CONNECT_TIMEOUT_MS or
 * DATABASE_STATEMENT_TIMEOUT_MS are set here) connected to PostgreSQL through a TCP proxy
 * (test/support/tcp-proxy.mjs) that it controls; the shared server itself is never stopped.
 * For each way of losing the database:
 *   - refused: every connection reset and new ones refused, as when PostgreSQL is down;
 *   - blackholed: every byte dropped both ways and new connections never answered, as a network
 *     that loses packets (on the way back the connections blackholed are reset);
 * CLIENTS clients (default 8) send, one request after another each, half a read of the
 * programme and half a mutation adding a task (each task's title names it); a subscriber follows
 * the programme's live events; GET /health/ready is asked every 200 ms; and three events are
 * written straight into the database (past the proxy) during the loss, as another API process
 * would. It prints, per way: requests acknowledged / refused with 503 DATABASE_UNAVAILABLE /
 * answered otherwise / hung (no answer in HANG_SECONDS, default 30), the slowest answer during
 * the loss, the time from the loss to the first refusal and to readiness failing, the time from
 * the return to readiness passing and to the first request served, whether every acknowledged
 * task is stored (and how many refused ones were stored anyway: an answer lost with the
 * connection, which a client retries with an Idempotency-Key), and what the subscriber missed or
 * got twice.
 *
 * Environment: LOSS_SECONDS (10), CLIENTS (8), HANG_SECONDS (30).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createDatabase, pg, require, serverUrlOrExit, startApi } from '../lib.mjs';
import { TcpProxy } from '../../test/support/tcp-proxy.mjs';
import { recordResult } from '../results.mjs';

const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const DATABASE = 'coprod_bench_faults';
const LOSS_SECONDS = Number(process.env.LOSS_SECONDS ?? 10);
const CLIENTS = Number(process.env.CLIENTS ?? 8);
const HANG_SECONDS = Number(process.env.HANG_SECONDS ?? 30);
/** The login role bench/lib.mjs's startApi makes and connects the server as. */
const SERVER_ROLE = 'coprod_bench_server';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function graphql(endpoint, query, variables = {}, headers = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(HANG_SECONDS * 1000),
  });
  const body = await response.json();
  return { status: response.status, body };
}

async function ok(endpoint, query, variables, headers) {
  const { body } = await graphql(endpoint, query, variables, headers);
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function setUp(endpoint) {
  const email = `faults.${randomBytes(4).toString('hex')}@example.org`;
  const password = 'correct horse battery';
  await ok(endpoint, `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`, {
    input: { email, password, displayName: 'Fault bench' },
  });
  const { signIn } = await ok(endpoint, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
    input: { email, password },
  });
  const auth = { authorization: `Bearer ${signIn.token}` };
  const { createOrganisation } = await ok(
    endpoint,
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name: 'Fault bench council' } },
    auth,
  );
  const headers = { ...auth, 'x-organisation-id': createOrganisation.id };
  const { createProgramme } = await ok(endpoint, `mutation { createProgramme(input: { name: "Faults" }) { id } }`, {}, headers);
  return { token: signIn.token, organisationId: createOrganisation.id, programmeId: createProgramme.id, headers };
}

/** One client: reads or writes, one request after another, keeping what became of each. */
async function client(endpoint, who, kind, name, log, running) {
  for (let n = 0; running(); n++) {
    const sent = Date.now();
    const title = `${name}-${n}`;
    const entry = { kind, sent, ms: 0, outcome: 'hung', title };
    try {
      const { status, body } =
        kind === 'read'
          ? await graphql(
              endpoint,
              `
                query ($id: ID!) {
                  programme(id: $id) {
                    id
                    name
                  }
                }
              `,
              { id: who.programmeId },
              who.headers,
            )
          : await graphql(
              endpoint,
              `
                mutation ($input: CreateTaskInput!) {
                  createTask(input: $input) {
                    id
                  }
                }
              `,
              { input: { programmeId: who.programmeId, title, step: 'MAP' } },
              who.headers,
            );
      const code = body.errors?.[0]?.extensions?.code;
      entry.outcome =
        status === 200 && !code
          ? 'acknowledged'
          : status === 503 && code === 'DATABASE_UNAVAILABLE'
            ? 'refused'
            : `other ${status} ${code}`;
    } catch (error) {
      entry.outcome = error.name === 'TimeoutError' ? 'hung' : `network ${error.message}`;
    }
    entry.ms = Date.now() - sent;
    log.push(entry);
    if (entry.outcome !== 'acknowledged') await sleep(50);
  }
}

async function writeDirectly(ownerUrl, organisationId, programmeId, key) {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `WITH s AS (
         INSERT INTO event_sequence (organisation_id, programme_id, last_sequence) VALUES ($1, $2, 1)
         ON CONFLICT (organisation_id, programme_id) DO UPDATE SET last_sequence = event_sequence.last_sequence + 1
         RETURNING last_sequence)
       INSERT INTO event (organisation_id, programme_id, sequence, actor_type, type, payload)
       SELECT $1, $2, s.last_sequence, 'SYSTEM', 'CHECKLIST_ITEM_TICKED', $3::jsonb FROM s RETURNING id::text AS id`,
      [organisationId, programmeId, JSON.stringify({ programmeId, itemId: randomUUID(), key, step: 'MAP', cycle: 1 })],
    );
    await db.query(`SELECT pg_notify('coprod_events', $1)`, [rows[0].id]);
  } finally {
    await db.end();
  }
}

async function run(way, api, proxy, ownerUrl, who, delivered) {
  const log = [];
  const readiness = [];
  let going = true;
  const running = () => going;
  const clients = Array.from({ length: CLIENTS }, (_, i) =>
    client(api.endpoint, who, i % 2 ? 'write' : 'read', `${way} c${i}`, log, running),
  );
  const probing = (async () => {
    while (going) {
      try {
        const response = await fetch(`${api.url}/health/ready`, { signal: AbortSignal.timeout(HANG_SECONDS * 1000) });
        await response.arrayBuffer();
        readiness.push({ done: Date.now(), status: response.status });
      } catch {
        readiness.push({ done: Date.now(), status: 'none' });
      }
      await sleep(200);
    }
  })();
  await sleep(2000);
  const lostAt = Date.now();
  if (way === 'refused') await proxy.refuse();
  else proxy.blackhole();
  for (let i = 0; i < 3; i++) {
    await sleep((LOSS_SECONDS * 1000) / 4);
    await writeDirectly(ownerUrl, who.organisationId, who.programmeId, `${way} ${i}`);
  }
  await sleep(Math.max(0, lostAt + LOSS_SECONDS * 1000 - Date.now()));
  const backAt = Date.now();
  await proxy.restore();
  await sleep(5000);
  going = false;
  await Promise.all([...clients, probing]);

  const count = (outcome) => log.filter((e) => e.outcome === outcome).length;
  // Every request that was waiting at some moment of the loss, those in flight when it began included.
  const during = log.filter((e) => e.sent < backAt && e.sent + e.ms > lostAt);
  // The first answer after `at` that passes `test`, by when it came.
  const firstAfter = (list, at, test) =>
    list
      .map((e) => ({ ...e, done: e.done ?? e.sent + e.ms }))
      .filter((e) => e.done >= at && test(e))
      .sort((a, b) => a.done - b.done)[0];
  const refusedFirst = log.filter((e) => e.sent + e.ms >= lostAt && e.outcome === 'refused').map((e) => e.sent + e.ms);
  const notReady = firstAfter(readiness, lostAt, (e) => e.status === 503);
  const ready = firstAfter(readiness, backAt, (e) => e.status === 200);
  const served = firstAfter(log, backAt, (e) => e.outcome === 'acknowledged');

  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  const { rows: tasks } = await db.query(
    `SELECT title, count(*)::int AS n FROM task WHERE programme_id = $1 AND title LIKE $2 GROUP BY title`,
    [who.programmeId, `${way} %`],
  );
  const { rows: events } = await db.query(`SELECT id::text AS id, sequence FROM event WHERE programme_id = $1 ORDER BY sequence`, [
    who.programmeId,
  ]);
  await db.end();
  const stored = new Map(tasks.map((r) => [r.title, r.n]));
  const writes = log.filter((e) => e.kind === 'write');
  await sleep(1000); // the subscriber's last events
  const wanted = events.filter((e) => e.sequence > (delivered.seenBefore ?? 0));
  const got = delivered.events.filter((e) => e.sequence > (delivered.seenBefore ?? 0));
  const gotIds = got.map((e) => e.id);
  delivered.seenBefore = events.at(-1)?.sequence ?? 0;
  const seconds = (ms) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(2)} s`);
  return {
    way,
    requests: log.length,
    acknowledged: count('acknowledged'),
    'refused (503)': count('refused'),
    other: log.filter((e) => !['acknowledged', 'refused', 'hung'].includes(e.outcome)).length,
    hung: count('hung'),
    'slowest during loss': seconds(Math.max(0, ...during.map((e) => e.ms))),
    'loss → first 503': seconds(refusedFirst.length ? Math.min(...refusedFirst) - lostAt : undefined),
    'loss → not ready': seconds(notReady && notReady.done - lostAt),
    'back → ready': seconds(ready && ready.done - backAt),
    'back → first served': seconds(served && served.done - backAt),
    'acknowledged tasks lost': writes.filter((e) => e.outcome === 'acknowledged' && !stored.get(e.title)).length,
    'refused tasks stored anyway': writes.filter((e) => e.outcome !== 'acknowledged' && stored.get(e.title)).length,
    'tasks stored twice': tasks.filter((r) => r.n > 1).length,
    'live events missed': wanted.filter((e) => !gotIds.includes(e.id)).length,
    'live events twice': gotIds.length - new Set(gotIds).size,
    'subscription errors': delivered.errors.length,
  };
}

async function main() {
  const serverUrl = serverUrlOrExit('bench/faults/database-loss', DATABASE);
  const { benchUrl, cleanups, cleanup } = await createDatabase(serverUrl, DATABASE);
  try {
    const target = new URL(serverUrl);
    const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.listen();
    cleanups.push(() => proxy.close());
    const serverRoleUrl = new URL(benchUrl);
    serverRoleUrl.username = SERVER_ROLE;
    serverRoleUrl.password = '';
    const passOn = Object.fromEntries(
      ['DATABASE_CONNECT_TIMEOUT_MS', 'DATABASE_STATEMENT_TIMEOUT_MS'].filter((k) => process.env[k]).map((k) => [k, process.env[k]]),
    );
    const api = await startApi(benchUrl, { env: { ...passOn, DATABASE_URL: proxy.through(serverRoleUrl.toString()) } });
    cleanups.push(() => api.stop());
    const who = await setUp(api.endpoint);

    const delivered = { events: [], errors: [], seenBefore: 0 };
    const ws = createClient({
      url: api.endpoint.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${who.token}`, organisationId: who.organisationId },
      retryAttempts: 0,
    });
    cleanups.push(() => ws.dispose());
    ws.subscribe(
      { query: `subscription($id: ID!) { programmeEvents(programmeId: $id) { id sequence } }`, variables: { id: who.programmeId } },
      {
        next: (message) => (message.errors ? delivered.errors.push(message.errors) : delivered.events.push(message.data.programmeEvents)),
        error: (error) => delivered.errors.push(error),
        complete: () => delivered.errors.push('completed'),
      },
    );
    await sleep(500);
    // What the programme's history held before the subscriber (its creation).
    const owner = new pg.Client({ connectionString: benchUrl });
    await owner.connect();
    const { rows } = await owner.query(`SELECT coalesce(max(sequence), 0)::int AS last FROM event WHERE programme_id = $1`, [
      who.programmeId,
    ]);
    await owner.end();
    delivered.seenBefore = rows[0].last;

    console.log(`database lost for ${LOSS_SECONDS} s under ${CLIENTS} clients (half reads, half mutations), through a TCP proxy`);
    const results = [];
    for (const way of ['refused', 'blackholed']) results.push(await run(way, api, proxy, benchUrl, who, delivered));
    // One row per measure, one column per way of losing the database.
    const measures = Object.keys(results[0]).filter((key) => key !== 'way');
    console.table(Object.fromEntries(measures.map((key) => [key, Object.fromEntries(results.map((r) => [r.way, r[key]]))])));
    for (const r of results) {
      recordResult({
        bench: 'faults',
        measure: `requests answered in bound, database ${r.way} ${LOSS_SECONDS} s`,
        ratio: (r.requests - r.hung) / r.requests,
        anchor: 'requests sent',
        goal: '≥ 1',
        detail: `${r['refused (503)']} refused with 503, first ${r['loss → first 503']} after the loss; ready again ${r['back → ready']} after; ${r['acknowledged tasks lost']} acknowledged lost, ${r['tasks stored twice']} stored twice, ${r['live events missed']} live events missed`,
      });
    }
    const bad = results.some(
      (r) => r.hung || r['acknowledged tasks lost'] || r['tasks stored twice'] || r['live events missed'] || r['live events twice'],
    );
    process.exitCode = bad ? 1 : 0;
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
