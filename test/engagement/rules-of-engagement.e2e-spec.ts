import { createPilot, createProgramme, move, type Organisation, organisationWithRoles, type PilotView } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { getFeed, itemVerdict, M, Q, rotateFeedToken } from './engagement-support';

const feedPath = (token: string) => `/feeds/${token}/rules-of-engagement.json`;

describe('rules of engagement: versioned, published, and read through the feed token without signing in', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let pilot: PilotView;
  let token: string;
  let otherToken: string;
  let etag: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Cleaner streets')).id;
    pilot = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Street champions' });
    token = await rotateFeedToken(t, org.as.ADMIN);
    otherToken = await rotateFeedToken(t, other.as.ADMIN);
  });
  afterAll(() => t.close());

  const save = (expectations: string, rulesOfEngagement: string, as = org.as.CONSULTANT) =>
    t.client.ok(M.saveTerms, { input: { pilotId: pilot.id, expectations, rulesOfEngagement } }, as).then((d) => d.saveEngagementTerms);
  const publish = (version: number, as = org.as.PROGRAMME_MANAGER) =>
    t.client.ok(M.publishTerms, { input: { pilotId: pilot.id, version } }, as).then((d) => d.publishEngagementTerms);

  it('saves numbered versions, none of them public until published', async () => {
    const first = await save('We answer within a week.', 'Come to two evenings a month.');
    expect(first).toMatchObject({ version: 1, published: false, publishedAt: null, plan: { version: 1 } });
    const second = await save('We answer within three days.', 'Come to one evening a month.');
    expect(second).toMatchObject({ version: 2, published: false, plan: { version: 2 } });

    const feed = await getFeed(t, feedPath(token));
    expect(feed.status).toBe(200);
    expect(feed.body).toEqual({ organisation: { name: 'Riverside Council' }, count: 0, pilots: [] });
    expect(await t.client.ok(Q.publishedRules, { token })).toEqual({ publishedRulesOfEngagement: [] });
  });

  it('lets only those who may publish do it: a CONSULTANT is FORBIDDEN, as are CONTRIBUTOR and VIEWER', async () => {
    for (const role of ['CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const) {
      const refused = await t.client.fails(M.publishTerms, { input: { pilotId: pilot.id, version: 1 } }, org.as[role]);
      expect([role, refused.extensions?.code]).toEqual([role, 'FORBIDDEN']);
    }
    const contributorSave = await t.client.fails(
      M.saveTerms,
      { input: { pilotId: pilot.id, expectations: 'x', rulesOfEngagement: 'y' } },
      org.as.CONTRIBUTOR,
    );
    expect(contributorSave.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to publish a version that was never saved, naming input.version', async () => {
    const missing = await t.client.fails(M.publishTerms, { input: { pilotId: pilot.id, version: 9 } }, org.as.ADMIN);
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.extensions?.fields).toEqual([{ field: 'input.version', message: 'names no saved version: the newest is 2' }]);
  });

  it('shows the published version through the feed and through GraphQL, to anyone with the token', async () => {
    const published = await publish(1);
    expect(published).toMatchObject({ version: 1, published: true, plan: { version: 3 } });
    expect(published.publishedAt).toEqual(expect.any(String));

    const feed = await getFeed(t, feedPath(token));
    expect(feed.status).toBe(200);
    expect(feed.body).toEqual({
      organisation: { name: 'Riverside Council' },
      count: 1,
      pilots: [
        {
          pilotId: pilot.id,
          pilotName: 'Street champions',
          version: 1,
          expectations: 'We answer within a week.',
          rulesOfEngagement: 'Come to two evenings a month.',
          publishedAt: published.publishedAt,
        },
      ],
    });
    expect(feed.etag).toMatch(/^".+"$/);
    etag = feed.etag!;

    // No Authorization header at all.
    const rules = (await t.client.ok(Q.publishedRules, { token })).publishedRulesOfEngagement;
    expect(rules).toEqual(feed.body.pilots);
    const plan = (await t.client.ok(Q.pilotPlan, { id: pilot.id }, org.as.VIEWER)).pilot.engagementPlan;
    expect(plan.publishedTerms).toEqual({ version: 1 });
    expect(plan.latestTerms).toEqual({ version: 2, published: false });
    expect(plan.terms.map((v: { version: number; published: boolean }) => [v.version, v.published])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('answers 304 to If-None-Match while nothing public changes, even as unpublished versions are saved', async () => {
    expect((await getFeed(t, feedPath(token), { 'if-none-match': etag })).status).toBe(304);
    expect((await getFeed(t, feedPath(token), { 'if-none-match': `W/${etag}` })).status).toBe(304);
    const again = await publish(1); // publishing twice changes nothing
    expect(again.plan.version).toBe(3);
    await save('Draft: we answer the same day.', 'Draft: come when you can.');
    const unchanged = await getFeed(t, feedPath(token), { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBeNull();
    const body = JSON.stringify((await getFeed(t, feedPath(token))).body);
    expect(body).not.toContain('Draft');
    expect(body).not.toContain('three days');
  });

  it('shows the newest published version once a later one is published, with a new ETag', async () => {
    await publish(2);
    const feed = await getFeed(t, feedPath(token), { 'if-none-match': etag });
    expect(feed.status).toBe(200);
    expect(feed.etag).not.toBe(etag);
    expect(feed.body.pilots).toEqual([expect.objectContaining({ version: 2, expectations: 'We answer within three days.' })]);
    expect(JSON.stringify(feed.body)).not.toContain('Draft');
  });

  it("shows each organisation only its own pilots' rules, and nothing to a wrong or old token", async () => {
    const hillProgramme = (await createProgramme(t, other.as.ADMIN, 'Hill paths')).id;
    const hillPilot = await createPilot(t, other.as.ADMIN, { programmeId: hillProgramme, name: 'Path wardens' });
    await t.client.ok(
      M.saveTerms,
      { input: { pilotId: hillPilot.id, expectations: 'Hill expectations', rulesOfEngagement: 'Hill rules' } },
      other.as.ADMIN,
    );
    await t.client.ok(M.publishTerms, { input: { pilotId: hillPilot.id, version: 1 } }, other.as.ADMIN);

    const hill = await getFeed(t, feedPath(otherToken));
    expect(hill.body.organisation).toEqual({ name: 'Hillside Council' });
    expect(hill.body.pilots.map((p: { pilotName: string }) => p.pilotName)).toEqual(['Path wardens']);
    const river = await getFeed(t, feedPath(token));
    expect(river.body.pilots.map((p: { pilotName: string }) => p.pilotName)).toEqual(['Street champions']);
    expect(JSON.stringify(river.body)).not.toContain('Hill');
    expect(
      (await t.client.ok(Q.publishedRules, { token: otherToken })).publishedRulesOfEngagement.map((p: { pilotId: string }) => p.pilotId),
    ).toEqual([hillPilot.id]);

    for (const wrong of ['cpf_not-a-real-token-at-all-0000', 'short', '../../etc']) {
      expect((await getFeed(t, feedPath(encodeURIComponent(wrong)))).status).toBe(404);
      expect((await t.client.fails(Q.publishedRules, { token: wrong })).extensions?.code).toBe('NOT_FOUND');
    }
    // Rotating the token retires the old one at once.
    const newToken = await rotateFeedToken(t, org.as.ADMIN);
    expect((await getFeed(t, feedPath(token))).status).toBe(404);
    expect((await getFeed(t, feedPath(newToken))).body.count).toBe(1);
    token = newToken;
  });

  it('evidences the Market-it item once every pilot going ahead has published rules of engagement', async () => {
    const key = 'market.expectations_and_rules';
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, key)).toMatchObject({
      satisfied: false,
      explanation: 'No pilot is approved, running, being evaluated or decided SCALE; approve one first.',
    });
    // Expectations are set before launch: an approved pilot with published terms already counts.
    const approved = await move(t, org.as.ADMIN, 'approve', pilot);
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, key)).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has published rules of engagement.',
    });
    await move(t, org.as.ADMIN, 'start', approved);
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, key)).toMatchObject({ satisfied: true });

    const second = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Alley gardens' });
    expect((await itemVerdict(t, org.as.VIEWER, programmeId, key)).satisfied).toBe(true); // a proposal does not count yet
    await move(t, org.as.ADMIN, 'start', await move(t, org.as.ADMIN, 'approve', second));
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, key)).toEqual({
      satisfied: false,
      explanation: '1 of 2 pilots going ahead has no published rules of engagement yet.',
    });
    await t.client.ok(
      M.saveTerms,
      { input: { pilotId: second.id, expectations: 'Garden expectations', rulesOfEngagement: 'Garden rules' } },
      org.as.CONSULTANT,
    );
    expect((await itemVerdict(t, org.as.VIEWER, programmeId, key)).satisfied).toBe(false); // saved is not published
    await t.client.ok(M.publishTerms, { input: { pilotId: second.id, version: 1 } }, org.as.ADMIN);
    expect(await itemVerdict(t, org.as.VIEWER, programmeId, key)).toEqual({
      satisfied: true,
      explanation: 'All 2 pilots going ahead have published rules of engagement.',
    });
    expect((await getFeed(t, feedPath(token))).body.pilots.map((p: { pilotName: string }) => p.pilotName)).toEqual([
      'Alley gardens',
      'Street champions',
    ]);
  });

  it('stops showing the rules of a pilot that was stopped, and refuses to publish them', async () => {
    const third = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Bench adopters' });
    await t.client.ok(
      M.saveTerms,
      { input: { pilotId: third.id, expectations: 'Bench expectations', rulesOfEngagement: 'Bench rules' } },
      org.as.CONSULTANT,
    );
    await t.client.ok(M.publishTerms, { input: { pilotId: third.id, version: 1 } }, org.as.ADMIN);
    expect((await getFeed(t, feedPath(token))).body.count).toBe(3);
    const rejected = await t.client.ok(
      `mutation($input: RejectPilotInput!) { rejectPilot(input: $input) { id version status } }`,
      { input: { pilotId: third.id, version: third.version, reason: 'Not enough benches in the area' } },
      org.as.ADMIN,
    );
    expect(rejected.rejectPilot.status).toBe('REJECTED');
    expect((await getFeed(t, feedPath(token))).body.pilots.map((p: { pilotName: string }) => p.pilotName)).toEqual([
      'Alley gardens',
      'Street champions',
    ]);
    await t.client.ok(M.saveTerms, { input: { pilotId: third.id, expectations: 'x', rulesOfEngagement: 'y' } }, org.as.CONSULTANT);
    const refused = await t.client.fails(M.publishTerms, { input: { pilotId: third.id, version: 2 } }, org.as.ADMIN);
    expect(refused.extensions?.code).toBe('INVALID_TRANSITION');
  });
});
