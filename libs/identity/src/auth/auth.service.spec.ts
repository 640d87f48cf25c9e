import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ForbiddenError, NotFoundError, RequestContext, Role, UnauthenticatedError } from '@app/common';
import { Database } from '@app/database';
import { actingAs, addMember, newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { AuthService, SIGN_UP_ANSWER } from './auth.service';
import { newSecret, sha256 } from './secrets';
import { throttleKeys } from './sign-in-throttle.service';

const PASSWORD = 'a long and unusual passphrase 42';
const NEW_PASSWORD = 'another long unusual passphrase 7';

/**
 * Accounts, credentials and reset links on a real database: what each credential resolves to,
 * what ends them, and what is counted. (The throttle's arithmetic is SignInThrottle's spec.)
 */
describe('AuthService', () => {
  let module: TestingModule;
  let auth: AuthService;
  let db: Database;

  beforeAll(async () => {
    module = await serviceTestingModule();
    auth = module.get(AuthService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  /** A request by nobody signed in, from an address of its own (so the throttle's counts are its own). */
  const anonymous = () =>
    Object.assign(new RequestContext(randomUUID()), { clientAddress: `10.${randomInt(255)}.${randomInt(255)}.${randomInt(1, 255)}` });
  /** A new account; answers its id and address. */
  async function account(): Promise<{ id: string; email: string }> {
    const email = `${randomUUID()}@example.org`;
    await auth.signUp(anonymous(), { email, password: PASSWORD, displayName: 'Sam' });
    const [user] = await ownerQuery(db, `SELECT id FROM app_user WHERE email = $1`, [email]);
    return { id: user.id, email };
  }
  const userRow = async (id: string) => (await ownerQuery(db, `SELECT * FROM app_user WHERE id = $1`, [id]))[0];
  const openSessions = async (userId: string) =>
    (await ownerQuery(db, `SELECT id FROM user_session WHERE user_id = $1`, [userId])).map((r) => r.id as string);

  it('signs up a new address, and answers one that has an account alike, changing nothing and counting the client', async () => {
    const email = `Mixed.${randomUUID()}@Example.org`;
    expect(await auth.signUp(anonymous(), { email: ` ${email} `, password: PASSWORD, displayName: '  Sam  ' })).toEqual({
      message: SIGN_UP_ANSWER,
    });
    const [user] = await ownerQuery(db, `SELECT id, display_name, password_hash FROM app_user WHERE email = $1`, [email.toLowerCase()]);
    expect(user.display_name).toBe('Sam');
    expect(user.password_hash).not.toContain(PASSWORD);

    const client = anonymous();
    expect(await auth.signUp(client, { email, password: NEW_PASSWORD, displayName: 'Mallory' })).toEqual({ message: SIGN_UP_ANSWER });
    expect((await userRow(user.id)).password_hash).toBe(user.password_hash);
    const [counted] = await ownerQuery(db, `SELECT failures FROM sign_in_throttle WHERE key_hash = $1`, [
      throttleKeys(client.clientAddress!, '').clientKey,
    ]);
    expect(counted.failures).toBe(1);
  });

  it('issues a token with a session of its own for the right password, and nothing for a wrong one or an unknown address', async () => {
    const { id, email } = await account();
    const admin = await newOrganisation(db, Role.ADMIN);
    await addMember(db, admin.tenantId, id, Role.CONSULTANT);
    const issued = await auth.signIn(anonymous(), { email: email.toUpperCase(), password: PASSWORD });
    expect(issued.user.id).toBe(id);
    const who = await auth.authenticate(anonymous(), { authorization: `Bearer ${issued.token}` });
    expect(who.actor).toEqual({ kind: 'user', userId: id, sessionId: expect.any(String) });
    expect(who.roles).toEqual(new Map([[admin.tenantId, Role.CONSULTANT]]));
    expect(await openSessions(id)).toEqual([(who.actor as { sessionId: string }).sessionId]);

    const client = anonymous();
    await expect(auth.signIn(client, { email, password: NEW_PASSWORD })).rejects.toThrow(UnauthenticatedError);
    await expect(auth.signIn(client, { email: `${randomUUID()}@example.org`, password: PASSWORD })).rejects.toThrow(
      'The e-mail address or the password is wrong',
    );
    const [pair] = await ownerQuery(db, `SELECT failures FROM sign_in_throttle WHERE key_hash = $1`, [
      throttleKeys(client.clientAddress!, email).pairKey,
    ]);
    expect(pair.failures).toBe(1);
  });

  it('resolves each kind of credential, API keys first, and refuses what has ended', async () => {
    const { id, email } = await account();
    expect(await auth.authenticate(anonymous(), {})).toEqual({ actor: { kind: 'anonymous' }, roles: new Map() });
    await expect(auth.authenticate(anonymous(), { authorization: 'Basic abc' })).rejects.toThrow(UnauthenticatedError);

    const admin = await newOrganisation(db, Role.ADMIN);
    const secret = `cpk_${newSecret()}`;
    const [key] = await ownerQuery(
      db,
      `INSERT INTO api_key (organisation_id, name, role, prefix, secret_hash) VALUES ($1, 'Sync', 'VIEWER', 'cpk_x', $2) RETURNING id`,
      [admin.tenantId, sha256(secret)],
    );
    const { token } = await auth.signIn(anonymous(), { email, password: PASSWORD });
    const byKey = await auth.authenticate(anonymous(), { authorization: `Bearer ${secret}`, session: 'ignored' });
    expect(byKey).toEqual({
      actor: { kind: 'apiKey', apiKeyId: key.id, name: 'Sync', organisationId: admin.tenantId },
      roles: new Map([[admin.tenantId, Role.VIEWER]]),
    });
    expect((await auth.authenticate(anonymous(), { apiKey: secret, authorization: `Bearer ${token}` })).actor.kind).toBe('apiKey');
    // A use writes when the key was last used, at most once a minute.
    const [{ last_used_at: first }] = await ownerQuery(db, `SELECT last_used_at FROM api_key WHERE id = $1`, [key.id]);
    expect(first).toBeInstanceOf(Date);
    await auth.authenticate(anonymous(), { apiKey: secret });
    expect((await ownerQuery(db, `SELECT last_used_at FROM api_key WHERE id = $1`, [key.id]))[0].last_used_at).toEqual(first);
    await ownerQuery(db, `UPDATE api_key SET revoked_at = now() WHERE id = $1`, [key.id]);
    await expect(auth.authenticate(anonymous(), { apiKey: secret })).rejects.toThrow(UnauthenticatedError);

    const session = (await auth.authenticate(anonymous(), { authorization: `Bearer ${token}` })).actor as { sessionId: string };
    await auth.sessions.end(anonymous(), id, [session.sessionId]);
    await expect(auth.authenticate(anonymous(), { authorization: `Bearer ${token}` })).rejects.toThrow(
      'The session this token belongs to has ended; sign in again',
    );
  });

  it('starts a browser session only over HTTP, ending the one the browser held, and signs out of both kinds', async () => {
    const { id, email } = await account();
    await expect(auth.startSession(anonymous(), { email, password: PASSWORD }, {}, undefined)).rejects.toThrow(BadInputError);
    const cookies: string[] = [];
    const http = { secure: false, setCookie: (cookie: string) => cookies.push(cookie) };
    await auth.startSession(anonymous(), { email, password: PASSWORD }, {}, http);
    const first = cookies[0].split(';')[0].split('=')[1];
    await auth.startSession(anonymous(), { email, password: PASSWORD }, { session: first }, http);
    const second = cookies[1].split(';')[0].split('=')[1];
    expect(await openSessions(id)).toHaveLength(1);
    await expect(auth.authenticate(anonymous(), { session: first })).rejects.toThrow(UnauthenticatedError);

    const { token } = await auth.signIn(anonymous(), { email, password: PASSWORD });
    const who = await auth.authenticate(anonymous(), { authorization: `Bearer ${token}` });
    const ctx = Object.assign(anonymous(), { actor: who.actor });
    expect(await auth.signOut(ctx, { session: second }, http)).toBe(true);
    expect(cookies.at(-1)).toMatch(/Max-Age=0/);
    expect(await openSessions(id)).toEqual([]);
    expect(await auth.signOut(ctx, {}, http)).toBe(false);
  });

  it('changes a password only on proof of the current one, ending every other session', async () => {
    const { id, email } = await account();
    const { token } = await auth.signIn(anonymous(), { email, password: PASSWORD });
    const other = await auth.signIn(anonymous(), { email, password: PASSWORD });
    const who = await auth.authenticate(anonymous(), { authorization: `Bearer ${token}` });
    const ctx = Object.assign(anonymous(), { actor: who.actor });

    const wrong = await auth.changePassword(ctx, { currentPassword: NEW_PASSWORD, newPassword: NEW_PASSWORD }).catch((e: unknown) => e);
    expect((wrong as BadInputError).problems.map((p) => p.field)).toEqual(['input.currentPassword']);
    const same = await auth.changePassword(ctx, { currentPassword: PASSWORD, newPassword: PASSWORD }).catch((e: unknown) => e);
    expect((same as BadInputError).problems.map((p) => p.field)).toEqual(['input.newPassword']);

    await auth.changePassword(ctx, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(await openSessions(id)).toEqual([(who.actor as { sessionId: string }).sessionId]);
    await expect(auth.authenticate(anonymous(), { authorization: `Bearer ${other.token}` })).rejects.toThrow(UnauthenticatedError);
    await expect(auth.signIn(anonymous(), { email, password: PASSWORD })).rejects.toThrow(UnauthenticatedError);
    expect((await auth.signIn(anonymous(), { email, password: NEW_PASSWORD })).user.id).toBe(id);
  });

  it("issues reset links only for members whose every organisation the ADMIN administers; a link works once and ends the person's sessions and other links", async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const { id, email } = await account();
    await addMember(db, admin.tenantId, id, Role.VIEWER);
    await expect(auth.issuePasswordReset(admin, randomUUID())).rejects.toThrow(NotFoundError);

    const older = await auth.issuePasswordReset(admin, id);
    const link = await auth.issuePasswordReset(admin, id);
    await auth.signIn(anonymous(), { email, password: PASSWORD });
    const reset = await auth.resetPassword(anonymous(), { token: link.token, newPassword: NEW_PASSWORD });
    expect(reset.user.id).toBe(id);
    expect(await openSessions(id)).toHaveLength(1); // only the one the reset hands out
    const used = await auth.resetPassword(anonymous(), { token: link.token, newPassword: PASSWORD }).catch((e: unknown) => e);
    expect((used as BadInputError).problems.map((p) => p.field)).toEqual(['input.token']);
    await expect(auth.resetPassword(anonymous(), { token: older.token, newPassword: PASSWORD })).rejects.toThrow(BadInputError);
    expect(
      (await ownerQuery(db, `SELECT type FROM event WHERE organisation_id = $1 ORDER BY id`, [admin.tenantId])).map((e) => e.type),
    ).toEqual(['PASSWORD_RESET_ISSUED', 'PASSWORD_RESET_ISSUED', 'PASSWORD_RESET_USED']);

    // A member of an organisation the caller does not administer is out of reach.
    const elsewhere = await newOrganisation(db, Role.ADMIN);
    await addMember(db, elsewhere.tenantId, id, Role.VIEWER);
    await expect(auth.issuePasswordReset(admin, id)).rejects.toThrow(ForbiddenError);
    await addMember(db, elsewhere.tenantId, admin.userId, Role.ADMIN);
    await expect(auth.issuePasswordReset(admin, id)).resolves.toMatchObject({ token: expect.any(String) });
    // An API key never issues one.
    const key = actingAs(admin.userId, admin.tenantId, Role.ADMIN);
    key.actor = { kind: 'apiKey', apiKeyId: randomUUID(), name: 'Key', organisationId: admin.tenantId };
    await expect(auth.issuePasswordReset(key, id)).rejects.toThrow(ForbiddenError);
  });
});
