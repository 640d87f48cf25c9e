import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { RequestContext, Role, UnauthenticatedError } from '@app/common';
import { Database } from '@app/database';
import { addMember, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { sha256 } from '../auth/secrets';
import { type EndedSessions, SessionsService } from './sessions.service';

/** Server-side sessions on a real database: their two ends, what a use writes, ending them, and the bound per person. */
describe('SessionsService', () => {
  let module: TestingModule;
  let sessions: SessionsService;
  let db: Database;
  const heard: EndedSessions[] = [];
  let stopHearing: () => void;
  /** An anonymous request's context, as sign-in has. */
  const anonymous = () => new RequestContext(randomUUID());

  beforeAll(async () => {
    module = await serviceTestingModule();
    sessions = module.get(SessionsService);
    db = module.get(Database);
    stopHearing = sessions.onEnded((ended) => heard.push(ended));
  });
  afterAll(async () => {
    stopHearing();
    await module.close();
  });

  const session = async (id: string) => (await ownerQuery(db, `SELECT * FROM user_session WHERE id = $1`, [id]))[0];
  /** Waits for the access signal of `userId` (NOTIFY on PostgreSQL arrives a moment after the commit). */
  async function heardFor(userId: string, count = 1): Promise<EndedSessions[]> {
    for (let i = 0; i < 100 && heard.filter((h) => h.userId === userId).length < count; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return heard.filter((h) => h.userId === userId);
  }

  it("starts a browser's session keeping only its secret's hash, and signs in with the person's roles everywhere", async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const elsewhere = await newOrganisation(db, Role.ADMIN);
    await addMember(db, elsewhere.tenantId, admin.userId, Role.VIEWER);
    const { sessionId, secret, expiresAt } = await sessions.startCookie(anonymous(), admin.userId);
    expect(await session(sessionId)).toMatchObject({ kind: 'COOKIE', user_id: admin.userId, secret_hash: sha256(secret) });
    expect(JSON.stringify(await session(sessionId))).not.toContain(secret);
    // SESSION_MAX_HOURS, 12 by default.
    expect(Math.abs(expiresAt.getTime() - Date.now() - 12 * 3600_000)).toBeLessThan(60_000);

    const signedIn = await sessions.authenticateCookie(anonymous(), secret, true);
    expect(signedIn).toMatchObject({ sessionId, userId: admin.userId });
    expect(signedIn.roles).toEqual(
      new Map([
        [admin.tenantId, Role.ADMIN],
        [elsewhere.tenantId, Role.VIEWER],
      ]),
    );
    await expect(sessions.authenticateCookie(anonymous(), 'not-a-secret', true)).rejects.toThrow(UnauthenticatedError);
  });

  it('moves the idle end on only for a use, at most once a minute, and refuses a session idle or old', async () => {
    const { id: userId } = await newUser(db);
    const { sessionId, secret } = await sessions.startCookie(anonymous(), userId);
    const lastUsed = async () => (await session(sessionId)).last_used_at as Date;
    const fresh = await lastUsed();
    await sessions.authenticateCookie(anonymous(), secret, true);
    expect(await lastUsed()).toEqual(fresh); // within the minute nothing is written

    await ownerQuery(db, `UPDATE user_session SET last_used_at = now() - interval '5 minutes' WHERE id = $1`, [sessionId]);
    const before = await lastUsed();
    await sessions.authenticateCookie(anonymous(), secret, false); // a delivery's check is no use
    expect(await lastUsed()).toEqual(before);
    await sessions.authenticateCookie(anonymous(), secret, true);
    expect((await lastUsed()).getTime()).toBeGreaterThan(before.getTime());

    // SESSION_IDLE_MINUTES, 120 by default.
    await ownerQuery(db, `UPDATE user_session SET last_used_at = now() - interval '121 minutes' WHERE id = $1`, [sessionId]);
    await expect(sessions.authenticateCookie(anonymous(), secret, true)).rejects.toThrow(UnauthenticatedError);
    expect(await sessions.stillOpen(anonymous(), [sessionId])).toEqual(new Set());
    await ownerQuery(db, `UPDATE user_session SET last_used_at = now(), expires_at = now() - interval '1 second' WHERE id = $1`, [
      sessionId,
    ]);
    await expect(sessions.authenticateCookie(anonymous(), secret, true)).rejects.toThrow(UnauthenticatedError);
  });

  it("ends only the person's own sessions, and says so to whoever holds something that depends on them", async () => {
    const [{ id: userId }, { id: otherId }] = [await newUser(db), await newUser(db)];
    const mine = await sessions.startCookie(anonymous(), userId);
    const token = await sessions.startForToken(anonymous(), userId, new Date(Date.now() + 3600_000));
    const theirs = await sessions.startForToken(anonymous(), otherId, new Date(Date.now() + 3600_000));
    expect(await sessions.stillOpen(anonymous(), [mine.sessionId, token, theirs])).toEqual(new Set([mine.sessionId, token, theirs]));

    expect(await sessions.end(anonymous(), userId, [token, theirs])).toBe(1);
    expect(await sessions.end(anonymous(), userId, [token])).toBe(0);
    expect(await heardFor(userId)).toEqual([{ userId, sessionIds: [token] }]);
    expect(await sessions.endByCookie(anonymous(), mine.secret)).toBe(1);
    expect(await sessions.stillOpen(anonymous(), [mine.sessionId, token, theirs])).toEqual(new Set([theirs]));
  });

  it('ends every session but the one kept, and announces it even when none was open', async () => {
    const { id: userId } = await newUser(db);
    const kept = await sessions.startCookie(anonymous(), userId);
    const other = await sessions.startCookie(anonymous(), userId);
    await sessions.endAllBut(anonymous(), userId, kept.sessionId);
    expect(await sessions.stillOpen(anonymous(), [kept.sessionId, other.sessionId])).toEqual(new Set([kept.sessionId]));
    await sessions.endAllBut(anonymous(), userId, null);
    expect(await sessions.stillOpen(anonymous(), [kept.sessionId])).toEqual(new Set());
    await sessions.endAllBut(anonymous(), userId, null);
    expect((await heardFor(userId, 3)).map((h) => h.sessionIds)).toEqual([[other.sessionId], [kept.sessionId], []]);
  });

  it("keeps at most a hundred sessions a person, dropping the oldest and the person's ended ones as another starts", async () => {
    const { id: userId } = await newUser(db);
    const [ended] = await ownerQuery(
      db,
      `INSERT INTO user_session (user_id, kind, expires_at) VALUES ($1, 'TOKEN', now() - interval '1 second') RETURNING id`,
      [userId],
    );
    const [oldest] = await ownerQuery(
      db,
      `INSERT INTO user_session (user_id, kind, expires_at, created_at) VALUES ($1, 'TOKEN', now() + interval '1 hour', now() - interval '1 day') RETURNING id`,
      [userId],
    );
    await ownerQuery(
      db,
      `INSERT INTO user_session (user_id, kind, expires_at) SELECT $1, 'TOKEN', now() + interval '1 hour' FROM generate_series(1, 99)`,
      [userId],
    );
    const newest = await sessions.startForToken(anonymous(), userId, new Date(Date.now() + 3600_000));
    const left = await ownerQuery(db, `SELECT id FROM user_session WHERE user_id = $1`, [userId]);
    expect(left).toHaveLength(100);
    expect(left.map((r) => r.id)).toEqual(expect.arrayContaining([newest]));
    expect(left.map((r) => r.id)).not.toContain(oldest.id);
    expect(left.map((r) => r.id)).not.toContain(ended.id);
  });
});
