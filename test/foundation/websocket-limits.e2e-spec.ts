import { randomBytes } from 'node:crypto';
import { connect as connectTcp } from 'node:net';
import { QueryCounter } from '@app/database';
import { LiveEvents } from '@app/history';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The WebSocket side: message size, early refusal of sockets that do not authenticate, the
 * same document rules as HTTP in production, caps on connections and subscriptions, and
 * deliveries that check membership without a query per subscriber.
 */

interface WireError {
  message: string;
  extensions?: { code?: string };
}

const HISTORY = `subscription { historyEvents { type } }`;

function client(t: TestApp, params: Record<string, unknown>): Client {
  // Refusals are asserted through the close code; the client need not also print them.
  return createClient({
    url: t.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: params,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
}

/** The close code of the client's socket, once closed. */
function closeCode(c: Client): Promise<number> {
  return new Promise((resolve) => c.on('closed', (event) => resolve((event as { code: number }).code)));
}

/** A live subscription: its events, its errors, and whether it completed. */
function subscribe(c: Client, query = HISTORY) {
  const state = { events: [] as unknown[], errors: [] as WireError[], completed: false, stop: () => undefined as void };
  state.stop = c.subscribe(
    { query },
    {
      next: (value) => void (value.errors ? state.errors.push(...(value.errors as WireError[])) : state.events.push(value.data)),
      error: (error) =>
        void (Array.isArray(error) ? state.errors.push(...(error as WireError[])) : state.errors.push({ message: String(error) })),
      complete: () => void (state.completed = true),
    },
  );
  return state;
}

/** A bare socket on /graphql that has sent nothing yet, as from the client `forwardedFor` names (believed only from a trusted proxy). */
function openSocket(t: TestApp, forwardedFor?: string): Promise<WebSocket> {
  const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve(socket));
    socket.on('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
    socket.on('error', reject);
  });
}

/** The HTTP answer to an upgrade the server refuses. */
function refusedUpgrade(t: TestApp, forwardedFor?: string): Promise<{ status: number; retryAfter: string | undefined; body: any }> {
  const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
  return new Promise((resolve, reject) => {
    socket.on('open', () => reject(new Error('the upgrade was accepted')));
    socket.on('error', () => undefined); // ws reports the refusal as an error too
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], body: JSON.parse(body) }),
      );
    });
  });
}

/** Sends connection_init on a bare socket and waits for the server to accept it. */
function initialise(socket: WebSocket, payload: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.on('message', (data: Buffer) => (JSON.parse(data.toString()).type === 'connection_ack' ? resolve() : undefined));
    socket.on('close', (code) => reject(new Error(`closed with ${code}`)));
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
  });
}

function closed(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Opens a WebSocket by hand and announces one text message of `declaredBytes`, then streams
 * its body from one reused 64 KB buffer (so this process's memory reflects the server's, not
 * the sender's). Answers how many body bytes were sent before the server closed the socket,
 * and the close code the server sent.
 */
function sendOversizedMessage(t: TestApp, declaredBytes: number): Promise<{ sentBytes: number; closeCode: number | null }> {
  const { port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = connectTcp(Number(port), '127.0.0.1');
    let handshake = '';
    let upgraded = false;
    let sentBytes = 0;
    let closeCodeSeen: number | null = null;
    const chunk = randomBytes(64 * 1024);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after sending ${sentBytes} bytes`));
    }, 15_000);
    socket.on('error', () => undefined); // the server cuts the connection: expected
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ sentBytes, closeCode: closeCodeSeen });
    });
    socket.on('data', (data: Buffer) => {
      if (upgraded) {
        // A close frame: 0x88, length, then the code.
        const at = data.indexOf(0x88);
        if (at >= 0 && data.length >= at + 4) closeCodeSeen = data.readUInt16BE(at + 2);
        return;
      }
      handshake += data.toString('latin1');
      if (!handshake.includes('\r\n\r\n')) return;
      if (!handshake.startsWith('HTTP/1.1 101')) return reject(new Error(`no upgrade: ${handshake.split('\r\n')[0]}`));
      upgraded = true;
      const header = Buffer.alloc(14);
      header[0] = 0x81; // final text frame
      header[1] = 0x80 | 127; // masked, 64-bit length
      header.writeBigUInt64BE(BigInt(declaredBytes), 2);
      randomBytes(4).copy(header, 10);
      socket.write(header);
      const pump = () => {
        while (!socket.destroyed && sentBytes < declaredBytes) {
          sentBytes += chunk.length;
          if (!socket.write(chunk)) return void socket.once('drain', pump);
        }
      };
      pump();
    });
    socket.write(
      `GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
    );
  });
}

describe('oversized messages and sockets that do not authenticate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WS_CONNECTION_INIT_SECONDS: '1' });
  });
  afterAll(() => t?.close());

  it('closes four unauthenticated sockets each announcing a 90 MB message at once, with memory flat', async () => {
    const before = process.memoryUsage().rss;
    const results = await Promise.all(Array.from({ length: 4 }, () => sendOversizedMessage(t, 90 * 1024 * 1024)));
    const after = process.memoryUsage().rss;
    for (const { sentBytes, closeCode } of results) {
      // Cut off after the first buffers in flight, not after 90 MB.
      expect(sentBytes).toBeLessThan(16 * 1024 * 1024);
      expect(closeCode === null || closeCode === 1009).toBe(true);
    }
    expect(after - before).toBeLessThan(40 * 1024 * 1024);
    // Still serving.
    expect((await t.client.request(`{ __typename }`)).status).toBe(200);
  });

  it('closes a socket that never sends its credentials with 4408, and one with bad credentials with 4403', async () => {
    const silent = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    const silentCode = await new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    expect(silentCode).toBe(4408);
    const refused = client(t, { authorization: 'Bearer forged' });
    expect(await closeCode(refused)).toBe(4403);
    await refused.dispose();
  });

  it('answers an upgrade on another path at once instead of leaving it open', async () => {
    const other = new WebSocket(t.wsUrl.replace('/graphql', '/elsewhere'), 'graphql-transport-ws');
    const status = await new Promise<number>((resolve) =>
      other.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(404);
  });
});

describe('production mode over WebSocket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') });
  });
  afterAll(() => t?.close());

  it('refuses introspection over WebSocket as HTTP does, with GRAPHQL_VALIDATION_FAILED', async () => {
    const admin = await t.client.signUp('Production Admin');
    const organisationId = await t.client.createOrganisation(admin.token);
    const overHttp = await t.client.request(`{ __schema { types { name } } }`, {}, { token: admin.token, organisationId });
    expect(overHttp.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const c = client(t, { authorization: `Bearer ${admin.token}`, organisationId });
    for (const query of [
      `{ __schema { types { name } } }`,
      `subscription { __type(name: "Query") { name } }`,
      `subscription { historyEvents { __type(name: "Query") { name } } }`,
    ]) {
      const s = subscribe(c, query);
      await until(() => s.errors.length > 0 || s.completed, 'an answer');
      expect(s.events).toEqual([]);
      expect(s.errors.length).toBeGreaterThan(0);
      expect(new Set(s.errors.map((e) => e.extensions?.code))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(JSON.stringify(s.errors)).not.toMatch(/"kind"|"fields"|"Did you mean/);
    }
    await c.dispose();
  });
});

describe('caps on connections and subscriptions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WS_CONNECTIONS_PER_PERSON: '3', WS_SUBSCRIPTIONS_PER_PERSON: '5', WS_SUBSCRIPTIONS_PER_ORGANISATION: '8' });
  });
  afterAll(() => t?.close());

  it('closes a person’s connection beyond the cap with 4430, and lets one in again once another closes', async () => {
    const admin = await t.client.signUp('Many Sockets');
    const organisationId = await t.client.createOrganisation(admin.token);
    const params = { authorization: `Bearer ${admin.token}`, organisationId };
    const open = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const c = client(t, params);
        await new Promise<void>((resolve) => c.on('connected', () => resolve()));
        return c;
      }),
    );
    const fourth = client(t, params);
    expect(await closeCode(fourth)).toBe(4430); // ours: graphql-ws's 4429 means a second connection_init
    await fourth.dispose();

    await open[0].dispose();
    const again = client(t, params);
    await new Promise<void>((resolve, reject) => {
      again.on('connected', () => resolve());
      again.on('closed', () => reject(new Error('refused after a connection closed')));
    });
    // eslint-disable-next-line @typescript-eslint/await-thenable -- graphql-ws's dispose() may answer a promise (void | Promise<void>): wait for every one
    await Promise.all([again, ...open.slice(1)].map((c) => c.dispose()));
  });

  // graphql-ws calls onClose even while onConnect still waits on the credentials; a socket
  // counted after it had gone would hold its place for ever, and enough of them lock a person
  // (or a whole organisation) out. The window is open where checking credentials waits on the
  // network (PostgreSQL); the embedded database answers before the close is read.
  it('gives back the place of a socket that closes while its credentials are being checked', async () => {
    const admin = await t.client.signUp('Hasty Closer');
    const organisationId = await t.client.createOrganisation(admin.token);
    const params = { authorization: `Bearer ${admin.token}`, organisationId };
    for (let round = 0; round < 4; round++) {
      const hasty = await Promise.all(Array.from({ length: 5 }, () => openSocket(t)));
      for (const socket of hasty) {
        socket.send(JSON.stringify({ type: 'connection_init', payload: params }));
        socket.terminate();
      }
      await Promise.all(hasty.map(closed));
    }
    // Let the server finish checking the credentials of all 20.
    await new Promise((resolve) => setTimeout(resolve, 300));

    // The whole allowance (3) is still there.
    const open = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const c = client(t, params);
        await new Promise<void>((resolve, reject) => {
          c.on('connected', () => resolve());
          c.on('closed', (event) => reject(new Error(`refused with ${(event as { code: number }).code}`)));
        });
        return c;
      }),
    );
    // eslint-disable-next-line @typescript-eslint/await-thenable -- graphql-ws's dispose() may answer a promise (void | Promise<void>): wait for every one
    await Promise.all(open.map((c) => c.dispose()));
  });

  it('refuses subscriptions beyond the cap per person and per organisation with TOO_MANY_SUBSCRIPTIONS, and frees them when they end', async () => {
    const admin = await t.client.signUp('Many Subscriptions');
    const organisationId = await t.client.createOrganisation(admin.token);
    const colleague = await t.client.addMember(admin.token, organisationId, 'VIEWER', 'Colleague');
    const live = t.app.get(LiveEvents);

    const mine = client(t, { authorization: `Bearer ${admin.token}`, organisationId });
    const first = Array.from({ length: 5 }, () => subscribe(mine));
    await until(() => live.subscriberCount(organisationId) === 5, 'five subscriptions');
    const sixth = subscribe(mine);
    await until(() => sixth.errors.length > 0, 'the sixth refused');
    expect(sixth.errors.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(sixth.errors[0].message).toMatch(/one person: the limit is 5/);

    // The organisation's cap (8) counts the colleague's too.
    const theirs = client(t, { authorization: `Bearer ${colleague.token}`, organisationId });
    const others = Array.from({ length: 4 }, () => subscribe(theirs));
    // The refusal may arrive before the colleague's other three are running: wait for both.
    await until(
      () => others.filter((s) => s.errors.length).length === 1 && live.subscriberCount(organisationId) === 8,
      'one of the colleague’s refused, the rest running',
    );
    expect(others.flatMap((s) => s.errors).map((e) => e.message)).toEqual([expect.stringMatching(/this organisation: the limit is 8/)]);
    expect(live.subscriberCount(organisationId)).toBe(8);

    // Ending one frees its place.
    first[0].stop();
    await until(() => live.subscriberCount(organisationId) === 7, 'one ended');
    const replacement = subscribe(mine);
    await until(() => live.subscriberCount(organisationId) === 8, 'the replacement running');
    expect(replacement.errors).toEqual([]);
    await Promise.all([mine.dispose(), theirs.dispose()]);
  });
});

describe('sockets waiting to authenticate, per client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WS_PENDING_CONNECTIONS_PER_CLIENT: '3', WS_CONNECTION_INIT_SECONDS: '10' }); // the test app trusts loopback as its proxy
  });
  afterAll(() => t?.close());

  it('refuses the upgrade (429) beyond the cap for that client only, and takes one again once a place is given back', async () => {
    const waiting = await Promise.all(Array.from({ length: 3 }, () => openSocket(t, '203.0.113.9')));
    const refused = await refusedUpgrade(t, '203.0.113.9');
    expect(refused).toEqual({
      status: 429,
      retryAfter: '10',
      body: {
        errors: [
          {
            message: 'Too many connections from this client waiting to authenticate: the limit is 3',
            extensions: { code: 'TOO_MANY_CONNECTIONS' },
          },
        ],
      },
    });
    // Another client behind the same proxy is not held up.
    const other = await openSocket(t, '198.51.100.7');
    expect((await refusedUpgrade(t, '203.0.113.9')).status).toBe(429);

    // A socket that closes gives its place back.
    waiting[0].close();
    await closed(waiting[0]);
    const replacement = await openSocket(t, '203.0.113.9');
    expect((await refusedUpgrade(t, '203.0.113.9')).status).toBe(429);
    for (const socket of [...waiting, replacement, other]) socket.terminate();
  });

  it('counts an IPv6 client by its /64, and a socket whose credentials are accepted no longer as waiting', async () => {
    const admin = await t.client.signUp('Patient Client');
    const organisationId = await t.client.createOrganisation(admin.token);
    const waiting = await Promise.all(
      ['2001:db8:1:2::a', '2001:db8:1:2::b', '2001:db8:1:2:ffff::c'].map((address) => openSocket(t, address)),
    );
    expect((await refusedUpgrade(t, '2001:db8:1:2::d')).status).toBe(429);
    const elsewhere = await openSocket(t, '2001:db8:1:3::a');

    await initialise(waiting[0], { authorization: `Bearer ${admin.token}`, organisationId });
    const next = await openSocket(t, '2001:db8:1:2::e');
    expect((await refusedUpgrade(t, '2001:db8:1:2::f')).status).toBe(429);
    for (const socket of [...waiting, elsewhere, next]) socket.terminate();
  });
});

describe('sockets waiting to authenticate, with no trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WS_PENDING_CONNECTIONS_PER_CLIENT: '2', TRUST_PROXY: 'false' });
  });
  afterAll(() => t?.close());

  it('counts by the socket’s own address, whatever X-Forwarded-For claims', async () => {
    const waiting = await Promise.all(['203.0.113.1', '203.0.113.2'].map((address) => openSocket(t, address)));
    expect((await refusedUpgrade(t, '203.0.113.3')).status).toBe(429);
    for (const socket of waiting) socket.terminate();
  });
});

describe('membership checks on delivery', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('fans one event out to 40 subscriptions with at most one membership lookup per person, and none once known', async () => {
    const admin = await t.client.signUp('Fan-out Admin');
    const organisationId = await t.client.createOrganisation(admin.token);
    const viewer = await t.client.addMember(admin.token, organisationId, 'VIEWER', 'Fan-out Viewer');
    const live = t.app.get(LiveEvents);
    const counter = t.app.get(QueryCounter);
    const as = { token: admin.token, organisationId };
    const createKey = (name: string) =>
      t.client.ok(`mutation($name: String!) { createApiKey(input: { name: $name, role: VIEWER }) { apiKey { id } } }`, { name }, as);

    const sockets = [
      ...Array.from({ length: 3 }, () => client(t, { authorization: `Bearer ${viewer.token}`, organisationId })),
      client(t, { authorization: `Bearer ${admin.token}`, organisationId }),
    ];
    const subscriptions = sockets.flatMap((socket) => Array.from({ length: 10 }, () => subscribe(socket)));
    await until(() => live.subscriberCount(organisationId) === 40, '40 subscriptions');

    const statementsFor = async (name: string, delivered: number) => {
      const before = counter.total;
      await createKey(name);
      await until(() => subscriptions.every((s) => s.events.length >= delivered), `delivery ${delivered}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return counter.total - before;
    };
    const cold = await statementsFor('First', 1);
    const warm = await statementsFor('Second', 2);

    // eslint-disable-next-line @typescript-eslint/await-thenable -- graphql-ws's dispose() may answer a promise (void | Promise<void>): wait for every one
    await Promise.all(sockets.map((s) => s.dispose()));
    await until(() => live.subscriberCount(organisationId) === 0, 'all closed');
    const before = counter.total;
    await createKey('Unheard');
    const alone = counter.total - before;

    // The mutation's own statements, plus at most one lookup for each of the two people.
    expect(cold - alone).toBeGreaterThanOrEqual(0);
    expect(cold - alone).toBeLessThanOrEqual(2);
    expect(warm).toBe(alone);
  });

  it('still stops a removed member at once, while the others keep hearing', async () => {
    const admin = await t.client.signUp('Removing Admin');
    const organisationId = await t.client.createOrganisation(admin.token);
    const viewer = await t.client.addMember(admin.token, organisationId, 'VIEWER', 'Soon Removed');
    const live = t.app.get(LiveEvents);
    const as = { token: admin.token, organisationId };

    const adminSocket = client(t, { authorization: `Bearer ${admin.token}`, organisationId });
    const viewerSocket = client(t, { authorization: `Bearer ${viewer.token}`, organisationId });
    const adminStream = subscribe(adminSocket);
    const viewerStreams = Array.from({ length: 3 }, () => subscribe(viewerSocket));
    await until(() => live.subscriberCount(organisationId) === 4, 'four subscriptions');

    // Warm the cache: the viewer is known as a member.
    await t.client.ok(`mutation { createApiKey(input: { name: "Before", role: VIEWER }) { apiKey { id } } }`, {}, as);
    await until(() => viewerStreams.every((s) => s.events.length === 1) && adminStream.events.length === 1, 'first delivery');

    const members = await t.client.ok(`{ members { edges { node { id user { id } } } } }`, {}, as);
    const membershipId = members.members.edges.find((e: { node: { user: { id: string } } }) => e.node.user.id === viewer.userId).node.id;
    await t.client.ok(`mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }`, { input: { membershipId } }, as);
    await until(() => viewerStreams.every((s) => s.completed), 'the removed member’s streams to end');
    expect(viewerStreams.map((s) => s.events.length)).toEqual([1, 1, 1]);

    await t.client.ok(`mutation { createApiKey(input: { name: "After", role: VIEWER }) { apiKey { id } } }`, {}, as);
    await until(() => adminStream.events.length === 3, 'the admin to hear on');
    expect(viewerStreams.map((s) => s.events.length)).toEqual([1, 1, 1]);
    await Promise.all([adminSocket.dispose(), viewerSocket.dispose()]);
  });

  // Replicas share one database; each keeps its own cache, which the membership event clears in every one.
  (process.env.DATABASE_URL ? it : it.skip)('stops a member removed through another process, whose cache knew them', async () => {
    const secret = randomBytes(32).toString('hex');
    const a = await startTestApp({ JWT_SECRET: secret });
    const b = await startTestApp({ JWT_SECRET: secret }, { databaseUrl: a.config.databaseOwnerUrl! });
    try {
      const admin = await a.client.signUp('Replica Admin');
      const organisationId = await a.client.createOrganisation(admin.token);
      const viewer = await a.client.addMember(admin.token, organisationId, 'VIEWER', 'Replica Viewer');
      const as = { token: admin.token, organisationId };
      const viewerSocket = client(b, { authorization: `Bearer ${viewer.token}`, organisationId });
      const stream = subscribe(viewerSocket);
      await until(() => b.app.get(LiveEvents).subscriberCount(organisationId) === 1, 'the subscription on B');

      await a.client.ok(`mutation { createApiKey(input: { name: "Known", role: VIEWER }) { apiKey { id } } }`, {}, as);
      await until(() => stream.events.length === 1, 'the first delivery on B');

      const members = await a.client.ok(`{ members { edges { node { id user { id } } } } }`, {}, as);
      const membershipId = members.members.edges.find((e: { node: { user: { id: string } } }) => e.node.user.id === viewer.userId).node.id;
      await a.client.ok(`mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }`, { input: { membershipId } }, as);
      await until(() => stream.completed, 'B to end the removed member’s stream');
      expect(stream.events).toHaveLength(1);
      await viewerSocket.dispose();
    } finally {
      await b.close();
      await a.close();
    }
  });
});
