import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEFAULT_FANOUT_OPTIONS, EventListener } from '@app/history';
import { startWorker } from '../../apps/worker/src/start-worker';
import { WebhookReceiver } from '../integration/webhook-receiver';
import { serverUrl } from '../support/databases';
import { TcpProxy } from '../support/tcp-proxy.mjs';
import { sql, startTestApp, type TestApp } from '../support/test-app';

/**
 * The database lost and back, under load: the API and a worker reach PostgreSQL through a TCP
 * proxy this test controls (never by stopping the server the rest of the suite shares), which
 * first refuses (connections reset, new ones refused) and then blackholes (every byte dropped, new
 * connections accepted and never answered) for CUT_MS each. Requests must be answered in bounded
 * time, 200 or 503 DATABASE_UNAVAILABLE, none hanging; readiness must fail during the loss and
 * pass after; the server must recover by itself; an open subscription must get what was written
 * meanwhile (straight into the database, past the proxy) once each and in order; the worker must
 * deliver the webhooks those writes queued.
 */
const onPostgres = serverUrl() !== null;
const describePostgres = onPostgres ? describe : describe.skip;

/** How long each loss lasts (DATABASE_LOSS_CUT_MS; bench/faults/database-loss.mjs runs ten seconds). */
const CUT_MS = Number(process.env.DATABASE_LOSS_CUT_MS ?? 3000);
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 1500;
/** The longest any request may take: a statement's answer awaited past its timeout (1 s grace), then a connect, then slack. */
const ANSWER_BOUND_MS = STATEMENT_TIMEOUT_MS + 1000 + CONNECT_TIMEOUT_MS + 1000;
/** A request not answered in this long counts as hung. */
const HANG_MS = 10_000;
const LOADERS = 4;
/** The event types the webhook endpoint asks for: the tasks made through the API and the ticks written past it. */
const WANTED = ['TASK_CREATED', 'CHECKLIST_ITEM_TICKED'];

const ENV = {
  DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
  DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
  // Every live delivery asks the database whether the subscriber is still a member, so one comes right after the loss.
  MEMBERSHIP_CACHE_SECONDS: '0',
  WEBHOOK_DELIVERY: 'worker',
  WEBHOOK_ALLOWED_DESTINATIONS: '127.0.0.1/32',
  WEBHOOK_RETRY_SCALE: '0.0002',
  WEBHOOK_TIMEOUT_SECONDS: '5',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, what: () => string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await sleep(20);
  }
}

interface Answer {
  /** Milliseconds since the test began, at sending. */
  at: number;
  ms: number;
  status: number | 'hung' | 'network';
  code?: string;
  message?: string;
  retryAfter?: string | null;
}

/** A few clients sending a query that reads the database, one after another each, keeping every answer. */
class Load {
  readonly answers: Answer[] = [];
  private running = true;
  private readonly loops: Array<Promise<void>>;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
    private readonly body: string,
    private readonly t0: number,
  ) {
    this.loops = Array.from({ length: LOADERS }, () => this.loop());
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const sent = Date.now();
      const answer: Answer = { at: sent - this.t0, ms: 0, status: 'network' };
      try {
        const response = await fetch(this.url, {
          method: 'POST',
          headers: this.headers,
          body: this.body,
          signal: AbortSignal.timeout(HANG_MS),
        });
        const json = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
        answer.status = response.status;
        answer.code = json.errors?.[0]?.extensions?.code;
        answer.message = json.errors?.[0]?.message;
        answer.retryAfter = response.headers.get('retry-after');
      } catch (error) {
        answer.status = (error as Error).name === 'TimeoutError' ? 'hung' : 'network';
      }
      answer.ms = Date.now() - sent;
      this.answers.push(answer);
      // Pauses a moment after a refusal, as a client that backs off would, so the log stays readable.
      if (answer.status !== 200) await sleep(20);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }
}

/** GET /health/ready every 100 ms: when it was asked, how long it took, and what it said. */
class ReadinessProbe {
  readonly answers: Array<{ at: number; ms: number; status: number | 'network' }> = [];
  private running = true;
  private readonly loop: Promise<void>;

  constructor(url: string, t0: number) {
    this.loop = (async () => {
      while (this.running) {
        const at = Date.now() - t0;
        try {
          const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(HANG_MS) });
          await response.arrayBuffer();
          this.answers.push({ at, ms: Date.now() - t0 - at, status: response.status });
        } catch {
          this.answers.push({ at, ms: Date.now() - t0 - at, status: 'network' });
        }
        await sleep(100);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}

interface Delivered {
  id: string;
  sequence: number;
  type: string;
}

describePostgres(
  'the database lost and back under load (PostgreSQL; the embedded database runs inside the server, so it cannot be lost apart from it)',
  () => {
    let proxy: TcpProxy;
    let t: TestApp;
    let worker: { close(): Promise<void> };
    let receiver: WebhookReceiver;
    let subscriber: Client;
    const delivered: Delivered[] = [];
    /** The reminders the same person's notificationAdded subscription received. */
    const reminders: Array<{ id: string; title: string }> = [];
    const subscriptionErrors: unknown[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    let organisationId: string;
    let programmeId: string;
    let as: { token: string; organisationId: string };
    let userId: string;
    /** How many of the programme's events came before the subscription started. */
    let earlier = 0;

    beforeAll(async () => {
      process.on('unhandledRejection', onUnhandled);
      const target = new URL(serverUrl()!);
      proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      await proxy.listen();
      t = await startTestApp(ENV, { connectThrough: (url) => proxy.through(url) });
      worker = await startWorker(t.config);
      receiver = new WebhookReceiver([]);
      await receiver.start();

      const admin = await t.client.signUp('Admin');
      organisationId = await t.client.createOrganisation(admin.token, 'Riverside Council');
      as = { token: admin.token, organisationId };
      const { createWebhookEndpoint } = await t.client.ok(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        { input: { url: receiver.url, eventTypes: WANTED } },
        as,
      );
      receiver.secrets = [createWebhookEndpoint.secret];
      programmeId = (await t.client.ok(`mutation { createProgramme(input: { name: "Safer streets" }) { id } }`, {}, as)).createProgramme.id;

      subscriber = createClient({
        url: t.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${admin.token}`, organisationId },
        // Any close of the socket fails the test: the subscription must live through the loss.
        retryAttempts: 0,
        lazy: false,
      });
      subscriber.subscribe(
        { query: `subscription($id: ID!) { programmeEvents(programmeId: $id) { id sequence type } }`, variables: { id: programmeId } },
        {
          next: (message) => {
            if (message.errors) subscriptionErrors.push(message.errors);
            else delivered.push((message.data as { programmeEvents: Delivered }).programmeEvents);
          },
          error: (error) => subscriptionErrors.push(error),
          complete: () => subscriptionErrors.push('completed'),
        },
      );
      subscriber.subscribe(
        { query: `subscription { notificationAdded { id title } }` },
        {
          next: (message) => {
            if (message.errors) subscriptionErrors.push(message.errors);
            else reminders.push((message.data as { notificationAdded: { id: string; title: string } }).notificationAdded);
          },
          error: (error) => subscriptionErrors.push(error),
          complete: () => subscriptionErrors.push('completed'),
        },
      );
      userId = admin.userId;
      // graphql-ws says nothing once a subscription has started, and an event committed before it
      // started is not sent: a task is added each second until one arrives (on a loaded machine the
      // first can come too early), and the run counts from the first event delivered.
      for (let attempt = 1; !delivered.length; attempt++) {
        if (attempt > 15 || subscriptionErrors.length) {
          throw new Error(`the subscription did not start: ${JSON.stringify(subscriptionErrors)}`);
        }
        await addTask(`before any loss (${attempt})`);
        await until(
          () => delivered.length > 0,
          () => 'a first event',
          1_000,
        ).catch(() => undefined);
      }
      earlier = (await stored()).findIndex((row) => row.id === delivered[0].id);
      expect(earlier).toBeGreaterThanOrEqual(0);
    });

    afterAll(async () => {
      await subscriber?.dispose();
      await worker?.close();
      await t?.close();
      await receiver?.stop();
      await proxy?.close();
      process.off('unhandledRejection', onUnhandled);
    });

    const addTask = (title: string) =>
      t.client.ok(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
        { input: { programmeId, title, step: 'MAP' } },
        as,
      );

    /** An event written straight into the database as its owner, past the proxy, as another API process would while this one is cut off. */
    async function writeDirectly(key: string): Promise<void> {
      const [row] = await sql<{ id: string }>(
        t,
        `WITH s AS (
         INSERT INTO event_sequence (organisation_id, programme_id, last_sequence) VALUES ($1, $2, 1)
         ON CONFLICT (organisation_id, programme_id) DO UPDATE SET last_sequence = event_sequence.last_sequence + 1
         RETURNING last_sequence)
       INSERT INTO event (organisation_id, programme_id, sequence, actor_type, type, payload)
       SELECT $1, $2, s.last_sequence, 'SYSTEM', 'CHECKLIST_ITEM_TICKED', $3::jsonb FROM s
       RETURNING id::text AS id`,
        [organisationId, programmeId, JSON.stringify({ programmeId, itemId: randomUUID(), key, step: 'MAP', cycle: 1 })],
      );
      await sql(t, `SELECT pg_notify('coprod_events', $1)`, [row.id]);
    }

    /**
     * A reminder for the subscriber made straight in the database, with its personal signal, as the
     * worker's digest does: the signal is lost with the listener's connection, so the stream must re-read.
     */
    async function remindDirectly(title: string): Promise<void> {
      const [row] = await sql<{ id: string }>(
        t,
        `INSERT INTO notification (organisation_id, user_id, kind, subject_id, programme_id, title, for_date)
       VALUES ($1, $2, 'TASK_DUE_TOMORROW', $3, $4, $5, current_date) RETURNING id::text AS id`,
        [organisationId, userId, randomUUID(), programmeId, title],
      );
      const signal = { userId, organisationId, kind: 'NOTIFICATION', id: row.id };
      await sql(t, `SELECT pg_notify('coprod_personal', $1)`, [JSON.stringify(signal)]);
    }

    /** The programme's events in the database, in sequence order. */
    const stored = () =>
      sql<{ id: string; sequence: number; type: string }>(
        t,
        `SELECT id::text AS id, sequence, type FROM event WHERE programme_id = $1 ORDER BY sequence`,
        [programmeId],
      );

    async function loseAndRecover(lose: () => Promise<void> | void) {
      // Start from a server that says it is ready: on a loaded machine a check may have timed out
      // (CONNECT_TIMEOUT_MS) just before, and readiness stays down until the next check passes.
      await until(
        async () => (await fetch(`${t.url}/health/ready`, { signal: AbortSignal.timeout(HANG_MS) }).catch(() => null))?.status === 200,
        () => 'the server to be ready before the database is lost',
      );
      const t0 = Date.now();
      const load = new Load(
        `${t.url}/graphql`,
        { 'content-type': 'application/json', authorization: `Bearer ${as.token}`, 'x-organisation-id': organisationId },
        JSON.stringify({ query: `query($id: ID!) { programme(id: $id) { id name } }`, variables: { id: programmeId } }),
        t0,
      );
      const readiness = new ReadinessProbe(t.url, t0);
      await sleep(300);
      const cutAt = Date.now() - t0;
      await lose();
      await sleep(CUT_MS / 2);
      await writeDirectly(`during ${proxy.mode}`);
      await writeDirectly(`during ${proxy.mode}, again`);
      await remindDirectly(`during ${proxy.mode}`);
      await sleep(CUT_MS / 2);
      const restoredAt = Date.now() - t0;
      await proxy.restore();
      // Recovered: the next requests and readiness succeed, with nothing but time.
      await until(
        () =>
          load.answers.some((a) => a.at > restoredAt && a.status === 200) &&
          readiness.answers.some((a) => a.at > restoredAt && a.status === 200),
        () => `a request and readiness to succeed again (last answers ${JSON.stringify(load.answers.slice(-4))})`,
      );
      await addTask(`after ${lose.name}`);
      await sleep(300);
      await load.stop();
      await readiness.stop();
      return { load: load.answers, readiness: readiness.answers, cutAt, restoredAt };
    }

    function expectBoundedAnswers(answers: Answer[], cutAt: number, restoredAt: number) {
      expect(answers.filter((a) => a.status === 'hung' || a.status === 'network')).toEqual([]);
      expect(answers.filter((a) => a.ms > ANSWER_BOUND_MS)).toEqual([]);
      const refused = answers.filter((a) => a.status !== 200);
      for (const answer of refused) {
        expect({ status: answer.status, code: answer.code, message: answer.message, retryAfter: answer.retryAfter }).toEqual({
          status: 503,
          code: 'DATABASE_UNAVAILABLE',
          message: 'The database cannot be reached just now; try again in a few seconds.',
          retryAfter: '2',
        });
      }
      // Before the loss all went through; during it, the database was really missed.
      expect(answers.filter((a) => a.at + a.ms < cutAt && a.status !== 200)).toEqual([]);
      expect(answers.filter((a) => a.at >= cutAt && a.at < restoredAt && a.status === 503).length).toBeGreaterThan(0);
    }

    function expectReadiness(answers: Array<{ at: number; ms: number; status: number | 'network' }>, cutAt: number, restoredAt: number) {
      // Answered before the loss, as for the load: a probe sent just before it may run its check just after.
      expect(answers.filter((a) => a.at + a.ms < cutAt && a.status !== 200)).toEqual([]);
      expect(answers.filter((a) => a.at > cutAt && a.at < restoredAt && a.status === 503).length).toBeGreaterThan(0);
      expect(answers.at(-1)).toMatchObject({ status: 200 });
    }

    /** The subscriber got every event of the programme, once each and in order, with no error. */
    async function expectEverythingDelivered() {
      const rows = (await stored()).slice(earlier);
      await until(
        () => delivered.length >= rows.length || subscriptionErrors.length > 0,
        () => `${rows.length} events on the subscription (have ${delivered.map((d) => d.sequence).join(', ')})`,
      );
      await sleep(200); // room for a duplicate to show
      expect(subscriptionErrors).toEqual([]);
      expect(delivered.map((d) => d.sequence)).toEqual(rows.map((r) => r.sequence));
      expect(delivered.map((d) => d.id)).toEqual(rows.map((r) => r.id));
      // Personal signals are not replayed: the stream re-read what was made while the live connection was down.
      const made = await sql<{ id: string; title: string }>(
        t,
        `SELECT id::text AS id, title FROM notification WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      );
      await until(
        () => reminders.length >= made.length,
        () => `${made.length} reminders (have ${JSON.stringify(reminders)})`,
      );
      expect(reminders).toEqual(made);
    }

    it('refused: requests fail fast with 503 DATABASE_UNAVAILABLE, readiness fails, and everything comes back by itself', async () => {
      const run = await loseAndRecover(async function refused() {
        await proxy.refuse();
      });
      expectBoundedAnswers(run.load, run.cutAt, run.restoredAt);
      expectReadiness(run.readiness, run.cutAt, run.restoredAt);
      await expectEverythingDelivered();
      expect(unhandled).toEqual([]);
    });

    it('blackholed: nothing hangs past its timeouts, readiness fails, and everything comes back by itself', async () => {
      const run = await loseAndRecover(function blackholed() {
        proxy.blackhole();
      });
      expectBoundedAnswers(run.load, run.cutAt, run.restoredAt);
      expectReadiness(run.readiness, run.cutAt, run.restoredAt);
      await expectEverythingDelivered();
      expect(unhandled).toEqual([]);
    });

    it('the worker lived through both and sent every webhook the writes queued, once each, in order', async () => {
      const rows = (await stored()).filter((r) => WANTED.includes(r.type));
      await until(
        () => receiver.unique().length >= rows.length,
        () => `${rows.length} webhooks (have ${receiver.unique().length})`,
        20_000,
      );
      expect(receiver.unverified).toEqual([]);
      expect(receiver.unique().map((r) => r.body.sequence)).toEqual(rows.map((r) => r.sequence));
      expect(unhandled).toEqual([]);
    });

    it('a listening connection gone silent is found by its heartbeat, not left deaf until the network says so', async () => {
      const quiet = new TcpProxy({ host: proxy.target.host, port: proxy.target.port });
      await quiet.listen();
      const logged: string[] = [];
      const log = { log: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
      const listener = new EventListener(quiet.through(t.config.databaseUrl!), () => undefined, log, {
        ...DEFAULT_FANOUT_OPTIONS,
        firstDelayMs: 50,
        heartbeatMs: 200,
        queryTimeoutMs: 300,
      });
      try {
        await listener.start();
        await listener.whenListening();
        quiet.blackhole();
        // Nothing reaches the client while blackholed: only its own unanswered SELECT 1 can tell.
        await until(
          () => !listener.isListening,
          () => 'the heartbeat to find the connection silent',
          3000,
        );
        expect(quiet.mode).toBe('blackhole');
        await quiet.restore();
        await listener.whenListening();
        expect(listener.connections).toBe(2);
        expect(logged.some((line) => /live events connection lost/.test(line))).toBe(true);
      } finally {
        await listener.stop();
        await quiet.close();
      }
    });
  },
);
