import { randomBytes, randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { type EventEntity, EventFanout, HistoryService, LiveEvents, LISTENER_APPLICATION_NAME, type NewEvent } from '@app/history';
import { serverUrl } from '../support/databases';
import { startTestApp, type TestApp, sql } from '../support/test-app';

/**
 * Live events reach subscribers once, in order, only after commit. On PostgreSQL (DATABASE_URL
 * set) two API processes share one database: changes go through A, subscribers listen on B,
 * and B hears them through LISTEN/NOTIFY. On the embedded database (one process by design) the
 * same assertions run through a single app.
 */
const onPostgres = serverUrl() !== null;
const describePostgres = onPostgres ? describe : describe.skip;

interface Delivered {
  id: string;
  type: string;
  programmeId: string | null;
  sequence: number | null;
  payload: Record<string, unknown>;
}

/** Replicas share the signing secret, so a token issued by A is good on B. */
const REPLICA_ENV = { JWT_SECRET: randomBytes(32).toString('hex') };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, what: string | (() => string), timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(10);
  }
}

/** A graphql-ws subscriber to `historyEvents` that keeps everything it receives. */
class Subscriber {
  readonly events: Delivered[] = [];
  readonly errors: unknown[] = [];
  private readonly client: Client;

  constructor(
    private readonly t: TestApp,
    readonly organisationId: string,
    token: string,
  ) {
    this.client = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}`, organisationId },
      retryAttempts: 0,
      lazy: false,
    });
    this.client.subscribe(
      { query: `subscription { historyEvents { id type programmeId sequence payload } }` },
      {
        next: (message) => {
          if (message.errors) this.errors.push(message.errors);
          else this.events.push((message.data as { historyEvents: Delivered }).historyEvents);
        },
        error: (error) => this.errors.push(error),
        complete: () => undefined,
      },
    );
  }

  /** Resolves once the server has registered `count` subscribers (this one included) for the organisation. */
  async ready(count: number): Promise<void> {
    const live = this.t.app.get(LiveEvents);
    await until(() => live.subscriberCount(this.organisationId) >= count || this.errors.length > 0, 'the subscription to start');
    expect(this.errors).toEqual([]);
  }

  async received(count: number): Promise<Delivered[]> {
    await until(
      () => this.events.length >= count || this.errors.length > 0,
      () => `${count} events (have ${this.events.map((e) => e.type).join(', ')})`,
    );
    expect(this.errors).toEqual([]);
    return this.events;
  }

  close(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

function systemContext(organisationId: string): RequestContext {
  const ctx = RequestContext.system('live-fanout-test');
  ctx.organisationId = organisationId;
  return ctx;
}

/** A bare programme row, enough for events with a per-programme sequence. */
async function createProgramme(t: TestApp, organisationId: string): Promise<string> {
  const ctx = systemContext(organisationId);
  return t.app.get(Database).transaction(ctx, async (em) => {
    const rows = (await em.query(
      `INSERT INTO programme (organisation_id, name, status, current_step, template_version, template_snapshot, version)
       VALUES ($1, 'Live programme', 'ACTIVE', 'MAP', 1, '{}', 1) RETURNING id`,
      [organisationId],
    )) as Array<{ id: string }>;
    return rows[0].id;
  });
}

/**
 * A catalogued event with a text field to carry a marker, its payload as its schema allows (record refuses any other):
 * a programme's checklist tick (the marker as its key), or the organisation's new API key (as its name).
 */
const eventFor = (marker: string, programmeId?: string): NewEvent =>
  programmeId
    ? { type: 'CHECKLIST_ITEM_TICKED', programmeId, payload: { programmeId, itemId: randomUUID(), key: marker, step: 'MAP', cycle: 1 } }
    : { type: 'API_KEY_CREATED', payload: { apiKeyId: randomUUID(), name: marker, role: 'VIEWER' } };

/** Writes one event, told apart by its marker, in its own committed transaction, as a service would. */
function record(t: TestApp, organisationId: string, marker: string, programmeId?: string): Promise<EventEntity> {
  const ctx = systemContext(organisationId);
  return t.app.get(Database).transaction(ctx, () => t.app.get(HistoryService).record(ctx, eventFor(marker, programmeId)));
}

/** The markers: a tick's key, a key's name, or what a raw insert (openWriter) wrote. */
const markers = (events: ReadonlyArray<{ payload: unknown }>) =>
  events.map((e) => {
    const payload = e.payload as { key?: string; name?: string; marker?: string };
    return payload.key ?? payload.name ?? payload.marker;
  });

describe(`live events ${onPostgres ? 'across two API processes on one PostgreSQL' : 'in the one process of the embedded database'}`, () => {
  let a: TestApp;
  let b: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    a = await startTestApp(REPLICA_ENV);
    b = onPostgres ? await startTestApp(REPLICA_ENV, { databaseUrl: a.config.databaseOwnerUrl! }) : a;
  });
  afterAll(async () => {
    if (b && b !== a) await b.close();
    await a?.close();
    process.off('unhandledRejection', onUnhandled);
  });
  afterEach(() => expect(unhandled).toEqual([]));

  it('uses NOTIFY on PostgreSQL and the in-process publish on the embedded database', () => {
    for (const t of new Set([a, b])) {
      const fanout = t.app.get(EventFanout);
      expect(fanout.crossProcess).toBe(onPostgres);
      expect(fanout.listener?.isListening ?? false).toBe(onPostgres);
    }
    if (onPostgres) expect(a.config.databaseUrl).toBe(b.config.databaseUrl);
  });

  it("delivers the changes made through A to B's subscriber once each, in order, and nothing rolled back", async () => {
    const admin = await a.client.signUp('Admin');
    const organisationId = await a.client.createOrganisation(admin.token);
    const as = { token: admin.token, organisationId };

    const onB = new Subscriber(b, organisationId, admin.token);
    await onB.ready(1);
    // A subscriber on A too: with NOTIFY, A must not also publish after commit (each event once).
    const onA = new Subscriber(a, organisationId, admin.token);
    await onA.ready(b === a ? 2 : 1);

    await a.client.ok(`mutation { createApiKey(input: { name: "Intranet", role: VIEWER }) { apiKey { id } } }`, {}, as);
    // A transaction that writes an event (and its NOTIFY) and then fails is rolled back: nobody hears of it.
    const ctx = systemContext(organisationId);
    await expect(
      a.app.get(Database).transaction(ctx, async () => {
        await a.app.get(HistoryService).record(ctx, eventFor('ROLLED_BACK'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await a.client.ok(`mutation { inviteMember(input: { email: "someone@example.org", role: VIEWER }) { token } }`, {}, as);
    await a.client.ok(`mutation { createApiKey(input: { name: "Dashboard", role: VIEWER }) { apiKey { id } } }`, {}, as);
    await a.client.ok(`mutation { createApiKey(input: { name: "Reports", role: VIEWER }) { apiKey { id } } }`, {}, as);

    const expected = [
      ['API_KEY_CREATED', 'Intranet'],
      ['INVITATION_CREATED', null],
      ['API_KEY_CREATED', 'Dashboard'],
      ['API_KEY_CREATED', 'Reports'],
    ];
    for (const subscriber of [onB, onA]) {
      await subscriber.received(expected.length);
    }
    await sleep(300); // room for a duplicate or a rolled-back event to show up
    for (const subscriber of [onB, onA]) {
      expect(subscriber.events.map((e) => [e.type, e.payload.name ?? null])).toEqual(expected);
      expect(new Set(subscriber.events.map((e) => e.id)).size).toBe(expected.length);
    }
    const [committed] = (await sql(a, `SELECT count(*)::int AS n FROM event WHERE payload->>'name' = 'ROLLED_BACK'`)) as Array<{
      n: number;
    }>;
    expect(committed.n).toBe(0);
    await onA.close();
    await onB.close();
  });

  it("streams one programme's events to B in sequence order, once each, from concurrent writers on A", async () => {
    const admin = await a.client.signUp('Programme admin');
    const organisationId = await a.client.createOrganisation(admin.token);
    const programmeId = await createProgramme(a, organisationId);
    const otherProgrammeId = await createProgramme(a, organisationId);
    const stranger = await a.client.signUp('Stranger');
    const strangerOrganisation = await a.client.createOrganisation(stranger.token);

    const live = b.app.get(LiveEvents);
    const count = 12;
    const received: EventEntity[] = [];
    const stream = live.streamProgramme(organisationId, programmeId, async () => true);
    // The same programme id under another organisation hears nothing.
    const elsewhere = live.streamProgramme(strangerOrganisation, programmeId, async () => true);
    const strayed: EventEntity[] = [];
    void (async () => {
      for await (const event of elsewhere) strayed.push(event);
    })();
    const reading = (async () => {
      for await (const event of stream) {
        received.push(event);
        if (received.length === count) break;
      }
    })();
    expect(live.subscriberCount(organisationId, programmeId)).toBe(1);

    // Concurrent transactions: the programme row lock orders them; the other programme and
    // organisation-level events interleave.
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        Promise.all([
          record(a, organisationId, `STEP_${i}`, programmeId),
          record(a, organisationId, `OTHER_${i}`, otherProgrammeId),
          record(a, organisationId, `ORGANISATION_${i}`),
        ]),
      ),
    );
    await reading;
    expect(received.map((e) => e.sequence)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(received.every((e) => e.programmeId === programmeId && e.organisationId === organisationId)).toBe(true);
    expect(new Set(received.map((e) => e.id)).size).toBe(count);
    // The stream detached when the reader stopped.
    expect(live.subscriberCount(organisationId, programmeId)).toBe(0);
    await sleep(100);
    expect(strayed).toEqual([]);
    await elsewhere.return!();
  });
});

describePostgres('the LISTEN connection (PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let raw: pg.Client;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    a = await startTestApp(REPLICA_ENV);
    b = await startTestApp(REPLICA_ENV, { databaseUrl: a.config.databaseOwnerUrl! });
    raw = new pg.Client({ connectionString: a.config.databaseOwnerUrl! });
    await raw.connect();
  });
  afterAll(async () => {
    await raw?.end();
    await b?.close();
    await a?.close();
    process.off('unhandledRejection', onUnhandled);
  });
  afterEach(() => expect(unhandled).toEqual([]));

  /** Opens a transaction on its own connection that writes one event and NOTIFYs; commit() later. */
  async function openWriter(organisationId: string, marker: string): Promise<{ id: string; commit: () => Promise<void> }> {
    const client = new pg.Client({ connectionString: a.config.databaseOwnerUrl! });
    await client.connect();
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO event (organisation_id, actor_type, type, payload) VALUES ($1, 'SYSTEM', 'ORGANISATION_UPDATED', $2) RETURNING id::text`,
      [organisationId, { marker }],
    );
    await client.query(`SELECT pg_notify('coprod_events', $1)`, [rows[0].id]);
    return {
      id: rows[0].id,
      commit: async () => {
        await client.query('COMMIT');
        await client.end();
      },
    };
  }

  async function newOrganisation(): Promise<{ organisationId: string; token: string }> {
    const admin = await a.client.signUp('Admin');
    return { organisationId: await a.client.createOrganisation(admin.token), token: admin.token };
  }

  it('delivers in commit order when ids commit out of order', async () => {
    const { organisationId, token } = await newOrganisation();
    const onB = new Subscriber(b, organisationId, token);
    await onB.ready(1);

    const slow = await openWriter(organisationId, 'SLOW'); // takes the smaller id, commits last
    const fast = await record(a, organisationId, 'FAST');
    expect(BigInt(fast.id)).toBeGreaterThan(BigInt(slow.id));
    await onB.received(1);
    await slow.commit();
    await onB.received(2);
    await sleep(200);
    expect(markers(onB.events)).toEqual(['FAST', 'SLOW']);
    await onB.close();
  });

  it('reconnects after its backend is terminated and re-reads what committed meanwhile, once, even below the last id seen', async () => {
    const { organisationId, token } = await newOrganisation();
    const programmeId = await createProgramme(a, organisationId);
    const onB = new Subscriber(b, organisationId, token);
    await onB.ready(1);
    const programmeStream = b.app.get(LiveEvents).streamProgramme(organisationId, programmeId, async () => true);
    const programmeEvents: EventEntity[] = [];
    const readingProgramme = (async () => {
      for await (const event of programmeStream) {
        programmeEvents.push(event);
        if (programmeEvents.length === 3) break;
      }
    })();

    const listener = b.app.get(EventFanout).listener!;
    const connectionsBefore = listener.connections;
    const slow = await openWriter(organisationId, 'SLOW'); // smaller id, commits during the outage
    await record(a, organisationId, 'BEFORE');
    await record(a, organisationId, 'STEP_1', programmeId);
    await onB.received(2);

    // Hold the reconnection back long enough to make changes while B is deaf.
    listener.options.firstDelayMs = 1500;
    const pid = listener.backendPid;
    expect(pid).not.toBeNull();
    const { rows } = await raw.query<{ terminated: boolean }>(
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE pid = $1 AND application_name = $2`,
      [pid, LISTENER_APPLICATION_NAME],
    );
    expect(rows).toEqual([{ terminated: true }]);
    await until(() => !listener.isListening, 'the listener to notice');

    await slow.commit();
    await record(a, organisationId, 'DURING');
    await record(a, organisationId, 'STEP_2', programmeId);
    expect(listener.isListening).toBe(false); // these really committed during the outage

    await listener.whenListening();
    expect(listener.connections).toBe(connectionsBefore + 1);
    await record(a, organisationId, 'AFTER');
    await record(a, organisationId, 'STEP_3', programmeId);
    await onB.received(7);
    await readingProgramme;
    await sleep(300);

    const types = markers(onB.events);
    expect(types.slice(0, 2)).toEqual(['BEFORE', 'STEP_1']);
    // Re-read in id order after the reconnect: SLOW's id is below the last one seen before the outage.
    expect(types.slice(2, 5)).toEqual(['SLOW', 'DURING', 'STEP_2']);
    expect(types.slice(5)).toEqual(['AFTER', 'STEP_3']);
    expect(new Set(onB.events.map((e) => e.id)).size).toBe(7);
    expect(programmeEvents.map((e) => [markers([e])[0], e.sequence])).toEqual([
      ['STEP_1', 1],
      ['STEP_2', 2],
      ['STEP_3', 3],
    ]);
    await onB.close();
  });

  it('closes its LISTEN connection when the application shuts down', async () => {
    const listeners = async () => {
      const { rows } = await raw.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [LISTENER_APPLICATION_NAME],
      );
      return rows[0].n;
    };
    const before = await listeners();
    const c = await startTestApp(REPLICA_ENV, { databaseUrl: a.config.databaseOwnerUrl! });
    expect(await listeners()).toBe(before + 1);
    const listener = c.app.get(EventFanout).listener!;
    await c.close();
    expect(listener.isListening).toBe(false);
    await until(async () => (await listeners()) === before, 'the LISTEN connection to close');
  });
});
