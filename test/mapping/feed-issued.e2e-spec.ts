import { addMember, newOrganisation, type Org } from '../identity/identity-helpers';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { M } from './mapping-support';

const ISSUED_AT = `query { feedTokenIssuedAt }`;

/**
 * When the feed's link was last issued, so the Map it screen can say a link exists (and that
 * issuing another stops it) without ever showing the token again: any member may read the date,
 * one organisation's never shows in another's.
 */
describe('mapping: when the feed token was issued', () => {
  let t: TestApp;
  let org: Org;
  let admin: As;
  let viewer: As;
  let other: As;

  beforeAll(async () => {
    t = await startTestApp();
    org = await newOrganisation(t.client, 'Issued Council');
    admin = { token: org.admin.token, organisationId: org.id };
    viewer = { token: (await addMember(t.client, org, 'VIEWER')).token, organisationId: org.id };
    const elsewhere = await newOrganisation(t.client, 'Elsewhere Council');
    other = { token: elsewhere.admin.token, organisationId: elsewhere.id };
  });
  afterAll(() => t.close());

  it('is null until a token is issued, then the time of the newest, for every member; never another organisation’s', async () => {
    expect((await t.client.ok(ISSUED_AT, {}, viewer)).feedTokenIssuedAt).toBeNull();
    const first = (await t.client.ok(M.rotateFeedToken, {}, admin)).rotateFeedToken as { rotatedAt: string };
    expect((await t.client.ok(ISSUED_AT, {}, viewer)).feedTokenIssuedAt).toBe(first.rotatedAt);
    const second = (await t.client.ok(M.rotateFeedToken, {}, admin)).rotateFeedToken as { rotatedAt: string };
    expect(new Date(second.rotatedAt).getTime()).toBeGreaterThanOrEqual(new Date(first.rotatedAt).getTime());
    expect((await t.client.ok(ISSUED_AT, {}, admin)).feedTokenIssuedAt).toBe(second.rotatedAt);
    expect((await t.client.ok(ISSUED_AT, {}, other)).feedTokenIssuedAt).toBeNull();
  });
});
