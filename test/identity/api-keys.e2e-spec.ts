import { startTestApp, type TestApp } from '../support/test-app';
import { codeOf, historyOf, newOrganisation, type Org, Q, sql, uniqueEmail } from './identity-helpers';

describe('identity: API keys for integrations', () => {
  let t: TestApp;
  let org: Org;
  let other: Org;
  beforeAll(async () => {
    t = await startTestApp();
    org = await newOrganisation(t.client, 'Keyed Council');
    other = await newOrganisation(t.client, 'Other Council');
  });
  afterAll(() => t.close());

  const asAdmin = () => ({ token: org.admin.token, organisationId: org.id });
  const createKey = async (name: string, role: string) =>
    (await t.client.ok(Q.createApiKey, { input: { name, role } }, asAdmin())).createApiKey;
  const listKeys = async () => (await t.client.ok(Q.apiKeys, {}, asAdmin())).apiKeys as Array<Record<string, string | null>>;
  const bearer = (secret: string) => ({ headers: { authorization: `Bearer ${secret}` } });

  it('shows the secret once; afterwards only its prefix', async () => {
    const created = await createKey('Intranet status page', 'VIEWER');
    expect(created.secret).toMatch(/^cpk_[\w-]{40,}$/);
    expect(created.apiKey).toMatchObject({ name: 'Intranet status page', role: 'VIEWER', lastUsedAt: null, revokedAt: null });
    expect(created.secret.startsWith(created.apiKey.prefix)).toBe(true);
    expect(created.apiKey.prefix.length).toBeLessThan(16);

    const listed = (await listKeys()).find((k) => k.id === created.apiKey.id)!;
    expect(listed).toMatchObject({ name: 'Intranet status page', prefix: created.apiKey.prefix });
    expect(JSON.stringify(await listKeys())).not.toContain(created.secret);
    // There is no field to read it back, and the database keeps only a hash.
    expect((await t.client.fails(`{ apiKeys { id secret } }`, {}, asAdmin())).extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(await sql(t, `SELECT * FROM api_key WHERE id = $1`, [created.apiKey.id]))).not.toContain(
      created.secret.slice(created.apiKey.prefix.length),
    );

    const bad = await t.client.fails(Q.createApiKey, { input: { name: '', role: 'VIEWER' } }, asAdmin());
    expect(codeOf(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.name'] });
  });

  it('works as X-Api-Key and as a bearer token, in its own organisation only', async () => {
    const { secret } = await createKey('Both headers', 'VIEWER');
    for (const as of [{ apiKey: secret }, bearer(secret), { apiKey: secret, organisationId: org.id }]) {
      const data = await t.client.ok(`{ organisation { id name } members { totalCount } }`, {}, as);
      expect(data.organisation).toEqual({ id: org.id, name: 'Keyed Council' });
      expect(data.members.totalCount).toBe(1);
    }
    // Another organisation's id in the header is not found, whichever way the key is sent.
    for (const as of [
      { apiKey: secret, organisationId: other.id },
      { ...bearer(secret), organisationId: other.id },
    ]) {
      expect(codeOf(await t.client.fails(Q.organisation, {}, as))).toEqual({ code: 'NOT_FOUND' });
    }
  });

  it('acts with its role: a VIEWER key reads, and its writes are FORBIDDEN with nothing written', async () => {
    const { secret } = await createKey('Read-only feed', 'VIEWER');
    const as = { apiKey: secret };
    expect((await t.client.ok(Q.history, { first: 5 }, as)).history.totalCount).toBeGreaterThan(0);

    const invitationsBefore = await sql(t, `SELECT id FROM invitation WHERE organisation_id = $1`, [org.id]);
    const refused = [
      [Q.inviteMember, { input: { email: uniqueEmail('Via Key'), role: 'VIEWER' } }],
      [Q.createApiKey, { input: { name: 'Escalation', role: 'ADMIN' } }],
      [Q.updateOrganisation, { input: { version: 1, name: 'Renamed by a key' } }],
      [Q.apiKeys, {}],
      [Q.invitations, {}],
    ] as const;
    for (const [query, variables] of refused) {
      expect(codeOf(await t.client.fails(query, variables, as))).toEqual({ code: 'FORBIDDEN' });
    }
    expect(await sql(t, `SELECT id FROM invitation WHERE organisation_id = $1`, [org.id])).toEqual(invitationsBefore);
    expect((await t.client.ok(Q.organisation, {}, asAdmin())).organisation.name).toBe('Keyed Council');
    expect((await listKeys()).some((k) => k.name === 'Escalation')).toBe(false);

    // What needs a person is refused to any key, even an ADMIN's.
    const admin = await createKey('Admin sync', 'ADMIN');
    for (const key of [secret, admin.secret]) {
      for (const [query, variables] of [
        [Q.me, {}],
        [Q.createOrganisation, { input: { name: 'Made by a key' } }],
        [Q.leaveOrganisation, {}],
      ] as const) {
        expect(codeOf(await t.client.fails(query, variables, { apiKey: key }))).toEqual({ code: 'FORBIDDEN' });
      }
    }
    expect(await sql(t, `SELECT 1 FROM organisation WHERE name = 'Made by a key'`)).toEqual([]);
  });

  it('records its last use', async () => {
    const created = await createKey('Usage tracked', 'CONTRIBUTOR');
    const before = (await listKeys()).find((k) => k.id === created.apiKey.id)!;
    expect(before.lastUsedAt).toBeNull();

    await t.client.ok(Q.organisation, {}, bearer(created.secret));
    const after = (await listKeys()).find((k) => k.id === created.apiKey.id)!;
    expect(after.lastUsedAt).not.toBeNull();
    const usedAt = new Date(after.lastUsedAt!).getTime();
    expect(usedAt).toBeGreaterThanOrEqual(new Date(created.apiKey.createdAt).getTime());
    expect(usedAt).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('is named as the actor in history when it makes a change', async () => {
    const { secret, apiKey } = await createKey('HR system', 'ADMIN');
    const invited = await t.client.ok(Q.inviteMember, { input: { email: uniqueEmail('Hired'), role: 'CONTRIBUTOR' } }, { apiKey: secret });
    const child = await t.client.ok(Q.createApiKey, { input: { name: 'Made by HR system', role: 'VIEWER' } }, bearer(secret));

    const events = await historyOf(t.client, asAdmin(), 10);
    const byKey = { actorType: 'API_KEY', actorApiKeyName: 'HR system', actorUserId: null };
    expect(
      events.find((e) => e.type === 'INVITATION_CREATED' && e.payload.invitationId === invited.inviteMember.invitation.id),
    ).toMatchObject(byKey);
    expect(events.find((e) => e.type === 'API_KEY_CREATED' && e.payload.apiKeyId === child.createApiKey.apiKey.id)).toMatchObject(byKey);
    // The key's own creation was a person's doing.
    expect(events.find((e) => e.type === 'API_KEY_CREATED' && e.payload.apiKeyId === apiKey.id)).toMatchObject({
      actorType: 'USER',
      actorUserId: org.admin.userId,
      actorApiKeyName: null,
    });
  });

  it('stops working at once when revoked', async () => {
    const created = await createKey('Retired integration', 'PROGRAMME_MANAGER');
    expect((await t.client.ok(Q.organisation, {}, { apiKey: created.secret })).organisation.id).toBe(org.id);

    const revoked = await t.client.ok(Q.revokeApiKey, { input: { apiKeyId: created.apiKey.id } }, asAdmin());
    expect(revoked.revokeApiKey).toEqual({ id: created.apiKey.id, revokedAt: expect.any(String) });
    for (const as of [{ apiKey: created.secret }, bearer(created.secret), { apiKey: created.secret, organisationId: org.id }]) {
      expect(codeOf(await t.client.fails(Q.organisation, {}, as))).toEqual({ code: 'UNAUTHENTICATED' });
    }
    expect((await listKeys()).find((k) => k.id === created.apiKey.id)).toMatchObject({ revokedAt: revoked.revokeApiKey.revokedAt });

    // Revoking again changes nothing and records nothing more.
    const again = await t.client.ok(Q.revokeApiKey, { input: { apiKeyId: created.apiKey.id } }, asAdmin());
    expect(again.revokeApiKey.revokedAt).toBe(revoked.revokeApiKey.revokedAt);
    const revocations = (await historyOf(t.client, asAdmin(), 20)).filter(
      (e) => e.type === 'API_KEY_REVOKED' && e.payload.apiKeyId === created.apiKey.id,
    );
    expect(revocations).toHaveLength(1);
  });

  it('refuses keys it never issued', async () => {
    for (const as of [{ apiKey: 'cpk_' + 'A'.repeat(43) }, bearer('cpk_' + 'B'.repeat(43)), { apiKey: 'not-a-key' }]) {
      expect(codeOf(await t.client.fails(Q.organisation, {}, as))).toEqual({ code: 'UNAUTHENTICATED' });
    }
  });
});
