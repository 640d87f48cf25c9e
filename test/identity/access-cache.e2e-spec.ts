import type { GraphqlClient, GraphqlError, As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { addMember, codeOf, newOrganisation, PASSWORD, Q } from './identity-helpers';

const SIGN_OUT = `mutation { signOut }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

/**
 * The first refusal of `query` as `as`, asked again and again for up to a second: the bound
 * within which a change of access made anywhere must count (README.md, MEMBERSHIP_CACHE_SECONDS). Fails if it still passes then.
 */
async function refusedWithinASecond(client: GraphqlClient, query: string, as: As): Promise<GraphqlError> {
  const deadline = Date.now() + 1000;
  for (;;) {
    const { errors } = await client.request(query, {}, as);
    if (errors?.length) return errors[0];
    if (Date.now() > deadline) throw new Error(`${query} still passes a second after the change`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Requests find who their credentials name through a short cache (libs/identity/src/memberships/
 * membership-cache.ts, apps/api/src/auth/policy.guard.ts). Each change of access must count on the
 * very next request, although the cache held the person's access from the request before.
 */
describe('access through the cache of who credentials name', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const createProgramme = `mutation { createProgramme(input: { name: "Straight after" }) { id } }`;

  it('counts a raised role, a lowered role and a removal on the next request', async () => {
    const org = await newOrganisation(t.client);
    const member = await addMember(t.client, org, 'VIEWER');
    const as = { token: member.token, organisationId: org.id };
    expect(codeOf(await t.client.fails(createProgramme, {}, as))).toEqual({ code: 'FORBIDDEN' });

    await t.client.ok(
      Q.changeMemberRole,
      { input: { membershipId: member.membershipId, role: 'PROGRAMME_MANAGER' } },
      { token: org.admin.token, organisationId: org.id },
    );
    expect((await t.client.ok(createProgramme, {}, as)).createProgramme.id).toEqual(expect.any(String));

    await t.client.ok(
      Q.changeMemberRole,
      { input: { membershipId: member.membershipId, role: 'VIEWER' } },
      { token: org.admin.token, organisationId: org.id },
    );
    expect(codeOf(await t.client.fails(createProgramme, {}, as))).toEqual({ code: 'FORBIDDEN' });

    await t.client.ok(Q.removeMember, { input: { membershipId: member.membershipId } }, { token: org.admin.token, organisationId: org.id });
    expect(codeOf(await t.client.fails(Q.organisation, {}, as))).toEqual({ code: 'NOT_FOUND' });
  });

  it('lets a person act in an organisation they created a moment ago', async () => {
    const org = await newOrganisation(t.client);
    await t.client.ok(Q.organisation, {}, { token: org.admin.token, organisationId: org.id });
    const second = (await t.client.ok(Q.createOrganisation, { input: { name: 'Second Council' } }, { token: org.admin.token }))
      .createOrganisation.id;
    expect((await t.client.ok(Q.organisation, {}, { token: org.admin.token, organisationId: second })).organisation.id).toBe(second);
  });

  it('refuses a token on the next request once it signed out, and the other tokens once the password changed', async () => {
    const org = await newOrganisation(t.client);
    const member = await addMember(t.client, org, 'CONTRIBUTOR');
    const other = await t.client.signIn(member.email, PASSWORD);
    const as = { token: member.token, organisationId: org.id };
    await t.client.ok(Q.organisation, {}, as);
    expect(await t.client.ok(SIGN_OUT, {}, as)).toEqual({ signOut: true });
    expect(codeOf(await t.client.fails(Q.organisation, {}, as))).toEqual({ code: 'UNAUTHENTICATED' });

    const kept = await t.client.signIn(member.email, PASSWORD);
    const elsewhere = { token: other.token, organisationId: org.id };
    await t.client.ok(Q.organisation, {}, elsewhere);
    await t.client.ok(
      CHANGE_PASSWORD,
      { input: { currentPassword: PASSWORD, newPassword: 'a new horse battery staple' } },
      { token: kept.token },
    );
    expect(codeOf(await t.client.fails(Q.organisation, {}, elsewhere))).toEqual({ code: 'UNAUTHENTICATED' });
    // The session the password was changed in goes on.
    await t.client.ok(Q.organisation, {}, { token: kept.token, organisationId: org.id });
  });

  it('refuses a revoked API key on the next request', async () => {
    const org = await newOrganisation(t.client);
    const created = (
      await t.client.ok(Q.createApiKey, { input: { name: 'Intranet', role: 'VIEWER' } }, { token: org.admin.token, organisationId: org.id })
    ).createApiKey;
    const key = { apiKey: created.secret as string };
    await t.client.ok(Q.organisation, {}, key);
    await t.client.ok(Q.revokeApiKey, { input: { apiKeyId: created.apiKey.id } }, { token: org.admin.token, organisationId: org.id });
    expect(codeOf(await t.client.fails(Q.organisation, {}, key))).toEqual({ code: 'UNAUTHENTICATED' });
  });

  // Replicas share one database: each keeps its own cache, and hears the other's changes of access
  // through PostgreSQL's LISTEN/NOTIFY (libs/history/src/event-fanout.ts). The second one trusts its
  // cache for ten minutes, so only the signal can explain a refusal within the second.
  (process.env.DATABASE_URL ? describe : describe.skip)('on a second API process over the same database', () => {
    let b: TestApp;
    beforeAll(async () => {
      b = await startTestApp(
        { JWT_SECRET: t.config.jwtSecret, MEMBERSHIP_CACHE_SECONDS: '600' },
        { databaseUrl: t.config.databaseOwnerUrl! },
      );
    });
    afterAll(() => b.close());

    it('counts a lowered role and a removal made on the first within a second', async () => {
      const org = await newOrganisation(t.client);
      const member = await addMember(t.client, org, 'PROGRAMME_MANAGER');
      const as = { token: member.token, organisationId: org.id };
      await b.client.ok(createProgramme, {}, as);

      await t.client.ok(
        Q.changeMemberRole,
        { input: { membershipId: member.membershipId, role: 'VIEWER' } },
        { token: org.admin.token, organisationId: org.id },
      );
      expect(codeOf(await refusedWithinASecond(b.client, createProgramme, as))).toEqual({ code: 'FORBIDDEN' });

      await b.client.ok(Q.organisation, {}, as);
      await t.client.ok(
        Q.removeMember,
        { input: { membershipId: member.membershipId } },
        { token: org.admin.token, organisationId: org.id },
      );
      expect(codeOf(await refusedWithinASecond(b.client, Q.organisation, as))).toEqual({ code: 'NOT_FOUND' });
    });

    it('refuses within a second a token signed out on the first, the tokens a password change there ended, and a key revoked there', async () => {
      const org = await newOrganisation(t.client);
      const member = await addMember(t.client, org, 'CONTRIBUTOR');
      const other = await t.client.signIn(member.email, PASSWORD);
      const as = { token: member.token, organisationId: org.id };
      const elsewhere = { token: other.token, organisationId: org.id };
      await b.client.ok(Q.organisation, {}, as);
      await b.client.ok(Q.organisation, {}, elsewhere);

      expect(await t.client.ok(SIGN_OUT, {}, as)).toEqual({ signOut: true });
      expect(codeOf(await refusedWithinASecond(b.client, Q.organisation, as))).toEqual({ code: 'UNAUTHENTICATED' });
      await b.client.ok(Q.organisation, {}, elsewhere);

      const kept = await t.client.signIn(member.email, PASSWORD);
      await t.client.ok(
        CHANGE_PASSWORD,
        { input: { currentPassword: PASSWORD, newPassword: 'a new horse battery staple' } },
        { token: kept.token },
      );
      expect(codeOf(await refusedWithinASecond(b.client, Q.organisation, elsewhere))).toEqual({ code: 'UNAUTHENTICATED' });

      const created = (
        await t.client.ok(
          Q.createApiKey,
          { input: { name: 'Intranet', role: 'VIEWER' } },
          { token: org.admin.token, organisationId: org.id },
        )
      ).createApiKey;
      const key = { apiKey: created.secret as string };
      await b.client.ok(Q.organisation, {}, key);
      await t.client.ok(Q.revokeApiKey, { input: { apiKeyId: created.apiKey.id } }, { token: org.admin.token, organisationId: org.id });
      expect(codeOf(await refusedWithinASecond(b.client, Q.organisation, key))).toEqual({ code: 'UNAUTHENTICATED' });
    });
  });
});
