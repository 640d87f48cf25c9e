import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { RequestContext, TooManyAttemptsError } from '@app/common';
import { Database } from '@app/database';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { type Admission, SignInThrottle, throttleKeys } from './sign-in-throttle.service';

/**
 * The sign-in limits as the database keeps them, driven through the throttle directly: per
 * client and account, per client, per account; blocks that double; counts given back; an hour's
 * window. (The e2e suite shows the same through signIn over HTTP.)
 */
describe('SignInThrottle', () => {
  let module: TestingModule;
  let throttle: SignInThrottle;
  let db: Database;
  const ctx = new RequestContext('throttle-spec');

  beforeAll(async () => {
    module = await serviceTestingModule();
    throttle = module.get(SignInThrottle);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  const client = () => `10.${randomInt(255)}.${randomInt(255)}.${randomInt(1, 255)}`;
  const email = () => `${randomUUID()}@example.org`;
  const row = async (keyHash: string) =>
    (
      await ownerQuery<{ failures: number; blocked_seconds: number | null }>(
        db,
        `SELECT failures, ceil(extract(epoch FROM (blocked_until - now())))::int AS blocked_seconds FROM sign_in_throttle WHERE key_hash = $1`,
        [keyHash],
      )
    )[0];
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => null,
      (e: unknown) => e as TooManyAttemptsError,
    );
  /** As the block had run out. */
  const endBlock = (keyHash: string) =>
    ownerQuery(db, `UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE key_hash = $1`, [keyHash]);
  async function fail(from: string, address: string): Promise<Admission> {
    const admission = await throttle.admit(ctx, from, address);
    await throttle.failed(ctx, admission);
    return admission;
  }

  it('lets one client fail five times on an account, then blocks that client alone for 30 s', async () => {
    const [from, address] = [client(), email()];
    for (let i = 1; i <= 5; i++) expect((await fail(from, address)).pairFailures).toBe(i);
    const blocked = await refusal(throttle.admit(ctx, from, address));
    expect(blocked).toBeInstanceOf(TooManyAttemptsError);
    expect(blocked!.details.retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect(blocked!.details.retryAfterSeconds).toBeLessThanOrEqual(30);
    // Refused attempts are not counted, and the owner elsewhere is let in.
    await refusal(throttle.admit(ctx, from, address));
    expect((await row(throttleKeys(from, address).pairKey)).failures).toBe(5);
    expect((await throttle.admit(ctx, client(), address)).pairFailures).toBe(1);
  });

  it('takes the next, doubled block in advance once a block runs out, and gives it back if the work is refused unchecked', async () => {
    const [from, address] = [client(), email()];
    const { pairKey } = throttleKeys(from, address);
    for (let i = 0; i < 5; i++) await fail(from, address);
    await endBlock(pairKey);
    const admission = await throttle.admit(ctx, from, address);
    expect(admission).toMatchObject({ pairFailures: 6, claimedBlock: expect.any(String) });
    expect((await row(pairKey)).blocked_seconds).toBeGreaterThanOrEqual(59);

    // Its turn never came: no attempt, so neither the count nor the block stands.
    await expect(throttle.check(ctx, admission, () => Promise.reject(new TooManyAttemptsError(5)))).rejects.toThrow(TooManyAttemptsError);
    expect(await row(pairKey)).toEqual({ failures: 5, blocked_seconds: null });
    // Any other failure of the work is the caller's, and keeps the count.
    const next = await throttle.admit(ctx, from, address);
    await expect(throttle.check(ctx, next, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await row(pairKey)).failures).toBe(6);
  });

  it('starts the count afresh after the right password, or after an hour without a failure', async () => {
    const [from, address] = [client(), email()];
    const { pairKey } = throttleKeys(from, address);
    for (let i = 0; i < 3; i++) await fail(from, address);
    await throttle.succeeded(ctx, await throttle.admit(ctx, from, address));
    expect(await row(pairKey)).toBeUndefined();

    for (let i = 0; i < 4; i++) await fail(from, address);
    await ownerQuery(db, `UPDATE sign_in_throttle SET last_failure_at = now() - interval '61 minutes' WHERE key_hash = $1`, [pairKey]);
    expect((await throttle.admit(ctx, from, address)).pairFailures).toBe(1);
  });

  it('blocks a client that fails on thirty accounts within the hour, before any work is done for it', async () => {
    const from = client();
    const { clientKey } = throttleKeys(from, '');
    await ownerQuery(db, `INSERT INTO sign_in_throttle (key_hash, scope, failures, last_failure_at) VALUES ($1, 'CLIENT', 29, now())`, [
      clientKey,
    ]);
    await throttle.refuseIfBlocked(ctx, from);
    await fail(from, email());
    expect((await row(clientKey)).blocked_seconds).toBeGreaterThanOrEqual(29);
    await expect(throttle.refuseIfBlocked(ctx, from)).rejects.toThrow(TooManyAttemptsError);
    await expect(throttle.admit(ctx, from, email())).rejects.toThrow(TooManyAttemptsError);
    // Signing up an address that has an account counts the same way.
    await endBlock(clientKey);
    await throttle.clientFailed(ctx, from);
    expect(await row(clientKey)).toMatchObject({ failures: 31 });
    expect((await row(clientKey)).blocked_seconds).toBeGreaterThanOrEqual(59);
  });

  it('slows, never refuses, attempts on an account failed often from everywhere', async () => {
    const address = email();
    const { accountKey } = throttleKeys('', address);
    await ownerQuery(db, `INSERT INTO sign_in_throttle (key_hash, scope, failures, last_failure_at) VALUES ($1, 'ACCOUNT', 13, now())`, [
      accountKey,
    ]);
    const started = Date.now();
    await throttle.admit(ctx, client(), address);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290); // 100 ms for each failure beyond ten
  });

  it('prunes rows whose hour has passed as failures come in', async () => {
    const stale = throttleKeys(client(), email()).pairKey;
    await ownerQuery(
      db,
      `INSERT INTO sign_in_throttle (key_hash, scope, failures, last_failure_at) VALUES ($1, 'CLIENT_ACCOUNT', 3, now() - interval '2 hours')`,
      [stale],
    );
    await fail(client(), email());
    expect(await row(stale)).toBeUndefined();
  });
});
