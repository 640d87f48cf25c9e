import { Database } from '@app/database';
import { serverUrl } from '../support/databases';
import { startTestApp } from '../support/test-app';

// Holding the embedded database's lock is how this test keeps a request in flight; PostgreSQL has no such lock.
const embeddedOnly = serverUrl() ? it.skip : it;

describe('graceful shutdown', () => {
  embeddedOnly('lets a request in flight finish, then closes the database', async () => {
    const t = await startTestApp();
    const person = await t.client.signUp('Late Worker');
    const db = t.app.get(Database);
    let release!: () => void;
    const held = db.opened.exclusive(() => new Promise<void>((resolve) => (release = resolve)));

    const inFlight = t.client.request(`{ me { id } }`, {}, { token: person.token }); // waits for the database
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = t.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await held;

    const answer = await inFlight;
    expect(answer.data?.me.id).toBe(person.userId);
    await closing;
    expect(db.dataSource.isInitialized).toBe(false);
    await expect(fetch(`${t.url}/health/live`)).rejects.toThrow(); // no longer listening
  });
});
