import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { startWorker, stopWorker } from '../../apps/worker/src/start-worker';
import { DnsResponder } from '../support/dns-responder';
import { serverUrl } from '../support/databases';
import type { As, GraphqlError } from '../support/graphql-client';
import { createProgramme, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { sql, startTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver } from './webhook-receiver';

/**
 * Webhooks end to end: a receiver started here verifies every delivery with the standardwebhooks
 * package, while the API (or, on PostgreSQL, worker processes) sends what the outbox owes.
 */
const onPostgres = serverUrl() !== null;
const describePostgres = onPostgres ? describe : describe.skip;

/** The receivers listen on 127.0.0.1, which only this allow-list lets a webhook reach; retries run 5,000 times faster. */
const ENV = { WEBHOOK_ALLOWED_DESTINATIONS: '127.0.0.1/32', WEBHOOK_RETRY_SCALE: '0.0002', WEBHOOK_TIMEOUT_SECONDS: '5' };

const ENDPOINT = `id url eventTypes active disabledReason failingSince previousSecretValidUntil version`;
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT} } } }`;
const TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;

/** The refusal's code and, field by field, what it says. */
const refusal = (error: GraphqlError) => ({
  code: error.extensions?.code,
  fields: Object.fromEntries((error.extensions?.fields ?? []).map((f) => [f.field, f.message])),
});

interface Endpoint {
  id: string;
  url: string;
  active: boolean;
  disabledReason: string | null;
  failingSince: string | null;
  version: number;
}

/** Asks `check` until it holds, or fails after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not so after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhooks: signed deliveries from the outbox', () => {
  let t: TestApp;
  let dns: DnsResponder;

  beforeAll(async () => {
    dns = new DnsResponder();
    const dnsServer = await dns.start();
    t = await startTestApp({ ...ENV, WEBHOOK_DELIVERY: 'in-process', WEBHOOK_DNS_SERVERS: dnsServer });
  });
  afterAll(async () => {
    await t.close();
    await dns.stop();
  });

  async function register(as: As, receiver: WebhookReceiver, eventTypes: string[]): Promise<Endpoint> {
    const { createWebhookEndpoint } = await t.client.ok(CREATE, { input: { url: receiver.url, eventTypes } }, as);
    receiver.secrets = [createWebhookEndpoint.secret];
    return createWebhookEndpoint.endpoint;
  }

  const task = (as: As, programmeId: string, title: string) => t.client.ok(TASK, { input: { programmeId, title, step: 'MAP' } }, as);

  const endpointNow = async (as: As, id: string) =>
    (await t.client.ok(`query($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT} } }`, { id }, as)).webhookEndpoint as Endpoint;

  /** Checks that each programme's events arrived in the order of its history, with no event twice. */
  function expectInOrderPerProgramme(receiver: WebhookReceiver): void {
    const last = new Map<string, number>();
    for (const { body } of receiver.unique()) {
      if (!body.programmeId) continue;
      expect(body.sequence!).toBeGreaterThan(last.get(body.programmeId) ?? 0);
      last.set(body.programmeId, body.sequence!);
    }
  }

  describe('endpoints', () => {
    let org: Organisation;
    let other: Organisation;
    let receiver: WebhookReceiver;

    beforeAll(async () => {
      org = await organisationWithRoles(t, 'Riverside Council');
      other = await organisationWithRoles(t, 'Hillside Council');
      receiver = new WebhookReceiver([]);
      await receiver.start();
    });
    afterAll(() => receiver.stop());

    it('are an ADMIN’s to register, with a secret shown once; other roles and organisations are refused', async () => {
      const { createWebhookEndpoint } = await t.client.ok(
        CREATE,
        { input: { url: receiver.url, eventTypes: ['TASK_CREATED'], description: 'Intranet board' } },
        org.as.ADMIN,
      );
      expect(createWebhookEndpoint.secret).toMatch(/^whsec_/);
      expect(createWebhookEndpoint.endpoint).toMatchObject({
        url: receiver.url,
        eventTypes: ['TASK_CREATED'],
        active: true,
        disabledReason: null,
      });
      const listed = await t.client.ok(`{ webhookEndpoints { id } }`, {}, org.as.ADMIN);
      expect(listed.webhookEndpoints).toEqual([{ id: createWebhookEndpoint.endpoint.id }]);
      // The secret is never shown again.
      expect((await t.client.fails(`{ webhookEndpoints { secret } }`, {}, org.as.ADMIN)).message).toMatch(/Cannot query field "secret"/);
      for (const role of ['PROGRAMME_MANAGER', 'CONSULTANT', 'VIEWER'] as const) {
        expect(refusal(await t.client.fails(`{ webhookEndpoints { id } }`, {}, org.as[role])).code).toBe('FORBIDDEN');
      }
      const elsewhere = await t.client.fails(
        `query($id: ID!) { webhookEndpoint(id: $id) { id } }`,
        { id: createWebhookEndpoint.endpoint.id },
        other.as.ADMIN,
      );
      expect(refusal(elsewhere).code).toBe('NOT_FOUND');
      expect((await t.client.ok(`{ webhookEndpoints { id } }`, {}, other.as.ADMIN)).webhookEndpoints).toEqual([]);
    });

    it('name the field at fault: an unknown event type, no type at all, a URL that is not one', async () => {
      const bad = async (input: Record<string, unknown>) => refusal(await t.client.fails(CREATE, { input }, org.as.ADMIN)).fields;
      expect(await bad({ url: receiver.url, eventTypes: ['NOT_A_TYPE'] })).toEqual({
        'input.eventTypes': 'must each be an event type (historyEventTypes lists them)',
      });
      expect(Object.keys(await bad({ url: receiver.url, eventTypes: [] }))).toEqual(['input.eventTypes']);
      expect(Object.keys(await bad({ url: 'ftp://example.org/x', eventTypes: ['TASK_CREATED'] }))).toEqual(['input.url']);
    });

    it('refuse loopback, private, link-local and cloud-metadata destinations unless allowed', async () => {
      for (const url of [
        'http://10.0.0.5/hooks',
        'http://192.168.1.20/hooks',
        'http://[::1]:8080/hooks',
        'http://127.0.0.2/hooks',
        'http://169.254.169.254/latest',
      ]) {
        const refused = refusal(await t.client.fails(CREATE, { input: { url, eventTypes: ['TASK_CREATED'] } }, org.as.ADMIN));
        expect([url, refused.code, Object.keys(refused.fields)]).toEqual([url, 'BAD_USER_INPUT', ['input.url']]);
      }
      const metadata = await t.client.fails(
        CREATE,
        { input: { url: 'http://169.254.169.254/latest', eventTypes: ['TASK_CREATED'] } },
        org.as.ADMIN,
      );
      expect(refusal(metadata).fields['input.url']).toMatch(/metadata/);
      // A name that resolves to a private address is refused as the address would be.
      dns.set('inside.test', { A: ['10.1.2.3'] });
      const named = await t.client.fails(
        CREATE,
        { input: { url: 'http://inside.test/hooks', eventTypes: ['TASK_CREATED'] } },
        org.as.ADMIN,
      );
      expect(refusal(named).fields['input.url']).toMatch(/10\.1\.2\.3/);
    });
  });

  describe('delivery', () => {
    let org: Organisation;
    let other: Organisation;
    let receiver: WebhookReceiver;
    let endpoint: Endpoint;
    let programmes: string[];

    beforeAll(async () => {
      org = await organisationWithRoles(t, 'Delivery Council');
      other = await organisationWithRoles(t, 'Quiet Council');
      receiver = new WebhookReceiver([]);
      await receiver.start();
      endpoint = await register(org.as.ADMIN, receiver, ['PROGRAMME_CREATED', 'TASK_CREATED']);
      programmes = [
        (await createProgramme(t, org.as.PROGRAMME_MANAGER, 'North')).id,
        (await createProgramme(t, org.as.PROGRAMME_MANAGER, 'South')).id,
      ];
    });
    afterAll(() => receiver.stop());

    it('sends every event of the types wanted, signed, in order per programme, and nothing of another organisation', async () => {
      for (let i = 0; i < 4; i++) for (const id of programmes) await task(org.as.PROGRAMME_MANAGER, id, `Task ${i}`);
      await createProgramme(t, other.as.PROGRAMME_MANAGER, 'Elsewhere');
      await receiver.until((r) => r.unique().length >= 10);
      const got = receiver.unique();
      expect(got.map((r) => r.body.type).sort()).toEqual([...Array(2).fill('PROGRAMME_CREATED'), ...Array(8).fill('TASK_CREATED')]);
      expect(new Set(got.map((r) => r.body.programmeId))).toEqual(new Set(programmes));
      expect(receiver.unverified).toEqual([]);
      expectInOrderPerProgramme(receiver);
      for (const { body, headers } of got) {
        expect(body.version).toBe(1);
        expect(headers['webhook-id']).toMatch(/^evt_\d+$/);
        expect(headers['user-agent']).toBe('coprod-webhooks/1');
      }
      // The payload holds ids, never a person's name or the task's words.
      expect(got.find((r) => r.body.type === 'TASK_CREATED')!.raw).not.toContain('Task 0');
    });

    it('with the receiver down for a while, ends with every event exactly once after de-duplication, in order per programme', async () => {
      const before = receiver.unique().length;
      await receiver.stop();
      for (let i = 0; i < 3; i++) for (const id of programmes) await task(org.as.PROGRAMME_MANAGER, id, `While down ${i}`);
      // Failing: the endpoint's log shows refused connections, and the clock of its failing has started.
      await eventually(async () => (await endpointNow(org.as.ADMIN, endpoint.id)).failingSince !== null);
      await new Promise((resolve) => setTimeout(resolve, 800));
      await receiver.start();
      await receiver.until((r) => r.unique().length >= before + 6);
      expect(receiver.unique()).toHaveLength(before + 6);
      expectInOrderPerProgramme(receiver);
      // The receiver has answered; the deliveries' records follow a moment later.
      await eventually(
        async () =>
          (await sql(t, `SELECT 1 FROM webhook_delivery WHERE endpoint_id = $1 AND status <> 'DELIVERED'`, [endpoint.id])).length === 0,
      );
      const log = await t.client.ok(
        `query($id: ID!) { webhookEndpoint(id: $id) { failingSince deliveries(first: 6) { totalCount edges { node { status attemptCount attempts { statusCode error durationMs } } } } } }`,
        { id: endpoint.id },
        org.as.ADMIN,
      );
      const nodes = log.webhookEndpoint.deliveries.edges.map((e: { node: unknown }) => e.node);
      expect(log.webhookEndpoint.failingSince).toBeNull();
      expect(nodes.every((n: { status: string }) => n.status === 'DELIVERED')).toBe(true);
      const retried = nodes.filter((n: { attemptCount: number }) => n.attemptCount > 1);
      expect(retried.length).toBeGreaterThan(0);
      expect(retried[0].attempts[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/refused|connect/i) });
    });

    it('carries payloads that validate against the published schemas (docs/event-schemas.json)', () => {
      const ajv = new Ajv2020({ allowUnionTypes: true });
      ajv.addSchema(JSON.parse(readFileSync('docs/event-schemas.json', 'utf8')));
      for (const { body } of receiver.unique()) {
        const validate = ajv.getSchema(`https://coprod.example/events/${body.type}/v${body.version}.json`)!;
        expect([body.type, validate(body.data), validate.errors ?? null]).toEqual([body.type, true, null]);
      }
    });

    it('keeps a log of every delivery and its attempts, and sends one again on request with the same webhook-id', async () => {
      const log = await t.client.ok(
        `query($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 1, status: DELIVERED) { totalCount edges { node { id eventId eventType status attemptCount deliveredAt attempts { statusCode durationMs error } } } } } }`,
        { id: endpoint.id },
        org.as.ADMIN,
      );
      expect(log.webhookEndpoint.deliveries.totalCount).toBe(receiver.unique().length);
      const [{ node }] = log.webhookEndpoint.deliveries.edges;
      expect(node).toMatchObject({ status: 'DELIVERED', deliveredAt: expect.any(String) });
      expect(node.attempts.at(-1)).toMatchObject({ statusCode: 204, error: null, durationMs: expect.any(Number) });
      const again = await t.client.ok(
        `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { id status attemptCount } }`,
        { input: { deliveryId: node.id } },
        org.as.ADMIN,
      );
      expect(again.redeliverWebhook).toEqual({ id: node.id, status: 'PENDING', attemptCount: 0 });
      const copies = () => receiver.received.filter((r) => r.id === `evt_${node.eventId}`).length;
      const before = copies();
      await receiver.until(() => copies() === before + 1);
      // Only an ADMIN, and only their own organisation's.
      const elsewhere = await t.client.fails(
        `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { id } }`,
        { input: { deliveryId: node.id } },
        other.as.ADMIN,
      );
      expect(refusal(elsewhere).code).toBe('NOT_FOUND');
    });
  });

  describe('receivers that push back', () => {
    let org: Organisation;
    let programmeId: string;
    let receiver: WebhookReceiver;

    beforeEach(async () => {
      org = await organisationWithRoles(t, 'Pushback Council');
      programmeId = (await createProgramme(t, org.as.PROGRAMME_MANAGER)).id;
      receiver = new WebhookReceiver([]);
      await receiver.start();
    });
    afterEach(() => receiver.stop());

    it('is waited for as long as its Retry-After asks, beyond the compressed schedule', async () => {
      const endpoint = await register(org.as.ADMIN, receiver, ['TASK_CREATED']);
      let asked = false;
      const ok = receiver.answer;
      receiver.answer = (_request, response) => {
        asked = true;
        receiver.answer = ok;
        response.writeHead(503, { 'retry-after': '1' }).end();
      };
      await task(org.as.PROGRAMME_MANAGER, programmeId, 'Busy');
      await receiver.until((r) => asked && r.unique().length === 1);
      // The receiver has answered; the attempt's record follows a moment later.
      const attempts = async () =>
        (
          await t.client.ok(
            `query($id: ID!) { webhookEndpoint(id: $id) { deliveries { edges { node { attempts { attemptedAt statusCode } } } } } }`,
            { id: endpoint.id },
            org.as.ADMIN,
          )
        ).webhookEndpoint.deliveries.edges[0].node.attempts;
      await eventually(async () => (await attempts()).length === 2);
      const [first, second] = await attempts();
      expect([first.statusCode, second.statusCode]).toEqual([503, 204]);
      expect(Date.parse(second.attemptedAt) - Date.parse(first.attemptedAt)).toBeGreaterThanOrEqual(1000);
    });

    it('answering 410 Gone turns the endpoint off, says why, and records it in history', async () => {
      const endpoint = await register(org.as.ADMIN, receiver, ['TASK_CREATED']);
      receiver.answer = 410;
      await task(org.as.PROGRAMME_MANAGER, programmeId, 'Gone');
      await eventually(async () => !(await endpointNow(org.as.ADMIN, endpoint.id)).active);
      expect((await endpointNow(org.as.ADMIN, endpoint.id)).disabledReason).toMatch(/410 Gone/);
      const history = await t.client.ok(
        `{ history(types: ["WEBHOOK_ENDPOINT_DISABLED"]) { edges { node { type payload } } } }`,
        {},
        org.as.ADMIN,
      );
      expect(history.history.edges.map((e: { node: unknown }) => e.node)).toEqual([
        { type: 'WEBHOOK_ENDPOINT_DISABLED', payload: { endpointId: endpoint.id, reason: 'GONE' } },
      ]);
      // Nothing is queued for it while it is off.
      await task(org.as.PROGRAMME_MANAGER, programmeId, 'After');
      const [{ owed }] = await sql<{ owed: number }>(t, `SELECT count(*)::int AS owed FROM webhook_delivery WHERE endpoint_id = $1`, [
        endpoint.id,
      ]);
      expect(owed).toBe(1);
    });

    it('failing for days turns the endpoint off with an event saying so; turned on again, what was owed resumes', async () => {
      const endpoint = await register(org.as.ADMIN, receiver, ['TASK_CREATED']);
      receiver.answer = 500;
      await task(org.as.PROGRAMME_MANAGER, programmeId, 'Failing');
      await eventually(async () => (await endpointNow(org.as.ADMIN, endpoint.id)).failingSince !== null);
      // Time travel: the failing began four days ago (the schedule itself is compressed, the clock is not).
      await sql(t, `UPDATE webhook_endpoint SET failing_since = now() - interval '4 days' WHERE id = $1`, [endpoint.id]);
      await eventually(async () => !(await endpointNow(org.as.ADMIN, endpoint.id)).active);
      const off = await endpointNow(org.as.ADMIN, endpoint.id);
      expect(off.disabledReason).toBe('Every delivery failed for 3 days; turn it on again once the receiver works.');
      const history = await t.client.ok(
        `{ history(types: ["WEBHOOK_ENDPOINT_DISABLED"]) { edges { node { payload } } } }`,
        {},
        org.as.ADMIN,
      );
      expect(history.history.edges.map((e: { node: unknown }) => e.node)).toEqual([
        { payload: { endpointId: endpoint.id, reason: 'FAILING' } },
      ]);
      receiver.answer = 'ok';
      const on = await t.client.ok(
        `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { active disabledReason failingSince } }`,
        { input: { id: endpoint.id, version: off.version, active: true } },
        org.as.ADMIN,
      );
      expect(on.updateWebhookEndpoint).toEqual({ active: true, disabledReason: null, failingSince: null });
      await receiver.until((r) => r.unique().length === 1);
    });

    it('after a rotation, each delivery verifies with the old secret and with the new one while both sign', async () => {
      const endpoint = await register(org.as.ADMIN, receiver, ['TASK_CREATED']);
      const [old] = receiver.secrets;
      const rotated = await t.client.ok(
        `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret endpoint { previousSecretValidUntil version } } }`,
        { input: { id: endpoint.id, version: endpoint.version, keepPreviousForHours: 1 } },
        org.as.ADMIN,
      );
      const fresh = rotated.rotateWebhookSecret.secret;
      expect(fresh).not.toBe(old);
      expect(Date.parse(rotated.rotateWebhookSecret.endpoint.previousSecretValidUntil) - Date.now()).toBeGreaterThan(3_500_000);
      receiver.secrets = [old];
      await task(org.as.PROGRAMME_MANAGER, programmeId, 'Old secret');
      await receiver.until((r) => r.unique().length === 1);
      receiver.secrets = [fresh];
      await task(org.as.PROGRAMME_MANAGER, programmeId, 'New secret');
      await receiver.until((r) => r.unique().length === 2);
      expect(receiver.unverified).toEqual([]);
      expect(receiver.received[1].headers['webhook-signature'].split(' ')).toHaveLength(2);
    });

    it('a name that resolves to a public address when registered and a private one when delivering is refused at delivery', async () => {
      // A second receiver on another loopback address, which only a rebound name could lead to.
      const inside = createServer((_request, response) => response.writeHead(204).end());
      await new Promise<void>((resolve) => inside.listen(0, '127.0.0.2', resolve));
      let reached = 0;
      inside.on('request', () => reached++);
      try {
        const port = (inside.address() as AddressInfo).port;
        dns.set('hooks.rebind.test', { A: ['93.184.216.34'] });
        const { createWebhookEndpoint } = await t.client.ok(
          CREATE,
          { input: { url: `http://hooks.rebind.test:${port}/hooks`, eventTypes: ['TASK_CREATED'] } },
          org.as.ADMIN,
        );
        dns.set('hooks.rebind.test', { A: ['127.0.0.2'] });
        await task(org.as.PROGRAMME_MANAGER, programmeId, 'Rebound');
        const attempts = async () =>
          (
            await t.client.ok(
              `query($id: ID!) { webhookEndpoint(id: $id) { deliveries { edges { node { attempts { statusCode error } } } } } }`,
              { id: createWebhookEndpoint.endpoint.id },
              org.as.ADMIN,
            )
          ).webhookEndpoint.deliveries.edges[0]?.node.attempts ?? [];
        await eventually(async () => (await attempts()).length > 0);
        expect((await attempts())[0]).toEqual({ statusCode: null, error: expect.stringMatching(/127\.0\.0\.2.*loopback/) });
        expect(reached).toBe(0);
      } finally {
        await new Promise((resolve) => inside.close(resolve));
      }
    });
  });
});

describePostgres('webhooks: worker processes beside the API, on one PostgreSQL', () => {
  let t: TestApp;
  let org: Organisation;
  let receiver: WebhookReceiver;
  const workers: Array<{ close(): Promise<void> }> = [];

  beforeAll(async () => {
    // The API only queues: two workers send.
    t = await startTestApp({ ...ENV, WEBHOOK_DELIVERY: 'worker' });
    org = await organisationWithRoles(t, 'Two Workers Council');
    receiver = new WebhookReceiver([]);
    await receiver.start();
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await receiver.stop();
    await t.close();
  });

  it('two workers at once never send one event at the same moment, and send each exactly once, in order per programme', async () => {
    for (let i = 0; i < 2; i++) workers.push(await startWorker(t.config));
    receiver.delayMs = 40;
    const { createWebhookEndpoint } = await t.client.ok(
      CREATE,
      { input: { url: receiver.url, eventTypes: ['TASK_CREATED'] } },
      org.as.ADMIN,
    );
    receiver.secrets = [createWebhookEndpoint.secret];
    const programmes = [];
    for (const name of ['One', 'Two', 'Three']) programmes.push((await createProgramme(t, org.as.PROGRAMME_MANAGER, name)).id);
    await Promise.all(
      programmes.map(async (id) => {
        for (let i = 0; i < 8; i++)
          await t.client.ok(TASK, { input: { programmeId: id, title: `T${i}`, step: 'MAP' } }, org.as.PROGRAMME_MANAGER);
      }),
    );
    await receiver.until((r) => r.unique().length === 24, 30_000);
    expect(receiver.mostAtOnceForOneId).toBe(1);
    expect(receiver.received).toHaveLength(24);
    const last = new Map<string, number>();
    for (const { body } of receiver.received) {
      expect(body.sequence!).toBeGreaterThan(last.get(body.programmeId!) ?? 0);
      last.set(body.programmeId!, body.sequence!);
    }
  });

  it('a worker stopped as by SIGTERM finishes what it is sending and holds nothing afterwards', async () => {
    receiver.delayMs = 400;
    const before = receiver.unique().length;
    const programmeId = (await createProgramme(t, org.as.PROGRAMME_MANAGER, 'Stopping')).id;
    for (let i = 0; i < 3; i++) await t.client.ok(TASK, { input: { programmeId, title: `S${i}`, step: 'MAP' } }, org.as.PROGRAMME_MANAGER);
    await eventually(
      async () =>
        receiver.received.length > before || (await sql(t, `SELECT 1 FROM webhook_delivery WHERE lease_owner IS NOT NULL`)).length > 0,
    );
    await Promise.all(workers.splice(0).map((worker) => worker.close()));
    const held = await sql(t, `SELECT id FROM webhook_delivery WHERE lease_owner IS NOT NULL`);
    expect(held).toEqual([]);
    // What they had claimed was sent; what remains is owed, for the next worker to take.
    const [{ pending }] = await sql<{ pending: number }>(
      t,
      `SELECT count(*)::int AS pending FROM webhook_delivery WHERE status = 'PENDING'`,
    );
    expect(receiver.unique().length + pending).toBe(before + 3);
    workers.push(await startWorker(t.config));
    await receiver.until((r) => r.unique().length === before + 3);
  });

  it('a worker stopped as by SIGTERM while its receiver hangs hands the delivery back at its deadline, and the next worker sends it', async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.close()));
    const before = receiver.unique().length;
    let hanging = 0;
    receiver.answer = () => (hanging += 1); // never answered
    const worker = await startWorker({ ...t.config, shutdown: { graceSeconds: 0, timeoutSeconds: 2 } });
    const programmeId = (await createProgramme(t, org.as.PROGRAMME_MANAGER, 'Hanging')).id;
    await t.client.ok(TASK, { input: { programmeId, title: 'H1', step: 'MAP' } }, org.as.PROGRAMME_MANAGER);
    await eventually(async () => hanging > 0);
    expect(await sql(t, `SELECT id FROM webhook_delivery WHERE lease_owner IS NOT NULL`)).toHaveLength(1);

    const began = Date.now();
    await stopWorker(worker, began + 2000); // what SIGTERM runs (apps/worker/src/main.ts)
    expect(Date.now() - began).toBeLessThan(2000);
    expect(await sql(t, `SELECT id FROM webhook_delivery WHERE lease_owner IS NOT NULL`)).toEqual([]);

    receiver.answer = 'ok';
    workers.push(await startWorker(t.config));
    await receiver.until((r) => r.unique().length === before + 1);
  });
});
