import { AccessCache, type CredentialsAccess } from './membership-check';

const alice = { authorization: 'Bearer alice' };
const bob = { authorization: 'Bearer bob' };

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('AccessCache', () => {
  let now: number;
  let lookups: Array<{ credentials: unknown; answer: ReturnType<typeof deferred<CredentialsAccess | null>> }>;
  let cache: AccessCache;

  beforeEach(() => {
    now = 1_000_000;
    lookups = [];
    cache = new AccessCache(
      (credentials) => {
        const answer = deferred<CredentialsAccess | null>();
        lookups.push({ credentials, answer });
        return answer.promise;
      },
      30_000,
      3,
      () => now,
    );
  });

  const member = (holder: string, ...organisations: string[]): CredentialsAccess => ({ holder, organisations: new Set(organisations) });

  it('shares one lookup between concurrent asks, then answers from memory until the lifetime ends', async () => {
    const asks = Array.from({ length: 100 }, () => cache.has(alice, 'org-1'));
    expect(lookups).toHaveLength(1);
    lookups[0].answer.resolve(member('user:a', 'org-1'));
    expect(await Promise.all(asks)).toEqual(Array(100).fill(true));
    expect(await cache.has(alice, 'org-2')).toBe(false);
    expect(lookups).toHaveLength(1);

    now += 30_001;
    const later = cache.has(alice, 'org-1');
    expect(lookups).toHaveLength(2);
    lookups[1].answer.resolve(member('user:a'));
    expect(await later).toBe(false);
  });

  it('forgets a holder at once, and does not keep a lookup that was under way when it forgot', async () => {
    const first = cache.has(alice, 'org-1');
    lookups[0].answer.resolve(member('user:a', 'org-1'));
    await first;
    const other = cache.has(bob, 'org-1');
    cache.forget('user:a'); // a membership event arrives while bob's lookup is under way
    lookups[1].answer.resolve(member('user:b', 'org-1'));
    expect(await other).toBe(true);

    const again = [cache.has(alice, 'org-1'), cache.has(bob, 'org-1')];
    expect(lookups).toHaveLength(4); // both looked up afresh
    lookups[2].answer.resolve(member('user:a'));
    lookups[3].answer.resolve(member('user:b', 'org-1'));
    expect(await Promise.all(again)).toEqual([false, true]);
  });

  it('never trusts credentials past their expiry', async () => {
    const ask = cache.has(alice, 'org-1');
    lookups[0].answer.resolve({ ...member('user:a', 'org-1'), expiresAt: new Date(now + 5_000) });
    expect(await ask).toBe(true);
    now += 5_001;
    expect(await cache.has(alice, 'org-1')).toBe(false);
    expect(lookups).toHaveLength(1);
  });

  it('answers "not a member" when the lookup fails, and keeps nothing', async () => {
    cache = new AccessCache(() => Promise.reject(new Error('database away')), 30_000);
    expect(await cache.has(alice, 'org-1')).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('rejects when the database is out of reach, which says nothing of membership, and keeps nothing', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    cache = new AccessCache(() => Promise.reject(refused), 30_000);
    await expect(cache.has(alice, 'org-1')).rejects.toBe(refused);
    expect(cache.size).toBe(0);
  });

  it('keeps at most its size, forgetting the oldest', async () => {
    for (const [i, who] of ['a', 'b', 'c', 'd'].entries()) {
      const ask = cache.has({ authorization: `Bearer ${who}` }, 'org-1');
      lookups[i].answer.resolve(member(`user:${who}`, 'org-1'));
      await ask;
    }
    expect(cache.size).toBe(3);
    void cache.has({ authorization: 'Bearer a' }, 'org-1');
    expect(lookups).toHaveLength(5);
  });
});
