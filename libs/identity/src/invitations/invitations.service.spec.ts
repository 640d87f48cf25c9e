import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ForbiddenError, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { actingAs, addMember, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { sha256 } from '../auth/secrets';
import { throttleKeys } from '../auth/sign-in-throttle.service';
import { InvitationStatus, MAX_INVITATION_FAILURES } from './invitation.model';
import { InvitationsService } from './invitations.service';

const PASSWORD = 'a long and unusual passphrase 42';

/** Invitations on a real database: one use, only by the person invited, three strangers' tries at most, and no oracle. */
describe('InvitationsService', () => {
  let module: TestingModule;
  let invitations: InvitationsService;
  let db: Database;
  let admin: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule();
    invitations = module.get(InvitationsService);
    db = module.get(Database);
    admin = await newOrganisation(db, Role.ADMIN);
  });
  afterAll(() => module.close());

  /** A request by nobody signed in, from an address of its own (so the throttle's counts are its own). */
  const anonymous = () =>
    Object.assign(new RequestContext(randomUUID()), { clientAddress: `10.${randomInt(255)}.${randomInt(255)}.${randomInt(1, 255)}` });
  const invitation = async (id: string) => (await ownerQuery(db, `SELECT * FROM invitation WHERE id = $1`, [id]))[0];
  const events = (type: string) =>
    ownerQuery(db, `SELECT payload FROM event WHERE organisation_id = $1 AND type = $2 ORDER BY id`, [admin.tenantId, type]);

  it('invites an address (normalised), keeping only the hash of the token it hands out', async () => {
    const email = `New.${randomUUID()}@Example.org`;
    const { invitation: made, token, acceptUrl } = await invitations.invite(admin, { email: `  ${email} `, role: Role.CONSULTANT });
    expect(made).toMatchObject({ email: email.toLowerCase(), role: Role.CONSULTANT, invitedBy: admin.userId, failedAttempts: 0 });
    expect(acceptUrl).toMatch(new RegExp(`/invitations/accept\\?token=${token}$`));
    expect((await invitation(made.id)).token_hash).toBe(sha256(token));
    expect(Math.round((made.expiresAt.getTime() - Date.now()) / 86400_000)).toBe(14);
    expect(await events('INVITATION_CREATED')).toContainEqual({ payload: { invitationId: made.id, role: 'CONSULTANT' } });
    expect(JSON.stringify(await events('INVITATION_CREATED'))).not.toContain(email.toLowerCase());
  });

  it('refuses to invite the address of a member, naming the field', async () => {
    const member = await newUser(db);
    await addMember(db, admin.tenantId, member.id, Role.VIEWER);
    const error = await invitations.invite(admin, { email: member.email.toUpperCase(), role: Role.VIEWER }).catch((e: unknown) => e);
    expect((error as BadInputError).problems.map((p) => p.field)).toEqual(['input.email']);
  });

  it('joins the person invited, signed in as that address, once', async () => {
    const person = await newUser(db);
    const { invitation: made, token } = await invitations.invite(admin, { email: person.email, role: Role.CONTRIBUTOR });
    // Signed in, and in no organisation yet: the invitation names the one joined.
    const ctx = Object.assign(new RequestContext(randomUUID()), { actor: { kind: 'user', userId: person.id } });
    const accepted = await invitations.accept(ctx, { token });
    expect(accepted.message).toBe('You have joined the organisation as CONTRIBUTOR.');
    expect(accepted.membership).toMatchObject({ userId: person.id, organisationId: admin.tenantId, role: Role.CONTRIBUTOR });
    expect((await invitation(made.id)).accepted_at).toBeInstanceOf(Date);
    expect(await events('INVITATION_ACCEPTED')).toContainEqual({ payload: { invitationId: made.id, userId: person.id } });

    const again = await invitations.accept(actingAs(person.id, admin.tenantId, Role.CONTRIBUTOR), { token }).catch((e: unknown) => e);
    expect((again as BadInputError).problems.map((p) => p.field)).toEqual(['input.token']);
    await expect(invitations.revoke(admin, made.id)).rejects.toThrow(BadInputError);
  });

  it('counts a signed-in stranger against the invitation, which dies after three such tries', async () => {
    const invited = await newUser(db);
    const { invitation: made, token } = await invitations.invite(admin, { email: invited.email, role: Role.VIEWER });
    const stranger = await newUser(db);
    for (let i = 0; i < MAX_INVITATION_FAILURES; i++) {
      await expect(invitations.accept(actingAs(stranger.id, admin.tenantId, Role.VIEWER), { token })).rejects.toThrow(ForbiddenError);
    }
    expect((await invitation(made.id)).failed_attempts).toBe(MAX_INVITATION_FAILURES);
    // Now not even the person invited can use it.
    await expect(invitations.accept(actingAs(invited.id, admin.tenantId, Role.VIEWER), { token })).rejects.toThrow(BadInputError);
    const [locked] = await invitations.page(admin, { first: 100 }, InvitationStatus.LOCKED);
    expect(locked.map((i) => i.id)).toContain(made.id);
  });

  it('is accepted by a person, never an API key', async () => {
    const { token } = await invitations.invite(admin, { email: `${randomUUID()}@example.org`, role: Role.VIEWER });
    const key = new RequestContext(randomUUID());
    key.actor = { kind: 'apiKey', apiKeyId: randomUUID(), name: 'Key', organisationId: admin.tenantId };
    await expect(invitations.accept(key, { token })).rejects.toThrow(ForbiddenError);
  });

  it('makes an account for a new address, asking first for what the account needs', async () => {
    const email = `${randomUUID()}@example.org`;
    const { invitation: made, token } = await invitations.invite(admin, { email, role: Role.CONSULTANT });
    const missing = await invitations.accept(anonymous(), { token, displayName: ' ' }).catch((e: unknown) => e);
    expect((missing as BadInputError).problems.map((p) => p.field)).toEqual(['input.password', 'input.displayName']);

    const answer = await invitations.accept(anonymous(), { token, password: PASSWORD, displayName: ' Robin ' });
    expect(answer.membership).toBeNull();
    const [user] = await ownerQuery(db, `SELECT id, display_name FROM app_user WHERE email = $1`, [email]);
    expect(user.display_name).toBe('Robin');
    expect(
      await ownerQuery(db, `SELECT role FROM membership WHERE user_id = $1 AND organisation_id = $2`, [user.id, admin.tenantId]),
    ).toEqual([{ role: 'CONSULTANT' }]);
    expect((await invitation(made.id)).accepted_at).toBeInstanceOf(Date);
  });

  it('answers an address that has an account exactly as a new one, changing nothing but the counts', async () => {
    const existing = await newUser(db);
    const { invitation: made, token } = await invitations.invite(admin, { email: existing.email, role: Role.ADMIN });
    const fresh = await invitations.invite(admin, { email: `${randomUUID()}@example.org`, role: Role.ADMIN });
    const from = anonymous();
    const answer = await invitations.accept(from, { token, password: PASSWORD, displayName: 'Mallory' });
    const freshAnswer = await invitations.accept(anonymous(), { token: fresh.token, password: PASSWORD, displayName: 'Fresh' });
    expect(answer).toEqual(freshAnswer);
    expect(
      await ownerQuery(db, `SELECT 1 FROM membership WHERE user_id = $1 AND organisation_id = $2`, [existing.id, admin.tenantId]),
    ).toEqual([]);
    expect(await invitation(made.id)).toMatchObject({ accepted_at: null, failed_attempts: 1 });
    // …and as a failed sign-in of that client on that address.
    const [pair] = await ownerQuery(db, `SELECT failures FROM sign_in_throttle WHERE key_hash = $1`, [
      throttleKeys(from.clientAddress!, existing.email).pairKey,
    ]);
    expect(pair.failures).toBe(1);
  });

  it('revokes once, says where each invitation stands, and keeps other organisations out', async () => {
    const { invitation: made, token } = await invitations.invite(admin, { email: `${randomUUID()}@example.org`, role: Role.VIEWER });
    const expired = await invitations.invite(admin, { email: `${randomUUID()}@example.org`, role: Role.VIEWER });
    await ownerQuery(db, `UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.invitation.id]);
    const other = await newOrganisation(db, Role.ADMIN);
    await expect(invitations.revoke(other, made.id)).rejects.toThrow(NotFoundError);

    expect((await invitations.revoke(admin, made.id)).revokedAt).toBeInstanceOf(Date);
    await invitations.revoke(admin, made.id);
    expect((await events('INVITATION_REVOKED')).filter((e) => e.payload.invitationId === made.id)).toHaveLength(1);
    await expect(invitations.accept(anonymous(), { token, password: PASSWORD, displayName: 'Late' })).rejects.toThrow(BadInputError);

    const ids = async (status: InvitationStatus) => (await invitations.page(admin, { first: 100 }, status))[0].map((i) => i.id);
    expect(await ids(InvitationStatus.REVOKED)).toContain(made.id);
    expect(await ids(InvitationStatus.EXPIRED)).toEqual([expired.invitation.id]);
    expect(await ids(InvitationStatus.PENDING)).not.toContain(made.id);
    expect((await invitations.page(other, { first: 100 }))[1]).toBe(0);
  });
});
