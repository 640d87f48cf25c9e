import { addMember, codeOf, type Member, newOrganisation, type Org } from '../identity/identity-helpers';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { areasOf, createInitiative, type InitiativeView, M, Q } from './mapping-support';

const SECRET_CONTACT = 'do-not-publish-this-contact@example.org';
const SECRET_REF = 'REF-NEVER-IN-FEED';
const PUBLIC_KEYS = ['description', 'forms', 'id', 'name', 'participation', 'peopleInvolved', 'serviceAreaName', 'status', 'updatedAt'];

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** A plain GET with no session, as an intranet page would make it. */
async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/**
 * The published feed over real HTTP without signing in: only published initiatives and only
 * public fields, ETag and If-None-Match, token rotation, and one organisation's feed never
 * showing another's.
 */
describe('mapping: the published feed', () => {
  let t: TestApp;
  let org: Org;
  let admin: As;
  let manager: As & { member: Member };
  let contributor: As;
  let areas: Record<string, string>;
  let published: InitiativeView[];
  let unpublished: InitiativeView;
  let token: string;
  let stranger: Org;
  let strangerAs: As;
  let strangerToken: string;
  let strangerPublished: InitiativeView;

  const feedUrl = (feedToken: string) => `${t.url}/feeds/${feedToken}/initiatives.json`;
  const rotate = async (as: As) =>
    (await t.client.ok(M.rotateFeedToken, {}, as)).rotateFeedToken as { token: string; feedUrl: string; rotatedAt: string };

  beforeAll(async () => {
    t = await startTestApp();
    org = await newOrganisation(t.client, 'Feed Council');
    admin = { token: org.admin.token, organisationId: org.id };
    const pm = await addMember(t.client, org, 'PROGRAMME_MANAGER');
    manager = { token: pm.token, organisationId: org.id, member: pm };
    contributor = { token: (await addMember(t.client, org, 'CONTRIBUTOR')).token, organisationId: org.id };
    areas = await areasOf(t.client, admin);

    published = [
      await createInitiative(t.client, contributor, {
        name: 'Repair café',
        description: 'Fixing things together on Saturdays',
        serviceAreaId: areas['Local environment'],
        forms: ['CO_PERFORMING'],
        peopleInvolved: 35,
        publicBodyInput: 'The library hall',
        contact: SECRET_CONTACT,
        externalRef: 'REF-PUBLIC-ONE',
      }),
      await createInitiative(t.client, contributor, {
        name: 'Ward walkabouts',
        serviceAreaId: areas['Community safety'],
        forms: ['CO_MONITORING'],
        participation: 'INDIVIDUAL',
        publicBodyInput: 'Councillor time',
        status: 'PLANNED',
        contact: SECRET_CONTACT,
      }),
    ];
    unpublished = await createInitiative(t.client, contributor, {
      name: 'Draft idea not for the public',
      serviceAreaId: areas.Health,
      contact: SECRET_CONTACT,
      externalRef: SECRET_REF,
    });
    await t.client.ok(M.publishInitiatives, { input: { initiativeIds: published.map((p) => p.id), published: true } }, manager);

    stranger = await newOrganisation(t.client, 'Other Council');
    strangerAs = { token: stranger.admin.token, organisationId: stranger.id };
    const strangerAreas = await areasOf(t.client, strangerAs);
    strangerPublished = await createInitiative(t.client, strangerAs, {
      name: 'Their published thing',
      serviceAreaId: strangerAreas.Housing,
      published: true,
      publicBodyInput: 'Grant',
    });
    strangerToken = (await rotate(strangerAs)).token;
  });
  afterAll(() => t.close());

  it('lets only an ADMIN rotate the token, which is shown once with the feed URL', async () => {
    expect(codeOf(await t.client.fails(M.rotateFeedToken, {}, manager))).toEqual({ code: 'FORBIDDEN' });
    expect(codeOf(await t.client.fails(M.rotateFeedToken, {}, contributor))).toEqual({ code: 'FORBIDDEN' });
    expect(codeOf(await t.client.fails(M.rotateFeedToken, {}, {}))).toEqual({ code: 'UNAUTHENTICATED' });
    const issued = await rotate(admin);
    token = issued.token;
    expect(token).toMatch(/^cpf_[\w-]{43}$/);
    expect(issued.feedUrl).toBe(`${t.config.publicUrl}/feeds/${token}/initiatives.json`);
    const history = (await t.client.ok(Q.history, {}, admin)).history.edges.map((e: { node: { type: string; payload: object } }) => e.node);
    const rotated = history.find((e: { type: string }) => e.type === 'FEED_TOKEN_ROTATED');
    expect(rotated).toBeDefined();
    expect(JSON.stringify(history)).not.toContain(token);
  });

  it('serves only published initiatives and only public fields, without signing in', async () => {
    const answer = await get(feedUrl(token));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('cache-control')).toBe('private, max-age=60');
    expect(answer.headers.get('etag')).toMatch(/^"[\w-]+"$/); // strong: no W/
    const feed = JSON.parse(answer.body);
    expect(feed.organisation).toEqual({ name: 'Feed Council' });
    expect(feed.count).toBe(2);
    expect(feed.initiatives.map((i: { name: string }) => i.name)).toEqual(['Ward walkabouts', 'Repair café']); // by area order, then name
    for (const initiative of feed.initiatives) expect(Object.keys(initiative).sort()).toEqual(PUBLIC_KEYS);
    expect(feed.initiatives[1]).toMatchObject({
      id: published[0].id,
      description: 'Fixing things together on Saturdays',
      serviceAreaName: 'Local environment',
      forms: ['CO_DELIVERY', 'CO_PERFORMING'],
      participation: 'COLLECTIVE',
      status: 'ACTIVE',
      peopleInvolved: 35,
    });
    expect(answer.body).not.toContain(SECRET_CONTACT);
    expect(answer.body).not.toContain(SECRET_REF);
    expect(answer.body).not.toContain('REF-PUBLIC-ONE');
    expect(answer.body).not.toContain(unpublished.id);
    expect(answer.body).not.toContain('The library hall');
  });

  it('answers 304 with no body while nothing changed, and 200 with a new ETag after a change', async () => {
    const first = await get(feedUrl(token));
    const etag = first.headers.get('etag')!;
    const unchanged = await get(feedUrl(token), { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe('');
    expect(unchanged.headers.get('etag')).toBe(etag);
    expect((await get(feedUrl(token), { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    expect((await get(feedUrl(token), { 'if-none-match': '"something-else"' })).status).toBe(200);

    // A change to an unpublished initiative does not touch the feed.
    await t.client.ok(
      M.updateInitiative,
      { input: { initiativeId: unpublished.id, version: unpublished.version, description: 'Still a draft' } },
      contributor,
    );
    expect((await get(feedUrl(token), { 'if-none-match': etag })).status).toBe(304);

    await t.client.ok(M.updateInitiative, { input: { initiativeId: published[0].id, version: 2, peopleInvolved: 36 } }, manager);
    const changed = await get(feedUrl(token), { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(JSON.parse(changed.body).initiatives[1].peopleInvolved).toBe(36);

    // Renaming a service area changes what the feed says, so its ETag too.
    const before = changed.headers.get('etag')!;
    await t.client.ok(
      M.updateServiceArea,
      { input: { serviceAreaId: areas['Local environment'], version: 1, name: 'Environment' } },
      admin,
    );
    const renamed = await get(feedUrl(token), { 'if-none-match': before });
    expect(renamed.status).toBe(200);
    expect(JSON.parse(renamed.body).initiatives[1].serviceAreaName).toBe('Environment');

    // Unpublishing drops the initiative from the feed.
    await t.client.ok(M.publishInitiatives, { input: { initiativeIds: [published[1].id], published: false } }, manager);
    const fewer = await get(feedUrl(token), { 'if-none-match': renamed.headers.get('etag')! });
    expect(fewer.status).toBe(200);
    expect(JSON.parse(fewer.body).initiatives.map((i: { id: string }) => i.id)).toEqual([published[0].id]);
    await t.client.ok(M.publishInitiatives, { input: { initiativeIds: [published[1].id], published: true } }, manager);
  });

  // The URL holds the token: no shared cache may keep an answer, and no page opened from one is told the URL.
  it('marks every answer of every feed private and no-referrer: 200, 304 and 404 alike', async () => {
    for (const name of ['initiatives.json', 'rules-of-engagement.json']) {
      const url = (feedToken: string) => `${t.url}/feeds/${feedToken}/${name}`;
      const ok = await get(url(token));
      const notModified = await get(url(token), { 'if-none-match': ok.headers.get('etag')! });
      const unknown = await get(url('cpf_unknownunknownunknownunknownunknownunknown12'));
      expect([name, ok.status, notModified.status, unknown.status]).toEqual([name, 200, 304, 404]);
      for (const answer of [ok, notModified]) {
        expect([name, answer.headers.get('cache-control'), answer.headers.get('referrer-policy')]).toEqual([
          name,
          'private, max-age=60',
          'no-referrer',
        ]);
      }
      // Not kept at all: a token issued a moment later must answer at once.
      expect([name, unknown.headers.get('cache-control'), unknown.headers.get('referrer-policy')]).toEqual([
        name,
        'no-store',
        'no-referrer',
      ]);
    }
  });

  it('answers the same through GraphQL to anyone with the token, signed in or not', async () => {
    const anonymous = (await t.client.ok(Q.publishedInitiatives, { token })).publishedInitiatives;
    expect(anonymous.map((i: { id: string }) => i.id).sort()).toEqual(published.map((p) => p.id).sort());
    const feed = JSON.parse((await get(feedUrl(token))).body);
    expect(anonymous.map((i: { id: string }) => i.id)).toEqual(feed.initiatives.map((i: { id: string }) => i.id));
    expect((await t.client.ok(Q.publishedInitiatives, { token }, strangerAs)).publishedInitiatives).toHaveLength(2);
    expect(codeOf(await t.client.fails(Q.publishedInitiatives, { token: 'cpf_not-a-real-token-at-all-000000000000000000' }))).toEqual({
      code: 'NOT_FOUND',
    });
    const contactField = await t.client.request(`query($token: String!) { publishedInitiatives(feedToken: $token) { contact } }`, {
      token,
    });
    expect(contactField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps each organisation’s feed to its own initiatives', async () => {
    const ours = await get(feedUrl(token));
    expect(ours.body).not.toContain(strangerPublished.id);
    expect(ours.body).not.toContain('Their published thing');
    const theirs = JSON.parse((await get(feedUrl(strangerToken))).body);
    expect(theirs).toMatchObject({ organisation: { name: 'Other Council' }, count: 1 });
    expect(theirs.initiatives.map((i: { id: string }) => i.id)).toEqual([strangerPublished.id]);
    const graphql = (await t.client.ok(Q.publishedInitiatives, { token: strangerToken }, admin)).publishedInitiatives;
    expect(graphql.map((i: { id: string }) => i.id)).toEqual([strangerPublished.id]);
  });

  it('answers 404 for an unknown token, and for the old token once rotated', async () => {
    for (const bad of ['cpf_unknownunknownunknownunknownunknownunknown12', 'x', '%2e%2e', 'a'.repeat(99)]) {
      const answer = await get(feedUrl(bad));
      expect([bad.slice(0, 10), answer.status]).toEqual([bad.slice(0, 10), 404]);
    }
    expect((await get(feedUrl('a'.repeat(300)))).status).toBe(414); // Fastify refuses an over-long path parameter itself
    const unknown = await get(feedUrl('cpf_unknownunknownunknownunknownunknownunknown12'));
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(unknown.body)).toEqual({ error: 'NOT_FOUND', message: expect.any(String) });

    const old = token;
    const etag = (await get(feedUrl(old))).headers.get('etag')!;
    token = (await rotate(admin)).token;
    expect(token).not.toBe(old);
    expect((await get(feedUrl(old))).status).toBe(404);
    expect((await get(feedUrl(old), { 'if-none-match': etag })).status).toBe(404);
    expect(codeOf(await t.client.fails(Q.publishedInitiatives, { token: old }))).toEqual({ code: 'NOT_FOUND' });
    const fresh = await get(feedUrl(token), { 'if-none-match': etag });
    expect(fresh.status).toBe(304); // same organisation, same content: the content's ETag
    expect(JSON.parse((await get(feedUrl(token))).body).count).toBe(2);
    expect((await get(feedUrl(strangerToken))).status).toBe(200); // another organisation's rotation leaves theirs alone
  });
});
