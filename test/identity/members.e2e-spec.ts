import { startTestApp, type TestApp } from '../support/test-app';
import { addMember, codeOf, historyOf, type Member, newOrganisation, type Org, PASSWORD, Q, sql, uniqueEmail } from './identity-helpers';

describe('identity: organisations, members, roles and invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const asAdmin = (org: Org) => ({ token: org.admin.token, organisationId: org.id });
  const members = async (org: Org) =>
    (await t.client.ok(Q.members, {}, asAdmin(org))).members.edges.map(
      (e: { node: { id: string; role: string; user: { id: string } } }) => ({
        id: e.node.id,
        role: e.node.role,
        userId: e.node.user.id,
      }),
    );
  const invite = async (org: Org, email: string, role: string) =>
    (await t.client.ok(Q.inviteMember, { input: { email, role } }, asAdmin(org))).inviteMember;
  const accept = (input: Record<string, unknown>, token?: string) => t.client.request(Q.acceptInvitation, { input }, { token });

  it('makes the creator of an organisation its one member, an ADMIN', async () => {
    const signedUp = await t.client.signUp('Founder');
    const created = await t.client.ok(
      Q.createOrganisation,
      { input: { name: 'Riverside Borough', timeZone: 'Europe/Dublin', currency: 'EUR' } },
      { token: signedUp.token },
    );
    expect(created.createOrganisation).toEqual({
      id: expect.any(String),
      name: 'Riverside Borough',
      timeZone: 'Europe/Dublin',
      currency: 'EUR',
      version: 1,
    });
    const id = created.createOrganisation.id;

    const list = await t.client.ok(Q.members, {}, { token: signedUp.token, organisationId: id });
    expect(list.members.totalCount).toBe(1);
    expect(list.members.edges[0].node).toMatchObject({
      role: 'ADMIN',
      user: { id: signedUp.userId, email: signedUp.email },
      organisation: { id },
    });
    // With one membership the header may be left out.
    expect((await t.client.ok(Q.organisation, {}, { token: signedUp.token })).organisation.id).toBe(id);

    const defaults = await t.client.ok(Q.createOrganisation, { input: { name: 'Defaults Council' } }, { token: signedUp.token });
    expect(defaults.createOrganisation).toMatchObject({ timeZone: 'Europe/London', currency: 'GBP' });
    const bad = await t.client.fails(
      Q.createOrganisation,
      { input: { name: '', timeZone: 'Mars/Olympus', currency: 'XYZ' } },
      { token: signedUp.token },
    );
    expect(codeOf(bad)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining(['input.name', 'input.timeZone', 'input.currency']),
    });
  });

  describe('invitations', () => {
    let org: Org;
    beforeAll(async () => {
      org = await newOrganisation(t.client);
    });

    it('invites a new person, who accepts by creating an account', async () => {
      const email = uniqueEmail('Newcomer');
      const issued = await invite(org, email.toUpperCase(), 'CONTRIBUTOR');
      expect(issued.invitation).toMatchObject({ email, role: 'CONTRIBUTOR', acceptedAt: null, revokedAt: null });
      expect(new URL(issued.acceptUrl).searchParams.get('token')).toBe(issued.token);
      expect(JSON.stringify(await sql(t, `SELECT * FROM invitation WHERE id = $1`, [issued.invitation.id]))).not.toContain(issued.token);

      // Creating the account needs a password and a name; refusing writes nothing and leaves the link usable.
      const incomplete = await accept({ token: issued.token });
      expect(codeOf(incomplete.errors![0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.password', 'input.displayName'] });
      expect(await sql(t, `SELECT 1 FROM app_user WHERE email = $1`, [email])).toEqual([]);

      const accepted = await accept({ token: issued.token, password: PASSWORD, displayName: 'New Comer' });
      expect(accepted.errors).toBeUndefined();
      // No session: the new account signs in with the password it chose.
      expect(accepted.data.acceptInvitation).toEqual({ message: expect.stringMatching(/sign in/), membership: null });
      const signedIn = (await t.client.ok(Q.signIn, { input: { email, password: PASSWORD } })).signIn;
      expect(signedIn.user).toEqual({ id: expect.any(String), email, displayName: 'New Comer' });
      const me = await t.client.ok(Q.me, {}, { token: signedIn.token });
      expect(me.me.memberships).toEqual([
        expect.objectContaining({ role: 'CONTRIBUTOR', organisation: expect.objectContaining({ id: org.id }) }),
      ]);

      const listed = (await t.client.ok(Q.invitations, {}, asAdmin(org))).invitations.edges.map((e: { node: { id: string } }) => e.node);
      expect(listed.find((i: { id: string }) => i.id === issued.invitation.id)).toMatchObject({
        acceptedAt: expect.any(String),
        revokedAt: null,
        failedAttempts: 0,
      });
    });

    it('invites an existing account, which accepts only signed in as itself', async () => {
      const elsewhere = await newOrganisation(t.client, 'Elsewhere Council');
      const issued = await invite(org, elsewhere.admin.email, 'CONSULTANT');

      // Not signed in, even the right password joins no one and hands out no session.
      const anonymous = await accept({ token: issued.token, password: PASSWORD, displayName: 'Someone' });
      expect(anonymous.data.acceptInvitation).toEqual({ message: expect.any(String), membership: null });
      expect((await members(org)).some((m: { userId: string }) => m.userId === elsewhere.admin.userId)).toBe(false);

      // Someone else, signed in, cannot take the invitation either.
      const stranger = await t.client.signUp('Stranger');
      const taken = await accept({ token: issued.token }, stranger.token);
      expect(codeOf(taken.errors![0])).toEqual({ code: 'FORBIDDEN' });

      const accepted = await accept({ token: issued.token }, elsewhere.admin.token);
      expect(accepted.data.acceptInvitation.membership).toEqual({
        id: expect.any(String),
        role: 'CONSULTANT',
        organisation: { id: org.id },
        user: { id: elsewhere.admin.userId },
      });
      const me = await t.client.ok(Q.me, {}, { token: elsewhere.admin.token });
      expect(me.me.memberships.map((m: { role: string; organisation: { id: string } }) => [m.organisation.id, m.role]).sort()).toEqual(
        [
          [elsewhere.id, 'ADMIN'],
          [org.id, 'CONSULTANT'],
        ].sort(),
      );
      // The account's name is unchanged; the two failed attempts are on the invitation's record.
      expect(me.me.displayName).toBe(elsewhere.admin.displayName);
      const listed = (await t.client.ok(Q.invitations, {}, asAdmin(org))).invitations.edges.map((e: { node: { id: string } }) => e.node);
      expect(listed.find((i: { id: string }) => i.id === issued.invitation.id)).toMatchObject({
        acceptedAt: expect.any(String),
        failedAttempts: 2,
      });
    });

    it('makes each link work once, and stops a revoked one', async () => {
      const first = await invite(org, uniqueEmail('Once'), 'VIEWER');
      const ok = await accept({ token: first.token, password: PASSWORD, displayName: 'Once Only' });
      expect(ok.errors).toBeUndefined();
      const before = (await members(org)).length;
      const again = await accept({ token: first.token, password: PASSWORD, displayName: 'Twice' });
      expect(again.data?.acceptInvitation).toBeUndefined();
      expect(codeOf(again.errors![0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.token'] });

      const revokedEmail = uniqueEmail('Revoked');
      const second = await invite(org, revokedEmail, 'VIEWER');
      const revoked = await t.client.ok(Q.revokeInvitation, { input: { invitationId: second.invitation.id } }, asAdmin(org));
      expect(revoked.revokeInvitation).toMatchObject({ id: second.invitation.id, revokedAt: expect.any(String), acceptedAt: null });
      const late = await accept({ token: second.token, password: PASSWORD, displayName: 'Too Late' });
      expect(codeOf(late.errors![0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.token'] });
      expect(await sql(t, `SELECT 1 FROM app_user WHERE email = $1`, [revokedEmail])).toEqual([]);

      // Revoking again changes nothing; an accepted invitation cannot be revoked.
      const twice = await t.client.ok(Q.revokeInvitation, { input: { invitationId: second.invitation.id } }, asAdmin(org));
      expect(twice.revokeInvitation.revokedAt).toBe(revoked.revokeInvitation.revokedAt);
      const acceptedOne = await t.client.fails(Q.revokeInvitation, { input: { invitationId: first.invitation.id } }, asAdmin(org));
      expect(codeOf(acceptedOne)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.invitationId'] });

      // An unknown token is refused the same way.
      const unknown = await accept({ token: 'x'.repeat(43), password: PASSWORD, displayName: 'Nobody' });
      expect(codeOf(unknown.errors![0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.token'] });
      expect((await members(org)).length).toBe(before);
    });

    it('says where each invitation stands, and lists those in one state', async () => {
      const own = await newOrganisation(t.client, 'Status Council');
      const issue = async (name: string) => (await invite(own, uniqueEmail(name), 'VIEWER')).invitation.id as string;
      const [pending, accepted, revoked, expired, locked] = [
        await issue('Pending'),
        await invite(own, uniqueEmail('Accepted'), 'VIEWER'),
        await issue('Revoked'),
        await issue('Expired'),
        await issue('Locked'),
      ];
      expect((await accept({ token: accepted.token, password: PASSWORD, displayName: 'Joined' })).errors).toBeUndefined();
      await t.client.ok(Q.revokeInvitation, { input: { invitationId: revoked } }, asAdmin(own));
      await sql(t, `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired]);
      await sql(t, `UPDATE invitation SET failed_attempts = 3 WHERE id = $1`, [locked]);

      const statusOf = async (status?: string) =>
        (await t.client.ok(Q.invitationsByStatus, { status }, asAdmin(own))).invitations as {
          totalCount: number;
          edges: { node: { id: string; status: string } }[];
        };
      const all = await statusOf();
      expect(Object.fromEntries(all.edges.map((e) => [e.node.id, e.node.status]))).toEqual({
        [pending]: 'PENDING',
        [accepted.invitation.id]: 'ACCEPTED',
        [revoked]: 'REVOKED',
        [expired]: 'EXPIRED',
        [locked]: 'LOCKED',
      });
      for (const [status, id] of [
        ['PENDING', pending],
        ['ACCEPTED', accepted.invitation.id],
        ['REVOKED', revoked],
        ['EXPIRED', expired],
        ['LOCKED', locked],
      ]) {
        const only = await statusOf(status);
        expect({ status, totalCount: only.totalCount, ids: only.edges.map((e) => e.node.id) }).toEqual({
          status,
          totalCount: 1,
          ids: [id],
        });
      }
      const bad = await t.client.request(Q.invitationsByStatus, { status: 'OPEN' }, asAdmin(own));
      expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('refuses to invite an address that already belongs to a member', async () => {
      const error = await t.client.fails(Q.inviteMember, { input: { email: org.admin.email.toUpperCase(), role: 'VIEWER' } }, asAdmin(org));
      expect(codeOf(error)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.email'] });
      const bad = await t.client.fails(Q.inviteMember, { input: { email: 'not-an-address', role: 'VIEWER' } }, asAdmin(org));
      expect(codeOf(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.email'] });
      const role = await t.client.request(Q.inviteMember, { input: { email: uniqueEmail('Role'), role: 'OWNER' } }, asAdmin(org));
      expect(role.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('roles and removal', () => {
    it('changes a role, which takes effect on the next request', async () => {
      const org = await newOrganisation(t.client);
      const member = await addMember(t.client, org, 'VIEWER');
      const as = { token: member.token, organisationId: org.id };
      expect(codeOf(await t.client.fails(Q.inviteMember, { input: { email: uniqueEmail('X'), role: 'VIEWER' } }, as))).toEqual({
        code: 'FORBIDDEN',
      });

      const changed = await t.client.ok(Q.changeMemberRole, { input: { membershipId: member.membershipId, role: 'ADMIN' } }, asAdmin(org));
      expect(changed.changeMemberRole).toEqual({ id: member.membershipId, role: 'ADMIN' });
      expect((await t.client.ok(Q.me, {}, { token: member.token })).me.memberships[0].role).toBe('ADMIN');
      // The same session now may do what an ADMIN does.
      expect((await t.client.ok(Q.inviteMember, { input: { email: uniqueEmail('Y'), role: 'VIEWER' } }, as)).inviteMember.token).toEqual(
        expect.any(String),
      );

      const back = await t.client.ok(
        Q.changeMemberRole,
        { input: { membershipId: member.membershipId, role: 'CONTRIBUTOR' } },
        asAdmin(org),
      );
      expect(back.changeMemberRole.role).toBe('CONTRIBUTOR');
      const bad = await t.client.request(Q.changeMemberRole, { input: { membershipId: 'not-a-uuid', role: 'VIEWER' } }, asAdmin(org));
      expect(codeOf(bad.errors![0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.membershipId'] });
    });

    it('removes a member, whose session then no longer reaches the organisation', async () => {
      const org = await newOrganisation(t.client);
      const member = await addMember(t.client, org, 'CONTRIBUTOR');
      const removed = await t.client.ok(Q.removeMember, { input: { membershipId: member.membershipId } }, asAdmin(org));
      expect(removed.removeMember).toEqual({ id: member.membershipId, role: 'CONTRIBUTOR' });
      expect((await members(org)).map((m: { userId: string }) => m.userId)).toEqual([org.admin.userId]);

      for (const query of [Q.organisation, Q.members, Q.history]) {
        expect(codeOf(await t.client.fails(query, {}, { token: member.token, organisationId: org.id }))).toEqual({ code: 'NOT_FOUND' });
      }
      expect((await t.client.ok(Q.me, {}, { token: member.token })).me.memberships).toEqual([]);
      // Removing it again finds nothing.
      expect(codeOf(await t.client.fails(Q.removeMember, { input: { membershipId: member.membershipId } }, asAdmin(org)))).toEqual({
        code: 'NOT_FOUND',
      });
    });

    it('lets a member who is not the last ADMIN leave', async () => {
      const org = await newOrganisation(t.client);
      const member = await addMember(t.client, org, 'VIEWER');
      const left = await t.client.ok(Q.leaveOrganisation, {}, { token: member.token, organisationId: org.id });
      expect(left.leaveOrganisation).toEqual({ id: member.membershipId, role: 'VIEWER' });
      expect((await members(org)).length).toBe(1);
    });

    it('never leaves an organisation without an ADMIN: the last one can neither be removed, demoted nor leave', async () => {
      const org = await newOrganisation(t.client);
      const viewer = await addMember(t.client, org, 'VIEWER');
      const removeSelf = await t.client.fails(Q.removeMember, { input: { membershipId: org.admin.membershipId } }, asAdmin(org));
      expect(codeOf(removeSelf)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.membershipId'] });
      const demote = await t.client.fails(
        Q.changeMemberRole,
        { input: { membershipId: org.admin.membershipId, role: 'PROGRAMME_MANAGER' } },
        asAdmin(org),
      );
      expect(codeOf(demote)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.role'] });
      const leave = await t.client.fails(Q.leaveOrganisation, {}, asAdmin(org));
      expect(leave.extensions!.code).toBe('BAD_USER_INPUT');
      expect(leave.message).toMatch(/last ADMIN/);
      expect(await members(org)).toEqual(
        expect.arrayContaining([
          { id: org.admin.membershipId, role: 'ADMIN', userId: org.admin.userId },
          { id: viewer.membershipId, role: 'VIEWER', userId: viewer.userId },
        ]),
      );

      // With a second ADMIN the first may step down; then the second is the last.
      await t.client.ok(Q.changeMemberRole, { input: { membershipId: viewer.membershipId, role: 'ADMIN' } }, asAdmin(org));
      await t.client.ok(Q.changeMemberRole, { input: { membershipId: org.admin.membershipId, role: 'VIEWER' } }, asAdmin(org));
      const second = { token: viewer.token, organisationId: org.id };
      expect(
        codeOf(await t.client.fails(Q.changeMemberRole, { input: { membershipId: viewer.membershipId, role: 'VIEWER' } }, second)),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.role'],
      });
      expect((await t.client.fails(Q.leaveOrganisation, {}, second)).extensions!.code).toBe('BAD_USER_INPUT');
      // The former ADMIN, now a VIEWER, can leave.
      expect((await t.client.ok(Q.leaveOrganisation, {}, { token: org.admin.token, organisationId: org.id })).leaveOrganisation.role).toBe(
        'VIEWER',
      );
    });

    it('keeps an ADMIN when two ADMINs demote or remove each other at the same moment', async () => {
      for (const mutation of ['demote', 'remove'] as const) {
        const org = await newOrganisation(t.client);
        const other = await addMember(t.client, org, 'ADMIN');
        const run = (by: Member, target: Member) =>
          mutation === 'demote'
            ? t.client.request(
                Q.changeMemberRole,
                { input: { membershipId: target.membershipId, role: 'VIEWER' } },
                { token: by.token, organisationId: org.id },
              )
            : t.client.request(
                Q.removeMember,
                { input: { membershipId: target.membershipId } },
                { token: by.token, organisationId: org.id },
              );
        const results = await Promise.all([run(org.admin, other), run(other, org.admin)]);
        const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
        // One wins. The other is refused clearly: as the last ADMIN, or, when it is checked after the
        // winner committed, as someone who is no longer an ADMIN (or no longer a member).
        expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
        expect(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND']).toContain(codes.find((c) => c !== 'OK'));
        const admins = await sql(t, `SELECT id FROM membership WHERE organisation_id = $1 AND role = 'ADMIN'`, [org.id]);
        expect(admins).toHaveLength(1);
      }
    });
  });

  describe('history', () => {
    it('records every membership change with ids only, never an address or a name', async () => {
      const org = await newOrganisation(t.client, 'Audited Council');
      const as = asAdmin(org);
      const people: Array<{ email: string; displayName: string }> = [org.admin];

      const joining = await invite(org, uniqueEmail('Joining Person'), 'VIEWER');
      await t.client.ok(Q.acceptInvitation, { input: { token: joining.token, password: PASSWORD, displayName: 'Joining Person' } });
      const joinerId = (await t.client.signIn(joining.invitation.email, PASSWORD)).userId;
      people.push({ email: joining.invitation.email, displayName: 'Joining Person' });
      const joinerMembership = (await members(org)).find((m: { userId: string }) => m.userId === joinerId)!.id;

      const declined = await invite(org, uniqueEmail('Declined Person'), 'CONSULTANT');
      people.push({ email: declined.invitation.email, displayName: 'Declined Person' });
      await t.client.ok(Q.revokeInvitation, { input: { invitationId: declined.invitation.id } }, as);
      await t.client.ok(Q.revokeInvitation, { input: { invitationId: declined.invitation.id } }, as); // a second revocation records nothing

      await t.client.ok(Q.changeMemberRole, { input: { membershipId: joinerMembership, role: 'CONTRIBUTOR' } }, as);
      const leaver = await addMember(t.client, org, 'VIEWER', 'Leaving Person');
      people.push(leaver);
      await t.client.ok(Q.leaveOrganisation, {}, { token: leaver.token, organisationId: org.id });
      await t.client.ok(Q.removeMember, { input: { membershipId: joinerMembership } }, as);

      const key = (await t.client.ok(Q.createApiKey, { input: { name: 'Intranet feed', role: 'VIEWER' } }, as)).createApiKey;
      await t.client.ok(Q.revokeApiKey, { input: { apiKeyId: key.apiKey.id } }, as);

      const events = await historyOf(t.client, as);
      expect(events.map((e) => e.type)).toEqual([
        'API_KEY_REVOKED',
        'API_KEY_CREATED',
        'MEMBER_REMOVED',
        'MEMBER_LEFT',
        'INVITATION_ACCEPTED',
        'MEMBER_ADDED',
        'INVITATION_CREATED',
        'MEMBER_ROLE_CHANGED',
        'INVITATION_REVOKED',
        'INVITATION_CREATED',
        'INVITATION_ACCEPTED',
        'MEMBER_ADDED',
        'INVITATION_CREATED',
        'ORGANISATION_CREATED',
      ]);
      const byAdmin = { actorType: 'USER', actorUserId: org.admin.userId, actorApiKeyName: null, programmeId: null };
      const [
        keyRevoked,
        keyCreated,
        removed,
        left,
        ,
        leaverAdded,
        ,
        roleChanged,
        revoked,
        declinedCreated,
        joinAccepted,
        joinAdded,
        joinCreated,
        created,
      ] = events;
      expect(keyRevoked).toMatchObject({ ...byAdmin, payload: { apiKeyId: key.apiKey.id } });
      expect(keyCreated).toMatchObject({ ...byAdmin, payload: { apiKeyId: key.apiKey.id, name: 'Intranet feed', role: 'VIEWER' } });
      expect(removed).toMatchObject({ ...byAdmin, payload: { membershipId: joinerMembership, userId: joinerId, role: 'CONTRIBUTOR' } });
      expect(left).toMatchObject({
        actorType: 'USER',
        actorUserId: leaver.userId,
        payload: { membershipId: leaver.membershipId, userId: leaver.userId, role: 'VIEWER' },
      });
      expect(leaverAdded.payload).toEqual({ membershipId: leaver.membershipId, userId: leaver.userId, role: 'VIEWER' });
      expect(roleChanged).toMatchObject({
        ...byAdmin,
        payload: { membershipId: joinerMembership, userId: joinerId, from: 'VIEWER', to: 'CONTRIBUTOR' },
      });
      expect(revoked).toMatchObject({ ...byAdmin, payload: { invitationId: declined.invitation.id } });
      expect(declinedCreated).toMatchObject({ ...byAdmin, payload: { invitationId: declined.invitation.id, role: 'CONSULTANT' } });
      expect(joinAccepted.payload).toEqual({ invitationId: joining.invitation.id, userId: joinerId });
      expect(joinAdded.payload).toEqual({ membershipId: joinerMembership, userId: joinerId, role: 'VIEWER' });
      expect(joinCreated).toMatchObject({ ...byAdmin, payload: { invitationId: joining.invitation.id, role: 'VIEWER' } });
      expect(created).toMatchObject({
        ...byAdmin,
        payload: { organisationId: org.id, membershipId: org.admin.membershipId, role: 'ADMIN' },
      });

      // Nothing personal anywhere in the history, in payloads or elsewhere.
      const text = JSON.stringify(events).toLowerCase();
      for (const person of people) {
        expect(text).not.toContain(person.email.toLowerCase());
        expect(text).not.toContain(person.displayName.toLowerCase());
      }
      expect(text).not.toContain('@');
      // The one-time secrets are not there either.
      for (const secret of [joining.token, declined.token, key.secret]) expect(JSON.stringify(events)).not.toContain(secret);

      // Another organisation sees none of it.
      const other = await newOrganisation(t.client);
      expect((await historyOf(t.client, asAdmin(other))).map((e) => e.type)).toEqual(['ORGANISATION_CREATED']);
    });
  });
});
