import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@app/common';
import { FeedService } from '@app/mapping';
import { EngagementTermsService } from '../plans/engagement-terms.service';
import type { PublishedRulesOfEngagement, RulesOfEngagementFeed } from './published-rules.model';

/**
 * The published rules of engagement of an organisation's pilots, for anyone holding its feed
 * token (the same token, and the same lookup, as the published map's feed). Only published
 * versions, only the newest of each pilot, only public fields.
 */
@Injectable()
export class PublishedRulesService {
  constructor(
    private readonly terms: EngagementTermsService,
    private readonly feeds: FeedService,
  ) {}

  /** The feed the token opens, or null when it is no organisation's token. */
  async feed(ctx: RequestContext, token: string): Promise<RulesOfEngagementFeed | null> {
    const organisation = await this.feeds.organisationFor(ctx, token);
    if (!organisation) return null;
    const pilots = await this.terms.published(ctx.within(organisation.id), organisation.id);
    return { organisation: { name: organisation.name }, count: pilots.length, pilots };
  }

  /** The same for GraphQL, where an unknown token is NOT_FOUND. */
  async rules(ctx: RequestContext, token: string): Promise<PublishedRulesOfEngagement[]> {
    const feed = await this.feed(ctx, token);
    if (!feed) throw new NotFoundError('Published feed');
    return feed.pilots;
  }
}
