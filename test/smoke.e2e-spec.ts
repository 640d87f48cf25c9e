import { startTestApp, type TestApp } from './support/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves health and a first query', async () => {
    expect(await (await fetch(`${t.url}/health/ready`)).json()).toMatchObject({ status: 'ok' });
    const me = await t.client.signUp('Ada');
    const org = await t.client.createOrganisation(me.token);
    const data = await t.client.ok(`{ me { id memberships { role organisation { id name } } } }`, {}, { token: me.token });
    expect(data.me.memberships).toEqual([{ role: 'ADMIN', organisation: { id: org, name: 'Test Council' } }]);
  });
});
