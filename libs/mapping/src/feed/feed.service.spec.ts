import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { AppConfig, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { sha256 } from '@app/identity';
import { newOrganisation, newServiceArea } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { CoproductionFormName } from '../initiatives/initiative.model';
import { InitiativesService } from '../initiatives/initiatives.service';
import { MappingModule } from '../mapping.module';
import { FEED_TOKEN_PREFIX, FeedService } from './feed.service';

/** The published feed on a real database: tokens kept only as hashes and rotated, published rows and public fields only, organisations apart. */
describe('FeedService', () => {
  let module: TestingModule;
  let feeds: FeedService;
  let initiatives: InitiativesService;
  let db: Database;

  /** A visitor with nothing but the token, as the feed's HTTP path serves one. */
  const anyone = () => new RequestContext(randomUUID());

  beforeAll(async () => {
    module = await serviceTestingModule(MappingModule);
    feeds = module.get(FeedService);
    initiatives = module.get(InitiativesService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  it('issues a token shown once and kept only as its hash; a rotation stops the old one at once and is recorded', async () => {
    const ctx = await newOrganisation(db, Role.ADMIN, 'Riverside');
    expect(await feeds.issuedAt(ctx)).toBeNull();
    const first = await feeds.rotate(ctx);
    expect(first.token.startsWith(FEED_TOKEN_PREFIX)).toBe(true);
    expect(first.feedUrl).toBe(`${module.get(AppConfig).publicUrl}/feeds/${first.token}/initiatives.json`);
    const [stored] = await ownerQuery(db, `SELECT token_hash, rotated_at FROM feed_token WHERE organisation_id = $1`, [ctx.tenantId]);
    expect(stored.token_hash).toBe(sha256(first.token));
    expect(await feeds.issuedAt(ctx)).toEqual(first.rotatedAt);

    const second = await feeds.rotate(ctx);
    expect(second.token).not.toBe(first.token);
    expect(await feeds.feed(anyone(), first.token)).toBeNull();
    expect(await feeds.feed(anyone(), second.token)).toEqual({ organisation: { name: 'Riverside' }, count: 0, initiatives: [] });
    expect(await ownerQuery(db, `SELECT count(*)::int AS n FROM feed_token WHERE organisation_id = $1`, [ctx.tenantId])).toEqual([
      { n: 1 },
    ]);
    const rotations = await ownerQuery(
      db,
      `SELECT actor_user_id AS "actorUserId", payload FROM event WHERE organisation_id = $1 AND type = 'FEED_TOKEN_ROTATED' ORDER BY id`,
      [ctx.tenantId],
    );
    expect(rotations).toEqual(
      [first, second].map((issued) => ({ actorUserId: ctx.userId, payload: { rotatedAt: issued.rotatedAt.toISOString() } })),
    );
  });

  it('serves only published initiatives, by area and name, with public fields only', async () => {
    const ctx = await newOrganisation(db, Role.ADMIN, 'Published Council');
    const parks = await newServiceArea(db, ctx.tenantId, 'Parks', 1);
    const roads = await newServiceArea(db, ctx.tenantId, 'Roads', 0);
    const make = (name: string, serviceAreaId: string, published: boolean) =>
      initiatives.create(ctx, {
        name,
        serviceAreaId,
        published,
        forms: [CoproductionFormName.CO_MANAGING],
        contact: 'secret@example.org',
        externalRef: randomUUID(),
        peopleInvolved: 7,
      });
    const zebra = await make('zebra patrol', parks, true);
    const allotments = await make('Allotments', parks, true);
    await make('Draft', parks, false);
    const crossing = await make('Crossing wardens', roads, true);
    const { token } = await feeds.rotate(ctx);

    const feed = (await feeds.feed(anyone(), token))!;
    expect(feed.count).toBe(3);
    expect(feed.initiatives.map((i) => i.id)).toEqual([crossing.id, allotments.id, zebra.id]);
    expect(Object.keys(feed.initiatives[0]).sort()).toEqual([
      'description',
      'forms',
      'id',
      'name',
      'participation',
      'peopleInvolved',
      'serviceAreaName',
      'status',
      'updatedAt',
    ]);
    expect(feed.initiatives[1]).toMatchObject({
      name: 'Allotments',
      serviceAreaName: 'Parks',
      forms: ['CO_DELIVERY', 'CO_MANAGING'],
      peopleInvolved: 7,
    });
    expect(JSON.stringify(feed)).not.toContain('secret@example.org');
    expect(await feeds.publishedInitiatives(anyone(), token)).toEqual(feed.initiatives);
  });

  it("opens only its own organisation's feed, and nothing for a token of the wrong shape or unknown", async () => {
    const ours = await newOrganisation(db, Role.ADMIN, 'Ours');
    const theirs = await newOrganisation(db, Role.ADMIN, 'Theirs');
    await initiatives.create(theirs, {
      name: 'Their published one',
      serviceAreaId: await newServiceArea(db, theirs.tenantId, 'Health'),
      published: true,
    });
    const ourToken = (await feeds.rotate(ours)).token;
    const theirToken = (await feeds.rotate(theirs)).token;
    expect(await feeds.feed(anyone(), ourToken)).toMatchObject({ organisation: { name: 'Ours' }, count: 0 });
    expect(await feeds.feed(anyone(), theirToken)).toMatchObject({ organisation: { name: 'Theirs' }, count: 1 });
    // An organisation that never issued one reads null, whatever others have issued.
    expect(await feeds.issuedAt(await newOrganisation(db))).toBeNull();

    for (const token of [`${FEED_TOKEN_PREFIX}${'x'.repeat(40)}`, 'short', `${ourToken}/../x`, '']) {
      expect(await feeds.feed(anyone(), token)).toBeNull();
      await expect(feeds.publishedInitiatives(anyone(), token)).rejects.toThrow(NotFoundError);
    }
  });
});
