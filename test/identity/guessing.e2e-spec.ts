import { startTestApp, type TestApp } from '../support/test-app';
import { codeOf, from, newOrganisation, type Org, PASSWORD, Q, sql, uniqueEmail } from './identity-helpers';

/**
 * The ways a stranger might test someone's password or learn that their account exists, each
 * closed: an invitation to the victim's address, sign-up, and passwords guessable from lists.
 */
describe('identity: guessing passwords and mapping accounts', () => {
  let t: TestApp;
  let attackerOrg: Org;
  let victim: { email: string; userId: string };
  beforeAll(async () => {
    t = await startTestApp();
    attackerOrg = await newOrganisation(t.client, 'Attacker Council');
    const email = uniqueEmail('Victim');
    await t.client.ok(Q.signUp, { input: { email, password: PASSWORD, displayName: 'The Victim' } });
    victim = { email, userId: (await t.client.signIn(email)).userId };
  });
  afterAll(() => t.close());

  const asAttackerAdmin = () => ({ token: attackerOrg.admin.token, organisationId: attackerOrg.id });
  const invite = async (email: string) =>
    (await t.client.ok(Q.inviteMember, { input: { email, role: 'ADMIN' } }, asAttackerAdmin())).inviteMember;
  const accept = (token: string, password: string, client: string) =>
    t.client.request(Q.acceptInvitation, { input: { token, password, displayName: 'Whoever' } }, from(client));
  const signIn = (email: string, password: string, client: string) =>
    t.client.request(Q.signIn, { input: { email, password } }, from(client));
  const attackerMembers = async () =>
    (await t.client.ok(Q.members, {}, asAttackerAdmin())).members.edges.map(
      (e: { node: { user: { id: string } } }) => e.node.user.id,
    ) as string[];

  describe("an attacker's invitation to the victim's address", () => {
    it('hands out no session and joins no one, even with the right password, and answers as for an address without an account', async () => {
      const attacker = '203.0.113.10';
      const forVictim = await invite(victim.email);
      const forNobody = await invite(uniqueEmail('Nobody Yet'));

      const guessed = await accept(forVictim.token, PASSWORD, attacker);
      const created = await accept(forNobody.token, PASSWORD, attacker);
      expect(guessed.errors).toBeUndefined();
      // Word for word the same: the answer does not tell that the victim's address has an account.
      expect(guessed.data).toEqual(created.data);
      expect(guessed.data.acceptInvitation.membership).toBeNull();
      expect(await attackerMembers()).not.toContain(victim.userId);
      // There is no session to be had from accepting at all.
      const asking = await t.client.request(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`, {
        input: { token: forVictim.token, password: PASSWORD, displayName: 'Whoever' },
      });
      expect(asking.status).toBe(400);
      expect(asking.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('counts each attempt with sign-in failures, so it brings the attacker, not the victim, to the limit', async () => {
      const attacker = '203.0.113.11';
      const invitation = await invite(victim.email);
      for (const guess of ['guess number one', 'guess number two'])
        expect((await accept(invitation.token, guess, attacker)).errors).toBeUndefined();
      // Two through the invitation, three through sign-in: five failures from this client for this address.
      for (const guess of ['guess number three', 'guess number four', 'guess number five']) {
        expect(codeOf((await signIn(victim.email, guess, attacker)).errors![0])).toEqual({ code: 'UNAUTHENTICATED' });
      }
      expect(codeOf((await signIn(victim.email, PASSWORD, attacker)).errors![0])).toEqual({ code: 'TOO_MANY_ATTEMPTS' });
      // The victim, from their own client, signs in as ever.
      expect((await signIn(victim.email, PASSWORD, '198.51.100.200')).data.signIn.user.id).toBe(victim.userId);
      // A refused attempt through the invitation is refused the same way.
      expect(codeOf((await accept(invitation.token, PASSWORD, attacker)).errors![0])).toEqual({ code: 'TOO_MANY_ATTEMPTS' });
    });

    it('dies after three attempts by someone it was not sent to, even for the person it was sent to', async () => {
      const invitation = await invite(victim.email);
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await accept(invitation.token, `guess ${attempt} of many`, `203.0.113.${20 + attempt}`)).errors).toBeUndefined();
      }
      const dead = await accept(invitation.token, PASSWORD, '203.0.113.30');
      expect(codeOf(dead.errors![0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.token'] });
      const victimSession = await t.client.signIn(victim.email);
      const late = await t.client.request(Q.acceptInvitation, { input: { token: invitation.token } }, { token: victimSession.token });
      expect(codeOf(late.errors![0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.token'] });
      const listed = (await t.client.ok(Q.invitations, {}, asAttackerAdmin())).invitations.edges.map(
        (e: { node: { id: string } }) => e.node,
      );
      expect(listed.find((i: { id: string }) => i.id === invitation.invitation.id)).toMatchObject({ acceptedAt: null, failedAttempts: 3 });
      expect(await attackerMembers()).not.toContain(victim.userId);
    });

    it('counts a signed-in stranger trying it, and refuses them', async () => {
      const invitation = await invite(victim.email);
      const stranger = await t.client.signUp('Stranger');
      const taken = await t.client.request(Q.acceptInvitation, { input: { token: invitation.token } }, { token: stranger.token });
      expect(codeOf(taken.errors![0])).toEqual({ code: 'FORBIDDEN' });
      expect(await sql(t, `SELECT failed_attempts FROM invitation WHERE id = $1`, [invitation.invitation.id])).toEqual([
        { failed_attempts: 1 },
      ]);
    });

    it('is refused to an API key', async () => {
      const key = (await t.client.ok(Q.createApiKey, { input: { name: 'Key', role: 'ADMIN' } }, asAttackerAdmin())).createApiKey.secret;
      const invitation = await invite(uniqueEmail('Key Target'));
      expect(codeOf(await t.client.fails(Q.acceptInvitation, { input: { token: invitation.token } }, { apiKey: key }))).toEqual({
        code: 'FORBIDDEN',
      });
    });
  });

  describe('passwords', () => {
    it('refuses the passwords most often found in breaches, whatever their case or a suffix, naming the field', async () => {
      for (const password of ['qwertyuiop', 'Password123', 'MANCHESTER2024!', '1q2w3e4r5t6y']) {
        const error = await t.client.fails(Q.signUp, { input: { email: uniqueEmail('Weak'), password, displayName: 'Weak Choice' } });
        expect(codeOf(error)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.password'] });
        expect(error.extensions!.fields![0].message).toMatch(/most common passwords/);
      }
      // On the other ways to choose a password too.
      const invitation = await invite(uniqueEmail('Weak Invitee'));
      const accepting = await t.client.fails(Q.acceptInvitation, {
        input: { token: invitation.token, password: 'iloveyou123', displayName: 'Weak' },
      });
      expect(codeOf(accepting)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.password'] });
      const resetting = await t.client.fails(Q.resetPassword, { input: { token: 'x'.repeat(43), newPassword: 'baseball123' } });
      expect(codeOf(resetting)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.newPassword'] });
      // A passphrase of ordinary words is fine.
      expect(
        (
          await t.client.request(Q.signUp, {
            input: { email: uniqueEmail('Strong'), password: 'kettle orbit marigold', displayName: 'Strong' },
          })
        ).errors,
      ).toBeUndefined();
    });
  });

  describe('API keys', () => {
    it('cannot issue password-reset links, even as ADMIN', async () => {
      const { secret } = (await t.client.ok(Q.createApiKey, { input: { name: 'Intranet admin', role: 'ADMIN' } }, asAttackerAdmin()))
        .createApiKey;
      const error = await t.client.fails(Q.issuePasswordReset, { input: { userId: attackerOrg.admin.userId } }, { apiKey: secret });
      expect(codeOf(error)).toEqual({ code: 'FORBIDDEN' });
      expect(await sql(t, `SELECT 1 FROM password_reset WHERE user_id = $1`, [attackerOrg.admin.userId])).toEqual([]);
    });

    it('revokes the keys a key made when it is revoked, however deep; a VIEWER key makes none', async () => {
      const parent = (await t.client.ok(Q.createApiKey, { input: { name: 'Parent', role: 'ADMIN' } }, asAttackerAdmin())).createApiKey;
      const child = (await t.client.ok(Q.createApiKey, { input: { name: 'Child', role: 'ADMIN' } }, { apiKey: parent.secret }))
        .createApiKey;
      const grandchild = (await t.client.ok(Q.createApiKey, { input: { name: 'Grandchild', role: 'VIEWER' } }, { apiKey: child.secret }))
        .createApiKey;
      // A VIEWER key may not manage keys at all.
      expect(
        codeOf(await t.client.fails(Q.createApiKey, { input: { name: 'Great', role: 'VIEWER' } }, { apiKey: grandchild.secret })),
      ).toEqual({ code: 'FORBIDDEN' });
      expect((await t.client.ok(`{ organisation { id } }`, {}, { apiKey: grandchild.secret })).organisation.id).toBe(attackerOrg.id);

      const family = (await t.client.ok(`{ apiKeys { id parentKeyId } }`, {}, asAttackerAdmin())).apiKeys as Array<{
        id: string;
        parentKeyId: string | null;
      }>;
      expect(family).toEqual(
        expect.arrayContaining([
          { id: parent.apiKey.id, parentKeyId: null },
          { id: child.apiKey.id, parentKeyId: parent.apiKey.id },
          { id: grandchild.apiKey.id, parentKeyId: child.apiKey.id },
        ]),
      );

      await t.client.ok(Q.revokeApiKey, { input: { apiKeyId: parent.apiKey.id } }, asAttackerAdmin());
      for (const secret of [parent.secret, child.secret, grandchild.secret]) {
        expect(codeOf(await t.client.fails(`{ organisation { id } }`, {}, { apiKey: secret }))).toEqual({ code: 'UNAUTHENTICATED' });
      }
      const keys = (await t.client.ok(Q.apiKeys, {}, asAttackerAdmin())).apiKeys as Array<{ id: string; revokedAt: string | null }>;
      for (const id of [child.apiKey.id, grandchild.apiKey.id])
        expect(keys.find((k) => k.id === id)!.revokedAt).toEqual(expect.any(String));
    });
  });
});
