import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { IdempotencyStore } from '@app/idempotency';
import { createProgramme, organisationWithRoles, type Organisation } from '../pilots/pilot-support';
import { serverUrl } from '../support/databases';
import { FixedClock } from '../support/fixed-clock';
import type { As } from '../support/graphql-client';
import { sql, startTestApp, type TestApp } from '../support/test-app';

/**
 * Safe retries (README, "Safe retries"): a mutation sent again with the same Idempotency-Key gets
 * the first answer and changes things once, on either database; on PostgreSQL across two API
 * processes, with a duplicate in flight waiting, or answered 409 past the wait.
 */
const onPostgres = serverUrl() !== null;
const describePostgres = onPostgres ? describe : describe.skip;
const SHARED = { JWT_SECRET: randomBytes(32).toString('hex') };

const CREATE = `mutation Create($input: CreateProgrammeInput!) { createProgramme(input: $input) { id name version } }`;

interface Sent {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> };
}

/** A POST /graphql as any client sends it, with the key (when given) as the header. */
async function send(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  as: As,
  key?: string,
  extra: Record<string, unknown> = {},
): Promise<Sent> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as.token) headers.authorization = `Bearer ${as.token}`;
  if (as.apiKey) headers['x-api-key'] = as.apiKey;
  if (as.organisationId) headers['x-organisation-id'] = as.organisationId;
  if (key !== undefined) headers['idempotency-key'] = key;
  const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables, ...extra }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Sent['body'] };
}

const programmesNamed = async (t: TestApp, organisationId: string, name: string) =>
  (
    await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM programme WHERE organisation_id = $1 AND name = $2`, [organisationId, name])
  )[0].n;
const createdEvents = async (t: TestApp, organisationId: string) =>
  (
    await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM event WHERE organisation_id = $1 AND type = 'PROGRAMME_CREATED'`, [
      organisationId,
    ])
  )[0].n;
const keysHeld = async (t: TestApp, organisationId: string) =>
  (await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM idempotency_key WHERE organisation_id = $1`, [organisationId]))[0].n;

describe('safe retries with an Idempotency-Key', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    t = await startTestApp(SHARED, { clock });
    org = await organisationWithRoles(t, 'Retry Council');
    other = await organisationWithRoles(t, 'Other Council');
  }, 120_000);
  afterAll(() => t?.close());

  it('answers a retry with the first answer, marked as replayed, and changes things once', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    const key = randomUUID();
    const events = await createdEvents(t, org.id);
    const first = await send(t, CREATE, { input: { name: 'Once only' } }, as, key);
    expect(first.status).toBe(200);
    expect(first.body.data?.createProgramme).toMatchObject({ name: 'Once only', version: 1 });
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await send(t, CREATE, { input: { name: 'Once only' } }, as, key);
    expect({ status: again.status, text: again.text }).toEqual({ status: first.status, text: first.text });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await programmesNamed(t, org.id, 'Once only')).toBe(1);
    expect(await createdEvents(t, org.id)).toBe(events + 1);
    // The same variables in another order, and the same key in a Structured Field's quotes, are the same request.
    const reordered = await send(t, CREATE, { input: { name: 'Once only' } }, as, `"${key}"`);
    expect(reordered.text).toBe(first.text);
  });

  it('refuses the same key with another request, 422 IDEMPOTENCY_KEY_REUSED, and runs nothing', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    const key = randomUUID();
    await send(t, CREATE, { input: { name: 'First request' } }, as, key);
    const other = await send(t, CREATE, { input: { name: 'Second request' } }, as, key);
    expect(other.status).toBe(422);
    expect(other.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.errors?.[0].message).toMatch(/Idempotency-Key was used for another request/);
    expect(await programmesNamed(t, org.id, 'Second request')).toBe(0);
    const renamed = await send(t, CREATE.replace('Create(', 'CreateAgain('), { input: { name: 'First request' } }, as, key);
    expect(renamed.status).toBe(422);
  });

  it("keeps each caller's keys apart: another person, an API key, another organisation", async () => {
    const key = randomUUID();
    const name = 'Same key, many callers';
    const apiKey = (
      await t.client.ok(`mutation { createApiKey(input: { name: "Intranet", role: PROGRAMME_MANAGER }) { secret } }`, {}, org.as.ADMIN)
    ).createApiKey.secret as string;
    const callers: As[] = [org.as.PROGRAMME_MANAGER, org.as.ADMIN, { apiKey, organisationId: org.id }, other.as.ADMIN];
    const answers = [];
    for (const as of callers) answers.push(await send(t, CREATE, { input: { name } }, as, key));
    expect(answers.map((a) => [a.status, a.headers.get('idempotent-replayed')])).toEqual(callers.map(() => [200, null]));
    expect(new Set(answers.map((a) => a.body.data?.createProgramme.id)).size).toBe(callers.length);
    expect(await programmesNamed(t, org.id, name)).toBe(3);
    expect(await programmesNamed(t, other.id, name)).toBe(1);
  });

  it('checks the header, naming it: at most 255 printable ASCII characters', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    for (const key of ['x'.repeat(256), '', 'tab\there']) {
      const refused = await send(t, CREATE, { input: { name: 'Bad key' } }, as, key);
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0].message).toMatch(/^Invalid Idempotency-Key header: /);
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'Idempotency-Key' }] });
    }
    expect(await programmesNamed(t, org.id, 'Bad key')).toBe(0);
    // A persisted query's hash alone cannot be told a mutation or fingerprinted: the key asks for the document.
    const hashOnly = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${as.token}`, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    expect(hashOnly.status).toBe(400);
    expect(((await hashOnly.json()) as Sent['body']).errors?.[0].message).toMatch(
      /^Invalid Idempotency-Key header: send the operation's document/,
    );
    expect((await send(t, CREATE, { input: { name: 'Long key' } }, as, 'k'.repeat(255))).status).toBe(200);
  });

  it('lets queries ignore the header, whatever it holds, and keeps nothing for them', async () => {
    const held = await keysHeld(t, org.id);
    const query = `query { programmes { totalCount } }`;
    for (const key of ['x'.repeat(300), 'a-key', 'a-key']) {
      const answer = await send(t, query, {}, org.as.VIEWER, key);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('idempotent-replayed')).toBeNull();
    }
    expect(await keysHeld(t, org.id)).toBe(held);
  });

  it('keeps a refusal (4xx) as the answer: the retry gets it again, even after what refused it changed', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    const programme = await createProgramme(t, as, 'Versioned');
    const update = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version } }`;
    const key = randomUUID();
    const stale = { input: { programmeId: programme.id, version: programme.version + 5, name: 'Renamed' } };
    const first = await send(t, update, stale, as, key);
    expect(first.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const again = await send(t, update, stale, as, key);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('keeps nothing when the server fails (5xx): everything is undone, and a retry with the key runs afresh, once', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    const key = randomUUID();
    const both = `mutation { a: createProgramme(input: { name: "Kept then undone" }) { id } b: createProgramme(input: { name: "Explodes" }) { id } }`;
    // A constraint the service does not know of: its failure reaches the client as INTERNAL_SERVER_ERROR, after field a has written.
    await sql(t, `ALTER TABLE programme ADD CONSTRAINT test_explodes CHECK (name <> 'Explodes')`);
    try {
      const failed = await send(t, both, {}, as, key);
      expect(failed.body.data ?? null).toBeNull();
      expect(failed.body.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['b', 'INTERNAL_SERVER_ERROR']]);
      expect(await programmesNamed(t, org.id, 'Kept then undone')).toBe(0);
    } finally {
      await sql(t, `ALTER TABLE programme DROP CONSTRAINT test_explodes`);
    }
    const retried = await send(t, both, {}, as, key);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(retried.body.errors).toBeUndefined();
    const replayed = await send(t, both, {}, as, key);
    expect(replayed.text).toBe(retried.text);
    expect(await programmesNamed(t, org.id, 'Kept then undone')).toBe(1);
    expect(await programmesNamed(t, org.id, 'Explodes')).toBe(1);
  });

  it('runs each root field as in a transaction of its own: one refused after it wrote leaves nothing, and what came before is kept', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    await createProgramme(t, as, 'Taken name');
    const events = await createdEvents(t, org.id);
    // A race the service cannot see coming: its unique violation answers CONFLICT (final), after the INSERT failed in the
    // transaction, which on PostgreSQL refuses every later statement unless the field's savepoint is rolled back.
    await sql(t, `CREATE UNIQUE INDEX test_programme_name ON programme (organisation_id, name) WHERE name = 'Taken name'`);
    try {
      const key = randomUUID();
      // Mutations answer non-null types, so b's error ends the operation: c never runs.
      const three = `mutation { a: createProgramme(input: { name: "Field one" }) { id } b: createProgramme(input: { name: "Taken name" }) { id } c: createProgramme(input: { name: "Field three" }) { id } }`;
      const answer = await send(t, three, {}, as, key);
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['b', 'CONFLICT']]);
      const again = await send(t, three, {}, as, key);
      expect([again.text, again.headers.get('idempotent-replayed')]).toEqual([answer.text, 'true']);
      expect(await programmesNamed(t, org.id, 'Field one')).toBe(1);
      expect(await programmesNamed(t, org.id, 'Taken name')).toBe(1);
      expect(await programmesNamed(t, org.id, 'Field three')).toBe(0);
      expect(await createdEvents(t, org.id)).toBe(events + 1);
    } finally {
      await sql(t, `DROP INDEX test_programme_name`);
    }
  });

  it('refuses a key where it cannot be kept, IDEMPOTENCY_KEY_NOT_ACCEPTED: no caller, no organisation, outside the transaction', async () => {
    const anonymous = await send(
      t,
      `mutation { signUp(input: { email: "someone@example.org", password: "correct horse battery", displayName: "Someone" }) { message } }`,
      {},
      {},
      randomUUID(),
    );
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_NOT_ACCEPTED');
    expect((await sql(t, `SELECT 1 FROM app_user WHERE email = 'someone@example.org'`)).length).toBe(0);
    const personal = await send(
      t,
      `mutation { createOrganisation(input: { name: "Twice Council" }) { id } }`,
      {},
      org.as.ADMIN,
      randomUUID(),
    );
    expect(personal.body.errors?.[0]).toMatchObject({ extensions: { code: 'IDEMPOTENCY_KEY_NOT_ACCEPTED' } });
    expect(personal.body.errors?.[0].message).toMatch(/acts in no organisation/);
    const outside = await send(
      t,
      `mutation { changePassword(input: { currentPassword: "wrong password here", newPassword: "another long password" }) }`,
      {},
      org.as.ADMIN,
      randomUUID(),
    );
    expect(outside.body.errors?.[0].message).toMatch(/changePassword cannot take an Idempotency-Key/);
    // A mutation the caller may not run is refused before it takes the key: nothing is kept, and a later retry runs it afresh.
    const held = await keysHeld(t, org.id);
    const viewer = await send(t, CREATE, { input: { name: "Viewer's" } }, org.as.VIEWER, randomUUID());
    expect(viewer.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await keysHeld(t, org.id)).toBe(held);
  });

  it('answers duplicates sent at once with one answer and one change: the later ones wait for the first', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(t, CREATE, { input: { name: 'Sent six times' } }, as, key)));
    expect(new Set(answers.map((a) => `${a.status} ${a.text}`)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
    expect(await programmesNamed(t, org.id, 'Sent six times')).toBe(1);
  });

  it("keeps a new key's answer sealed: the table holds neither the key nor the answer readably", async () => {
    const key = `sealed-${randomUUID()}`;
    const issued = await send(t, `mutation { createApiKey(input: { name: "Sealed", role: VIEWER }) { secret } }`, {}, org.as.ADMIN, key);
    const secret = issued.body.data?.createApiKey.secret as string;
    const rows = await sql<{ dump: string }>(
      t,
      `SELECT encode(convert_to(to_jsonb(k)::text, 'UTF8'), 'escape') AS dump FROM idempotency_key k`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { dump } of rows) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(key);
    }
    expect(
      (await send(t, `mutation { createApiKey(input: { name: "Sealed", role: VIEWER }) { secret } }`, {}, org.as.ADMIN, key)).text,
    ).toBe(issued.text);
  });

  it('forgets a key after IDEMPOTENCY_KEY_TTL_HOURS: the request runs afresh, and the sweep deletes what expired', async () => {
    const as = org.as.PROGRAMME_MANAGER;
    const key = randomUUID();
    const began = new Date();
    clock.set(began);
    await send(t, CREATE, { input: { name: 'Before expiry' } }, as, key);
    clock.set(new Date(began.getTime() + 23 * 3_600_000));
    expect((await send(t, CREATE, { input: { name: 'Before expiry' } }, as, key)).headers.get('idempotent-replayed')).toBe('true');
    clock.set(new Date(began.getTime() + 24 * 3_600_000));
    // Past its time the key is free again, for another request too.
    const after = await send(t, CREATE, { input: { name: 'After expiry' } }, as, key);
    expect(after.body.data?.createProgramme.name).toBe('After expiry');
    expect(after.headers.get('idempotent-replayed')).toBeNull();
    expect(await keysHeld(t, org.id)).toBeGreaterThan(1);
    // 48 hours on, every key made in this file has expired: the sweep deletes them all, in every organisation.
    const swept = await t.app.get(IdempotencyStore).sweep(new Date(began.getTime() + 48 * 3_600_000));
    expect(swept.deleted).toBeGreaterThan(1);
    expect(await keysHeld(t, org.id)).toBe(0);
    expect(await keysHeld(t, other.id)).toBe(0);
    clock.set(new Date());
  });

  describePostgres('on PostgreSQL, across two API processes on one database', () => {
    let b: TestApp;
    beforeAll(async () => {
      b = await startTestApp({ ...SHARED, IDEMPOTENCY_KEY_WAIT_SECONDS: '0.2' }, { databaseUrl: t.config.databaseOwnerUrl! });
    }, 60_000);
    afterAll(() => b?.close());

    it('answers on one process with the answer the other gave, and duplicates across both change things once', async () => {
      const as = org.as.PROGRAMME_MANAGER;
      const key = randomUUID();
      const first = await send(t, CREATE, { input: { name: 'Across processes' } }, as, key);
      const there = await send(b, CREATE, { input: { name: 'Across processes' } }, as, key);
      expect(there.text).toBe(first.text);
      expect(there.headers.get('idempotent-replayed')).toBe('true');
      const together = randomUUID();
      const answers = await Promise.all(
        [t, t, t, b, b, b].map((app) => send(app, CREATE, { input: { name: 'Both at once' } }, as, together)),
      );
      const done = answers.filter((a) => a.status === 200);
      expect(new Set(done.map((a) => a.text)).size).toBe(1);
      // B waits only 0.2 s: a duplicate there may be told to come back instead, never run twice.
      for (const refused of answers.filter((a) => a.status !== 200)) {
        expect([refused.status, refused.body.errors?.[0].extensions?.code]).toEqual([409, 'IDEMPOTENCY_KEY_IN_FLIGHT']);
      }
      expect(await programmesNamed(t, org.id, 'Both at once')).toBe(1);
    });

    it('answers a duplicate 409 IDEMPOTENCY_KEY_IN_FLIGHT with Retry-After once it has waited its time, and the first answer after', async () => {
      const as = org.as.PROGRAMME_MANAGER;
      const key = randomUUID();
      // Hold the first request inside its transaction: it has taken the key, and waits to write its programme.
      const holder = new pg.Client({ connectionString: t.config.databaseOwnerUrl! });
      await holder.connect();
      let first: Promise<Sent>;
      try {
        await holder.query('BEGIN');
        await holder.query('LOCK TABLE programme IN EXCLUSIVE MODE');
        first = send(t, CREATE, { input: { name: 'Held in flight' } }, as, key);
        await waitFor(async () => {
          const [{ n }] = (
            await holder.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'programme'::regclass`)
          ).rows as Array<{ n: number }>;
          return n > 0;
        });
        const duplicate = await send(b, CREATE, { input: { name: 'Held in flight' } }, as, key);
        expect(duplicate.status).toBe(409);
        expect(duplicate.headers.get('retry-after')).toBe('1');
        expect(duplicate.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      } finally {
        await holder.query('COMMIT');
        await holder.end();
      }
      const answered = await first;
      expect(answered.body.data?.createProgramme.name).toBe('Held in flight');
      const later = await send(b, CREATE, { input: { name: 'Held in flight' } }, as, key);
      expect(later.text).toBe(answered.text);
      expect(await programmesNamed(t, org.id, 'Held in flight')).toBe(1);
    });
  });
});

/** Polls `check` until it holds (at most 10 s): for a state another connection reaches, which nothing announces. */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('the state waited for never came');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
