import { startTestApp, type TestApp } from '../support/test-app';
import { addMember, codeOf, newOrganisation, Q } from './identity-helpers';

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
});
