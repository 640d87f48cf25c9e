import { addMember, newOrganisation, type Org, PASSWORD } from '../identity/identity-helpers';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The web client imports and exports initiatives with its session cookie: accepted only beside
 * X-Organisation-Id (a header no other site's form or link can send) and refused when the
 * browser marks the request as coming from another site. Roles and tenancy stay as for tokens.
 */

const CSV = 'name,service_area,forms,public_body_input\nCookie club,Health,co-design,Room hire\n';

describe('mapping: CSV import and export with a browser session', () => {
  let t: TestApp;
  let org: Org;
  let other: Org;
  let cookie: string;
  let viewerCookie: string;

  /** A browser session for `email`: the Cookie header that carries it. */
  async function sessionCookie(email: string): Promise<string> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { startSession(input: $input) { expiresAt } }',
        variables: { input: { email, password: PASSWORD } },
      }),
    });
    const [set] = response.headers.getSetCookie();
    return set.split(';')[0];
  }

  beforeAll(async () => {
    t = await startTestApp();
    [org, other] = await Promise.all([newOrganisation(t.client, 'Cookie Council'), newOrganisation(t.client, 'Other Council')]);
    cookie = await sessionCookie(org.admin.email);
    viewerCookie = await sessionCookie((await addMember(t.client, org, 'VIEWER')).email);
  });
  afterAll(() => t.close());

  const importWith = (headers: Record<string, string>, body = CSV) =>
    fetch(`${t.url}/imports/initiatives?dryRun=true`, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body });
  const exportWith = (headers: Record<string, string>) => fetch(`${t.url}/exports/initiatives.csv`, { headers });

  it('imports and exports with the cookie and X-Organisation-Id, as the page itself sends them', async () => {
    const dry = await importWith({ cookie, 'x-organisation-id': org.id, 'sec-fetch-site': 'same-origin' });
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ dryRun: true, created: 1, errors: [] });

    const written = await fetch(`${t.url}/imports/initiatives`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie, 'x-organisation-id': org.id },
      body: CSV,
    });
    expect(await written.json()).toMatchObject({ dryRun: false, created: 1, errors: [] });
    const exported = await exportWith({ cookie, 'x-organisation-id': org.id, 'sec-fetch-site': 'same-origin' });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('Cookie club');
  });

  it('ignores the cookie without X-Organisation-Id: a form or a link from anywhere gets nothing', async () => {
    const posted = await importWith({ cookie });
    expect(posted.status).toBe(401);
    const linked = await exportWith({ cookie });
    expect(linked.status).toBe(401);
    expect(await linked.text()).not.toContain('Cookie club');
  });

  it('refuses a request the browser marks as coming from another site', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const answer = await exportWith({ cookie, 'x-organisation-id': org.id, 'sec-fetch-site': site });
      expect([site, answer.status]).toEqual([site, 403]);
      expect(await answer.text()).not.toContain('Cookie club');
    }
  });

  it('keeps roles and tenancy: a VIEWER may export but not import; another organisation is not found', async () => {
    expect((await importWith({ cookie: viewerCookie, 'x-organisation-id': org.id })).status).toBe(403);
    expect((await exportWith({ cookie: viewerCookie, 'x-organisation-id': org.id })).status).toBe(200);
    expect((await exportWith({ cookie, 'x-organisation-id': other.id })).status).toBe(404);
  });

  it('lets a bearer token win over the cookie, as on GraphQL', async () => {
    const answer = await exportWith({ cookie, authorization: `Bearer ${other.admin.token}`, 'x-organisation-id': other.id });
    expect(answer.status).toBe(200);
    expect(await answer.text()).not.toContain('Cookie club');
  });
});
