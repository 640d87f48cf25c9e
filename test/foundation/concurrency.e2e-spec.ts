import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Many requests at once, a third of which write and then fail (and so roll back): on the
 * embedded database they share one PGlite session, so this is what the database lock is for.
 */
describe('concurrent requests with rollbacks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lose nothing and leak nothing', async () => {
    const admin = await t.client.signUp('Admin');
    const organisationId = await t.client.createOrganisation(admin.token);
    const as = { token: admin.token, organisationId };
    const existing = await Promise.all(Array.from({ length: 10 }, (_, i) => t.client.signUp(`Existing ${i}`)));
    const invite = (email: string) =>
      t.client.ok(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
        { input: { email, role: 'CONTRIBUTOR' } },
        as,
      );
    const forExisting = await Promise.all(existing.map((person) => invite(person.email)));
    const forNew = await Promise.all(Array.from({ length: 10 }, (_, i) => invite(`new.${i}.${Date.now()}@example.org`)));

    const accept = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`;
    const results = await Promise.all([
      // not signed in, for addresses that have accounts: counted as failures, and nobody joins
      ...forExisting.map((i) =>
        t.client.request(accept, { input: { token: i.inviteMember.token, password: 'not the password', displayName: 'Intruder' } }),
      ),
      ...forNew.map((i, n) =>
        t.client.request(accept, { input: { token: i.inviteMember.token, password: 'correct horse battery', displayName: `New ${n}` } }),
      ),
      ...Array.from({ length: 10 }, (_, n) =>
        t.client.request(
          `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
          { input: { name: `Key ${n}`, role: 'VIEWER' } },
          as,
        ),
      ),
      ...Array.from({ length: 10 }, () => t.client.request(`{ members(first: 100) { totalCount } }`, {}, as)),
    ]);
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(results.slice(0, 20).every((r) => r.data.acceptInvitation.membership === null)).toBe(true);

    const after = await t.client.ok(
      `{ members(first: 100) { totalCount } apiKeys { id } history(first: 100) { totalCount edges { node { type } } } }`,
      {},
      as,
    );
    expect(after.members.totalCount).toBe(1 + 10);
    expect(after.apiKeys).toHaveLength(10);
    const types = after.history.edges.map((e: { node: { type: string } }) => e.node.type);
    expect(types.filter((type: string) => type === 'INVITATION_ACCEPTED')).toHaveLength(10);
    expect(types.filter((type: string) => type === 'API_KEY_CREATED')).toHaveLength(10);

    // The failed attempts left their invitations usable by the people invited, signed in as themselves.
    const retried = await Promise.all(
      forExisting.map((i, n) => t.client.request(accept, { input: { token: i.inviteMember.token } }, { token: existing[n].token })),
    );
    expect(retried.every((r) => !r.errors)).toBe(true);
    expect((await t.client.ok(`{ members(first: 100) { totalCount } }`, {}, as)).members.totalCount).toBe(21);
  });
});
