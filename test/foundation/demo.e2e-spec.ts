import { loadConfig } from '@app/common';
import { DemoSeeder } from '../../apps/api/src/demo/demo-seeder';
import { startTestApp, type TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a demo organisation once, whose printed accounts can sign in with their roles', async () => {
    const seeder = t.app.get(DemoSeeder);
    const demo = await seeder.seedIfEmpty();
    expect(demo?.accounts.map((a) => a.role)).toEqual(['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT']);
    for (const account of demo!.accounts) {
      const signedIn = await t.client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: account.email, password: account.password } });
      const me = await t.client.ok(`{ me { memberships { role organisation { id name } } } }`, {}, { token: signedIn.signIn.token });
      expect(me.me.memberships).toEqual([{ role: account.role, organisation: { id: demo!.organisationId, name: 'Demo Borough Council' } }]);
    }
    expect(await seeder.seedIfEmpty()).toBeNull(); // never twice: the passwords were shown once
  });

  it('is never created in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' }).seedDemo).not.toThrow();
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });
});
