import { createServer, type Server, type Socket } from 'node:net';
import { DatabaseAvailability, DatabaseUnreachableError } from './availability';
import { scopedPg } from './tenancy/scoped-pg';

/** A TCP server on 127.0.0.1 that accepts connections and never answers: a database behind a network that drops packets. */
async function silentServer(): Promise<{ url: string; accepted: () => number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `postgres://nobody@127.0.0.1:${port}/nothing`,
    accepted: () => sockets.length,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port on 127.0.0.1 where nothing listens: a database that is down. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `postgres://nobody@127.0.0.1:${port}/nothing`;
}

const options = (url: string) => ({ url, checkTimeoutMs: 300, intervalMs: 60_000, downIntervalMs: 60_000 });

describe('DatabaseAvailability', () => {
  it('finds a database that refuses connections unreachable, says why, and tells its listeners once', async () => {
    const availability = new DatabaseAvailability(options(await closedPort()));
    const changes: boolean[] = [];
    availability.onChange((reachable) => changes.push(reachable));
    expect(availability.isReachable).toBe(true);
    expect(await availability.check(0)).toBe(false);
    expect(availability.isReachable).toBe(false);
    expect(availability.lastReason).toMatch(/ECONNREFUSED/);
    expect(await availability.check(0)).toBe(false);
    expect(changes).toEqual([false]);
    await availability.stop();
  });

  it('gives up on a database that never answers within the check timeout', async () => {
    const silent = await silentServer();
    const availability = new DatabaseAvailability(options(silent.url));
    const started = Date.now();
    expect(await availability.check(0)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(availability.lastReason).toBe('no answer within 300 ms');
    await availability.stop();
    await silent.close();
  });

  it('answers from the last check while it is fresh, and one check serves callers that ask together', async () => {
    const silent = await silentServer();
    const availability = new DatabaseAvailability(options(silent.url));
    const [a, b] = await Promise.all([availability.check(0), availability.check(0)]);
    expect([a, b]).toEqual([false, false]);
    expect(silent.accepted()).toBe(1);
    expect(await availability.check(60_000)).toBe(false);
    expect(silent.accepted()).toBe(1);
    await availability.stop();
    await silent.close();
  });

  it('makes the pool refuse at once, without connecting, while the database is known to be unreachable', async () => {
    const silent = await silentServer();
    const availability = new DatabaseAvailability(options(await closedPort()));
    await availability.check(0);
    const pool = new (scopedPg(availability).Pool)({ connectionString: silent.url, connectionTimeoutMillis: 5000 });
    const started = Date.now();
    await expect(pool.connect()).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(
      new Promise((resolve, reject) => pool.connect((error) => (error ? reject(error) : resolve(undefined)))),
    ).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(500);
    expect(silent.accepted()).toBe(0);
    await pool.end();
    await availability.stop();
    await silent.close();
  });
});
