import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';
import { createProgramme } from './programme-support';

const SUBSCRIPTION = `subscription($programmeId: ID!) { programmeEvents(programmeId: $programmeId) { type sequence programmeId } }`;

function subscribe(t: TestApp, params: Record<string, unknown>, programmeId: string, count: number) {
  const client: Client = createClient({ url: t.wsUrl, webSocketImpl: WebSocket, connectionParams: params, retryAttempts: 0, lazy: false });
  const events: Array<{ type: string; sequence: number; programmeId: string }> = [];
  let ready!: () => void;
  const subscribed = new Promise<void>((resolve) => (ready = resolve));
  const done = new Promise<typeof events>((resolve, reject) => {
    client.on('connected', () => setTimeout(ready, 50));
    client.subscribe(
      { query: SUBSCRIPTION, variables: { programmeId } },
      {
        next: (message) => {
          if (message.errors)
            return reject(Object.assign(new Error(message.errors[0].message), { extensions: message.errors[0].extensions }));
          events.push((message.data as { programmeEvents: (typeof events)[number] }).programmeEvents);
          if (events.length === count) resolve(events);
        },
        // Operation errors arrive as a list of GraphQL errors.
        error: (error) => reject(Array.isArray(error) ? Object.assign(new Error(error[0].message), error[0]) : error),
        complete: () => resolve(events),
      },
    );
  });
  return { client, subscribed, done };
}

describe('programmeEvents subscription', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("delivers the programme's events once and in order, and nothing of other programmes or organisations", async () => {
    const admin = await t.client.signUp('Manager');
    const organisationId = await t.client.createOrganisation(admin.token);
    const as = { token: admin.token, organisationId };
    const watched = await createProgramme(t.client, as, 'Watched');
    const other = await createProgramme(t.client, as, 'Other');
    const stranger = await t.client.signUp('Stranger');
    const strangerAs = { token: stranger.token, organisationId: await t.client.createOrganisation(stranger.token) };
    const theirs = await createProgramme(t.client, strangerAs, 'Theirs');

    const { client, subscribed, done } = subscribe(t, { authorization: `Bearer ${admin.token}`, organisationId }, watched.id, 5);
    await subscribed;
    const rename = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { version } }`;
    let version = watched.version;
    for (let i = 0; i < 5; i++) {
      version = (await t.client.ok(rename, { input: { programmeId: watched.id, version, name: `Watched ${i}` } }, as)).updateProgramme
        .version;
      await t.client.ok(rename, { input: { programmeId: other.id, version: other.version + i, name: `Other ${i}` } }, as);
      await t.client.ok(rename, { input: { programmeId: theirs.id, version: theirs.version + i, name: `Theirs ${i}` } }, strangerAs);
    }
    // A failed change (stale version) publishes nothing.
    await t.client.fails(rename, { input: { programmeId: watched.id, version: 1, name: 'Stale' } }, as);
    const events = await done;
    expect(events.map((e) => [e.type, e.sequence, e.programmeId])).toEqual(
      [2, 3, 4, 5, 6].map((sequence) => ['PROGRAMME_UPDATED', sequence, watched.id]),
    );
    await client.dispose();
  });

  it("refuses another organisation's programme", async () => {
    const admin = await t.client.signUp('Curious');
    const organisationId = await t.client.createOrganisation(admin.token);
    const stranger = await t.client.signUp('Owner');
    const theirs = await createProgramme(
      t.client,
      { token: stranger.token, organisationId: await t.client.createOrganisation(stranger.token) },
      'Private',
    );
    const { client, done } = subscribe(t, { authorization: `Bearer ${admin.token}`, organisationId }, theirs.id, 1);
    await expect(done).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await client.dispose();
  });
});
