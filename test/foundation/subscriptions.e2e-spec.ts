import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';

function connect(t: TestApp, connectionParams: Record<string, unknown>): Client {
  return createClient({ url: t.wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false });
}

/** Subscribes and collects events until `count` arrived; rejects when the server refuses or closes. */
function collect(client: Client, count: number, query = `subscription { historyEvents { type payload } }`) {
  const events: Array<{ type: string; payload: Record<string, unknown> }> = [];
  let started!: () => void;
  const subscribed = new Promise<void>((resolve) => (started = resolve));
  const done = new Promise<typeof events>((resolve, reject) => {
    client.on('connected', () => setTimeout(started, 50));
    client.subscribe(
      { query },
      {
        next: (message) => {
          if (message.errors) return reject(new Error(JSON.stringify(message.errors)));
          events.push((message.data as { historyEvents: (typeof events)[number] }).historyEvents);
          if (events.length === count) resolve(events);
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => resolve(events),
      },
    );
  });
  return { subscribed, done };
}

describe('subscriptions over graphql-ws', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a connection without a valid token', async () => {
    for (const params of [{}, { authorization: 'Bearer not-a-token' }, { apiKey: 'cpk_unknown' }]) {
      const client = connect(t, params);
      const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
      collect(client, 1).done.catch(() => undefined);
      expect(await closed).toBe(4403);
      await client.dispose();
    }
  });

  it("delivers the organisation's events once, in order, and never another organisation's", async () => {
    const admin = await t.client.signUp('Admin');
    const organisationId = await t.client.createOrganisation(admin.token);
    const stranger = await t.client.signUp('Stranger');
    const otherOrganisation = await t.client.createOrganisation(stranger.token);

    const client = connect(t, { authorization: `Bearer ${admin.token}`, organisationId });
    const { subscribed, done } = collect(client, 3);
    await subscribed;
    const as = { token: admin.token, organisationId };
    await t.client.ok(`mutation { createApiKey(input: { name: "Intranet", role: VIEWER }) { apiKey { id } } }`, {}, as);
    await t.client.ok(
      `mutation { createApiKey(input: { name: "Other", role: VIEWER }) { apiKey { id } } }`,
      {},
      { token: stranger.token, organisationId: otherOrganisation },
    );
    await t.client.ok(`mutation { inviteMember(input: { email: "someone@example.org", role: VIEWER }) { token } }`, {}, as);
    // A mutation that fails is rolled back and must publish nothing.
    await t.client.fails(
      `mutation { inviteMember(input: { email: "someone@example.org", role: CONSULTANT }) { token } }`,
      {},
      { token: stranger.token, organisationId },
    );
    await t.client.ok(`mutation { createApiKey(input: { name: "Dashboard", role: VIEWER }) { apiKey { id } } }`, {}, as);

    const events = await done;
    expect(events.map((e) => [e.type, e.payload.name ?? null])).toEqual([
      ['API_KEY_CREATED', 'Intranet'],
      ['INVITATION_CREATED', null],
      ['API_KEY_CREATED', 'Dashboard'],
    ]);
    await client.dispose();
  });
});
