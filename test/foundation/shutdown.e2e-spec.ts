import { once } from 'node:events';
import { connect } from 'node:net';
import { Database } from '@app/database';
import { createClient } from 'graphql-ws';
import { Pool } from 'undici';
import WebSocket from 'ws';
import { drainServer } from '../../apps/api/src/drain';
import { Draining } from '../../apps/api/src/health/draining';
import { WebhookReceiver } from '../integration/webhook-receiver';
import { serverUrl } from '../support/databases';
import { sql, startTestApp } from '../support/test-app';

// Holding the embedded database's lock is how this test keeps a request in flight; PostgreSQL has no such lock.
const embeddedOnly = serverUrl() ? it.skip : it;

describe('graceful shutdown', () => {
  embeddedOnly('lets a request in flight finish, then closes the database', async () => {
    const t = await startTestApp();
    const person = await t.client.signUp('Late Worker');
    const db = t.app.get(Database);
    let release!: () => void;
    const held = db.opened.exclusive(() => new Promise<void>((resolve) => (release = resolve)));

    const inFlight = t.client.request(`{ me { id } }`, {}, { token: person.token }); // waits for the database
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = t.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await held;

    const answer = await inFlight;
    expect(answer.data?.me.id).toBe(person.userId);
    await closing;
    expect(db.dataSource.isInitialized).toBe(false);
    await expect(fetch(`${t.url}/health/live`)).rejects.toThrow(); // no longer listening
  });
});

/** What became of one request of the load: its answer, or the error in its place. */
interface Outcome {
  /** Sent once the drain had begun. */
  duringDrain: boolean;
  status?: number;
  connectionClose?: boolean;
  error?: string;
}

/**
 * A raw HTTP/1.1 POST of `body` on a connection of its own, sent but for its last `heldBack`
 * characters (all of them if more); `finish` sends those. `answer` is whatever came back ('' if
 * the socket closed with no answer).
 */
async function rawRequest(
  url: string,
  body: string,
  heldBack: number,
): Promise<{ finish: () => void; answer: Promise<string>; localPort: number }> {
  const { hostname, port } = new URL(url);
  const whole = `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  const socket = connect(Number(port), hostname);
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk));
  socket.on('error', () => undefined);
  const done = new Promise<string>((resolve) => socket.on('close', () => resolve(answer)));
  await once(socket, 'connect');
  const sent = Math.max(0, whole.length - heldBack);
  if (sent > 0) socket.write(whole.slice(0, sent));
  return { finish: () => socket.write(whole.slice(sent)), answer: done, localPort: socket.localPort! };
}

/** Asks `check` until it holds, or fails after `ms`. */
async function eventually(check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not so after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('draining on SIGTERM (drainServer, what the signal runs)', () => {
  // Long enough for the steps taken within the grace (an upgrade refused, a late connection) on a loaded CI machine.
  const GRACE_SECONDS = 3;
  const TIMEOUT_SECONDS = 6;
  const CONNECTIONS = 50;
  const QUERY = JSON.stringify({ query: '{ __typename }' });

  it(`with ${CONNECTIONS} kept-alive connections under load: readiness fails at once, every request sent is answered, subscriptions close with 1001, the webhook lease is handed back, within the timeout`, async () => {
    // The API sends webhooks itself here on both databases, to show its dispatcher handing back a lease.
    const t = await startTestApp({
      SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
      SHUTDOWN_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
      WEBHOOK_DELIVERY: 'in-process',
      WEBHOOK_ALLOWED_DESTINATIONS: '127.0.0.1/32',
      WEBHOOK_TIMEOUT_SECONDS: '10',
    });
    const receiver = new WebhookReceiver([]);
    const pool = new Pool(t.url, { connections: CONNECTIONS });
    const probe = new Pool(t.url, { connections: 1 });
    try {
      const admin = await t.client.signUp('Drain Admin');
      const organisationId = await t.client.createOrganisation(admin.token, 'Drain Council');
      const as = { token: admin.token, organisationId };

      // A delivery the receiver never answers: still being sent at the deadline.
      let held = 0;
      receiver.answer = () => (held += 1);
      await receiver.start();
      await t.client.ok(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        { input: { url: receiver.url, eventTypes: ['PROGRAMME_CREATED'] } },
        as,
      );
      await t.client.ok(
        `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
        { input: { name: 'Held' } },
        as,
      );
      await eventually(() => held > 0);
      expect(await sql(t, `SELECT lease_owner FROM webhook_delivery WHERE lease_owner IS NOT NULL`)).toHaveLength(1);

      // A subscription, open until the grace ends.
      const ws = createClient({
        url: t.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${admin.token}`, organisationId },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
      const connected = new Promise((resolve) => ws.on('connected', resolve));
      const closed = new Promise<{ code: number; at: number }>((resolve) =>
        ws.on('closed', (event) => resolve({ code: (event as { code: number }).code, at: Date.now() })),
      );
      ws.subscribe(
        { query: 'subscription { historyEvents { type } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      await connected;

      // The load: every connection kept alive and busy, until the load balancer stops sending.
      const outcomes: Outcome[] = [];
      let draining = false;
      let sending = true;
      const sender = async () => {
        while (sending) {
          const duringDrain = draining;
          try {
            const response = await pool.request({
              method: 'POST',
              path: '/graphql',
              headers: { 'content-type': 'application/json' },
              body: QUERY,
            });
            await response.body.text();
            outcomes.push({
              duringDrain,
              status: response.statusCode,
              connectionClose: /close/i.test(String(response.headers.connection)),
            });
          } catch (error) {
            outcomes.push({ duringDrain, error: `${(error as { code?: string }).code}: ${(error as Error).message}` });
          }
        }
      };
      const senders = Array.from({ length: CONNECTIONS }, sender);
      await eventually(() => outcomes.length >= 4 * CONNECTIONS);

      // A load balancer: it asks for readiness, and stops sending a moment after it fails.
      let unready: { at: number; status: number; body: unknown } | null = null;
      const probing = (async () => {
        while (!unready) {
          const response = await probe.request({ method: 'GET', path: '/health/ready' });
          const body = await response.body.json();
          if (response.statusCode !== 200) {
            unready = { at: Date.now(), status: response.statusCode, body };
            setTimeout(() => (sending = false), 200);
          } else await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();

      const slow = await rawRequest(t.url, QUERY, 10); // still sending its body when the listener closes
      const hung = await rawRequest(t.url, QUERY, 10); // never finishes: cut at the deadline

      const began = Date.now();
      draining = true;
      const drained = drainServer(t.app, began + TIMEOUT_SECONDS * 1000);

      // While draining: no new subscription.
      const upgrade = await new Promise<number>((resolve) => {
        const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => resolve(101));
        socket.on('error', () => undefined);
      });
      expect(upgrade).toBe(503);
      // A connection opened in the grace whose request is only on its way when the listener closes.
      const late = await rawRequest(t.url, QUERY, Infinity);
      await eventually(() => [...t.app.get(Draining).connections].some((socket) => socket.remotePort === late.localPort));

      await eventually(() => !t.app.getHttpServer().listening);
      slow.finish();
      late.finish();
      await drained;
      const elapsed = Date.now() - began;
      sending = false;
      await Promise.all(senders);

      // Readiness failed at once, before the grace was over, without asking the database.
      await probing;
      expect(unready).toMatchObject({ status: 503, body: { status: 'draining' } });
      expect(unready!.at - began).toBeLessThan(GRACE_SECONDS * 1000);
      // The subscription was served through the grace, then closed with Going Away.
      const { code, at } = await closed;
      expect(code).toBe(1001);
      expect(at).toBeGreaterThan(unready!.at);
      expect(at - began).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000);

      // Every request sent got an answer; none was reset. Those sent while draining were served, each closing its connection.
      expect(outcomes.filter((o) => o.error)).toEqual([]);
      expect(outcomes.every((o) => o.status === 200)).toBe(true);
      const duringDrain = outcomes.filter((o) => o.duringDrain);
      expect(duringDrain.length).toBeGreaterThan(0);
      expect(duringDrain.every((o) => o.connectionClose)).toBe(true);
      // The request whose body was still coming when the listener closed was answered, closing its connection.
      expect(await slow.answer).toMatch(/^HTTP\/1\.1 200 OK\r\n(.*\r\n)*connection: close\r\n/i);
      // So was the request that came on a connection opened in the grace, after the listener closed.
      expect(await late.answer).toMatch(/^HTTP\/1\.1 200 OK\r\n(.*\r\n)*connection: close\r\n/i);
      // The one that never finished sending was cut at the deadline, and the drain ended within the timeout.
      expect(await hung.answer).toBe('');
      expect(elapsed).toBeLessThan(TIMEOUT_SECONDS * 1000);
      // The delivery still being sent at the deadline was handed back, for the next process to send.
      expect(await sql(t, `SELECT status, lease_owner AS "leaseOwner" FROM webhook_delivery`)).toEqual([
        { status: 'PENDING', leaseOwner: null },
      ]);
      await ws.dispose();
    } finally {
      await receiver.stop();
      await pool.destroy();
      await probe.destroy();
      await t.close();
    }
  });
});
