import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { ErrorCode, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { FEED_TOKEN_PREFIX, FeedService } from '@app/mapping';
import type { Pilot } from '@app/pilots';
import { newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { EngagementModule } from '../engagement.module';
import { EngagementTermsService } from '../plans/engagement-terms.service';
import { PublishedRulesService } from './published-rules.service';

/**
 * The published rules of engagement on a real database, opened by the organisation's feed token
 * (FeedService.organisationFor, the lookup the map's feed uses): the token alone decides whose
 * rules are shown, whoever asks; a rotated, unknown or malformed token opens nothing, which
 * GraphQL's `rules` answers as NOT_FOUND. Which versions and pilots are public is
 * engagement-terms.service.spec.ts's; ETags and HTTP are test/engagement/rules-of-engagement.e2e-spec.ts's.
 */
describe('PublishedRulesService', () => {
  let module: TestingModule;
  let rules: PublishedRulesService;
  let feeds: FeedService;
  let terms: EngagementTermsService;
  let db: Database;

  /** A visitor with nothing but the token, as the feed's HTTP path and the public GraphQL field serve one. */
  const anyone = () => new RequestContext(randomUUID());

  /** Saves the pilot's terms as a new version and, when asked, publishes it. */
  async function writeTerms(ctx: RequestContext, pilot: Pilot, expectations: string, publish: boolean) {
    const saved = await terms.save(ctx, { pilotId: pilot.id, expectations, rulesOfEngagement: `Rules: ${expectations}` });
    return publish ? terms.publish(ctx, { pilotId: pilot.id, version: saved.version }) : saved;
  }

  beforeAll(async () => {
    module = await serviceTestingModule(EngagementModule);
    rules = module.get(PublishedRulesService);
    feeds = module.get(FeedService);
    terms = module.get(EngagementTermsService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  it("opens the newest published rules of the token's organisation only, with public fields only, whoever asks", async () => {
    const river = await newOrganisation(db, Role.ADMIN, 'Riverside Council');
    const champions = await newPilot(module, river, 'RUNNING', 'Street champions');
    const published = await writeTerms(river, champions, 'We answer within a week.', true);
    await writeTerms(river, champions, 'Draft: we answer the same day.', false);
    const unpublished = await newPilot(module, river, 'APPROVED', 'Quiet pilot');
    await writeTerms(river, unpublished, 'Never shown', false);

    const hill = await newOrganisation(db, Role.ADMIN, 'Hillside Council');
    await writeTerms(hill, await newPilot(module, hill, 'RUNNING', 'Path wardens'), 'Hill expectations', true);
    await feeds.rotate(hill);
    const { token } = await feeds.rotate(river);

    const expected = {
      organisation: { name: 'Riverside Council' },
      count: 1,
      pilots: [
        {
          pilotId: champions.id,
          pilotName: 'Street champions',
          version: 1,
          expectations: 'We answer within a week.',
          rulesOfEngagement: 'Rules: We answer within a week.',
          publishedAt: published.publishedAt,
        },
      ],
    };
    expect(await rules.feed(anyone(), token)).toEqual(expected);
    expect(await rules.rules(anyone(), token)).toEqual(expected.pilots);
    // A member of another organisation holding Riverside's token sees Riverside's rules, and none of their own.
    expect(await rules.feed(hill, token)).toEqual(expected);
  });

  it('opens an empty list, not nothing, for the token of an organisation that has published no rules', async () => {
    const quiet = await newOrganisation(db, Role.ADMIN, 'Quiet Council');
    await writeTerms(quiet, await newPilot(module, quiet, 'RUNNING', 'Unannounced'), 'Saved only', false);
    const { token } = await feeds.rotate(quiet);
    expect(await rules.feed(anyone(), token)).toEqual({ organisation: { name: 'Quiet Council' }, count: 0, pilots: [] });
    expect(await rules.rules(anyone(), token)).toEqual([]);
  });

  it('opens nothing with a token once it is rotated, and the same rules with the new one at once', async () => {
    const ctx = await newOrganisation(db, Role.ADMIN, 'Rotating Council');
    await writeTerms(ctx, await newPilot(module, ctx, 'RUNNING', 'Litter walks'), 'Monthly walks', true);
    const old = (await feeds.rotate(ctx)).token;
    const before = await rules.rules(anyone(), old);
    expect(before.map((p) => p.pilotName)).toEqual(['Litter walks']);

    const current = (await feeds.rotate(ctx)).token;
    expect(await rules.feed(anyone(), old)).toBeNull();
    await expect(rules.rules(anyone(), old)).rejects.toThrow(NotFoundError);
    expect(await rules.rules(anyone(), current)).toEqual(before);
  });

  it('opens nothing for an unknown or malformed token, which GraphQL answers as NOT_FOUND', async () => {
    const ctx = await newOrganisation(db, Role.ADMIN, 'Guarded Council');
    await writeTerms(ctx, await newPilot(module, ctx, 'RUNNING', 'Guarded pilot'), 'Guarded', true);
    const { token } = await feeds.rotate(ctx);
    const wrong = [
      `${FEED_TOKEN_PREFIX}${'x'.repeat(40)}`, // the right shape, issued to nobody
      token.slice(0, -1), // one character short
      `${token}/../x`,
      ` ${token}`,
      'short',
      'x'.repeat(129),
      '',
    ];
    for (const candidate of wrong) {
      expect(await rules.feed(anyone(), candidate)).toBeNull();
      await expect(rules.rules(anyone(), candidate)).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
        message: 'Published feed was not found',
      });
    }
    expect(await rules.rules(anyone(), token)).toHaveLength(1);
  });
});
