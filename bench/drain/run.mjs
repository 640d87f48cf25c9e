#!/usr/bin/env node
/**
 * bench/drain: what SIGTERM does to a server under load. The built server runs as a real child
 * process; 50 keep-alive connections send `{ __typename }` without pause, a probe asks
 * /health/ready every 50 ms, a subscription is open over graphql-ws, and one request is still
 * sending its body when the grace ends. Then the server gets SIGTERM, and every request sent is
 * counted by what became of it: answered (200, or 503; with or without `Connection: close`),
 * dropped (sent, then the connection closed or reset with no answer), or refused (the connection
 * was refused, so nothing was sent).
 *
 *   npm run build                      # the bench builds nothing itself
 *   node bench/drain/run.mjs           # the embedded database, in a temporary folder
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/drain/run.mjs
 *
 * Two rounds, each on a fresh server:
 *   - "load balancer": the senders stop 500 ms after the probe first sees readiness fail (or the
 *     probe is refused), as a load balancer takes a server out of its pool;
 *   - "relentless": the senders never stop until their connections are refused, as if nothing
 *     told them; this shows what the grace is for.
 * A correct drain answers every request sent in the first round and exits within
 * SHUTDOWN_TIMEOUT_SECONDS (the script exits 1 otherwise). In the second, the connections the
 * senders open at the instant the listener closes are still in its accept queue, where the
 * system resets them: about one per sender, which no server can answer once it stops listening.
 *
 * Environment: DRAIN_ROOT (another checkout's build, e.g. one from before a change, to compare),
 * DRAIN_CONNECTIONS (50), SHUTDOWN_GRACE_SECONDS (2, passed to the server), DRAIN_LB_REACTION_MS (500).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pg, PRODUCTION_NODE_ARGS, require, ROOT } from '../lib.mjs';
import { recordResult } from '../results.mjs';

const { Pool, request } = require('undici');
const WebSocket = require('ws');
const { createClient } = require('graphql-ws');

const BUILD = process.env.DRAIN_ROOT?.trim() || ROOT;
const MAIN_JS = join(BUILD, 'dist/apps/api/src/main.js');
const CONNECTIONS = Number(process.env.DRAIN_CONNECTIONS ?? 50);
const GRACE_SECONDS = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 2);
const LB_REACTION_MS = Number(process.env.DRAIN_LB_REACTION_MS ?? 500);
const DATABASE = 'coprod_drain';
const SERVER_ROLE = 'coprod_bench_server';

if (!existsSync(MAIN_JS)) {
  console.error(`bench/drain runs the built server: run \`npm run build\` first (${MAIN_JS} is missing).`);
  process.exit(2);
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

/** The database for one round: a fresh PostgreSQL database, or a fresh embedded data folder. */
async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL?.trim();
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'coprod-drain-'));
    return { env: { COPROD_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const owner = new URL(serverUrl);
  owner.pathname = `/${DATABASE}`;
  await onServer(serverUrl, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await onServer(serverUrl, `CREATE DATABASE ${DATABASE}`);
  await onServer(
    serverUrl,
    `DO $$ BEGIN
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coprod_app') THEN CREATE ROLE coprod_app NOLOGIN; END IF;
       IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${SERVER_ROLE}') THEN CREATE ROLE ${SERVER_ROLE} LOGIN IN ROLE coprod_app; END IF;
     END $$`,
  );
  const server = new URL(owner);
  server.username = SERVER_ROLE;
  server.password = '';
  return {
    env: { DATABASE_URL: server.toString(), DATABASE_OWNER_URL: owner.toString() },
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`),
  };
}

/** The built server on a free port (PORT=0), in production mode; resolves once it says where it listens. */
async function startServer(databaseEnv) {
  const { DATABASE_URL: _url, DATABASE_OWNER_URL: _owner, COPROD_DATA_DIR: _dir, ...inherited } = process.env;
  const child = spawn(process.execPath, [...PRODUCTION_NODE_ARGS, MAIN_JS], {
    cwd: BUILD,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      ...databaseEnv,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'pretty',
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const state = { gone: false };
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      state.gone = true; // exitCode stays null when a signal ended it
      resolve({ code, signal, at: performance.now() });
    }),
  );
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    const read = (chunk) => {
      output += chunk;
      const found = /coprod is ready: open (http:\/\/[^/\s]+)\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (output += chunk));
    exited.then(({ code }) => reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, url, exited, state, output: () => output };
}

async function graphql(url, query, variables = {}, headers = {}) {
  const res = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.body.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A person with an organisation, for the subscription. */
async function signedIn(url) {
  const email = `drain.${randomBytes(4).toString('hex')}@example.org`;
  const password = 'drain correct horse battery';
  await graphql(
    url,
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          message
        }
      }
    `,
    {
      input: { email, password, displayName: 'Drain Person' },
    },
  );
  const { signIn } = await graphql(
    url,
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          token
        }
      }
    `,
    {
      input: { email, password },
    },
  );
  const { createOrganisation } = await graphql(
    url,
    `
      mutation ($input: CreateOrganisationInput!) {
        createOrganisation(input: $input) {
          id
        }
      }
    `,
    { input: { name: 'Drain Council' } },
    { authorization: `Bearer ${signIn.token}` },
  );
  return { token: signIn.token, organisationId: createOrganisation.id };
}

const BODY = JSON.stringify({ query: '{ __typename }' });
/** Errors that mean the request never left: the connection was refused. */
const NOT_SENT = new Set(['ECONNREFUSED']);

const step = (what) => process.stderr.write(`  … ${what}\n`);

async function round(name, { relentless }) {
  const database = await freshDatabase();
  step(`${name}: starting the server`);
  const server = await startServer(database.env);
  const { url } = server;
  const who = await signedIn(url);
  const pool = new Pool(url, { connections: CONNECTIONS, pipelining: 1 });
  const probe = new Pool(url, { connections: 1 });
  const tally = { before: 0, beforeFailed: 0, ok: 0, okClose: 0, unavailable: 0, other: 0, dropped: 0, refused: 0, errors: new Map() };
  let signalAt = null;
  let stopSending = false;
  let readinessFailedAt = null;

  const sender = async () => {
    while (!stopSending) {
      const sentAfterSignal = signalAt !== null;
      try {
        const res = await pool.request({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: BODY });
        await res.body.text();
        const closing = /close/i.test(String(res.headers.connection ?? ''));
        if (signalAt === null) {
          tally.before += 1;
          if (res.statusCode !== 200) tally.beforeFailed += 1;
        } else if (res.statusCode === 200) {
          tally.ok += 1;
          if (closing) tally.okClose += 1;
        } else if (res.statusCode === 503) tally.unavailable += 1;
        else tally.other += 1;
      } catch (error) {
        const code = error.code ?? error.name;
        if (signalAt === null && !sentAfterSignal) tally.beforeFailed += 1;
        // Refused, or reset while connecting (in the listener's queue as it closed): nothing was sent.
        if (NOT_SENT.has(code) || error.syscall === 'connect') {
          tally.refused += 1;
          await new Promise((resolve) => setTimeout(resolve, 20));
        } else {
          tally.dropped += 1;
          tally.errors.set(`${code}: ${error.message}`, (tally.errors.get(`${code}: ${error.message}`) ?? 0) + 1);
        }
        if (relentless && server.state.gone) return;
      }
    }
  };

  const probing = (async () => {
    while (!server.state.gone) {
      let ready = false; // refused or reset: not ready
      try {
        const res = await probe.request({ method: 'GET', path: '/health/ready' });
        await res.body.text();
        ready = res.statusCode === 200;
      } catch {
        // stays false
      }
      if (!ready && signalAt !== null && readinessFailedAt === null) {
        readinessFailedAt = performance.now();
        if (!relentless) setTimeout(() => (stopSending = true), LB_REACTION_MS);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stopSending = true;
  })();

  // A subscription, to see how it is closed.
  const ws = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${who.token}`, organisationId: who.organisationId },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined, // the close is read from the 'closed' event
  });
  const subscribed = new Promise((resolve) => ws.on('connected', resolve));
  const closed = new Promise((resolve) =>
    ws.on('closed', (event) => resolve({ code: event.code, reason: event.reason, at: performance.now() })),
  );
  ws.subscribe({ query: 'subscription { historyEvents { type } }' }, { next() {}, error() {}, complete() {} });
  step('subscribing');
  await subscribed;

  const senders = Array.from({ length: CONNECTIONS }, sender);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the load settles

  step('SIGTERM');
  signalAt = performance.now();
  server.child.kill('SIGTERM');

  // One request still sending its body when the grace ends: it must be answered.
  const slow = new Promise((resolve) => {
    setTimeout(() => {
      const { hostname, port } = new URL(url);
      const socket = connect(Number(port), hostname);
      let answer = '';
      socket.on('error', (error) => resolve(`dropped (${error.code})`));
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve(answer ? answer.split('\r\n')[0] : 'dropped (closed with no answer)'));
      socket.on('connect', () => {
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`,
        );
        socket.write(BODY.slice(0, 10));
        setTimeout(() => socket.write(BODY.slice(10)), GRACE_SECONDS * 500 + 300);
      });
    }, GRACE_SECONDS * 500);
  });

  const exit = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve(null), 60_000))]);
  if (!exit) server.child.kill('SIGKILL');
  stopSending = true;
  step('the server exited; waiting for the senders');
  await Promise.all(senders);
  step('the probe');
  await probing;
  step('the slow request');
  const slowAnswer = await slow;
  step('the subscription');
  const subscription = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(null), 1000))]);
  await ws.dispose();
  await pool.destroy();
  await probe.destroy();
  await database.drop();

  const ms = (at) => (at === null ? 'never' : `${Math.round(at - signalAt)} ms`);
  console.log(`\n${name} (${CONNECTIONS} connections; grace ${GRACE_SECONDS} s):`);
  console.log(`  before SIGTERM      ${tally.before} requests, ${tally.beforeFailed} not answered 200`);
  console.log(
    `  after SIGTERM       ${tally.ok} answered 200 (${tally.okClose} with Connection: close), ${tally.unavailable} answered 503, ${tally.other} answered otherwise`,
  );
  console.log(`                      ${tally.dropped} DROPPED (sent, no answer), ${tally.refused} refused (not sent)`);
  for (const [error, count] of tally.errors) console.log(`                        ${count} × ${error}`);
  console.log(`  readiness failed    ${ms(readinessFailedAt)} after SIGTERM`);
  console.log(
    `  subscription        ${subscription ? `closed ${subscription.code} "${subscription.reason}" ${ms(subscription.at)} after SIGTERM` : 'not closed'}`,
  );
  console.log(`  body across grace   ${slowAnswer}`);
  console.log(
    `  exit                ${exit ? `code ${exit.code}${exit.signal ? ` signal ${exit.signal}` : ''} ${ms(exit.at)} after SIGTERM` : 'not within 60 s (killed)'}`,
  );
  const sent = tally.ok + tally.unavailable + tally.other + tally.dropped;
  recordResult({
    bench: 'drain',
    measure: `requests sent after SIGTERM answered, ${name}`,
    ratio: sent ? (sent - tally.dropped) / sent : 1,
    anchor: 'requests sent',
    goal: relentless ? '' : '≥ 1',
    detail: `${sent} sent, ${tally.dropped} dropped, ${tally.refused} refused before sending; exit ${exit ? `${ms(exit.at)} after SIGTERM` : 'killed'}`,
  });
  return tally.dropped;
}

const dropped = await round('load balancer', { relentless: false });
await round('relentless', { relentless: true });
console.log(`\nbuild: ${BUILD}; database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded'}`);
process.exitCode = dropped > 0 ? 1 : 0;
