import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, Public, RequestContext } from '@app/common';
import { PublishedInitiativesArgs } from './feed.args';
import { IssuedFeedToken, PublishedInitiative } from './feed.model';
import { FeedService } from './feed.service';

@Resolver(() => PublishedInitiative)
export class FeedResolver {
  constructor(private readonly feed: FeedService) {}

  @Query(() => [PublishedInitiative], {
    description:
      "Anyone with the organisation's feed token, signed in or not: its published initiatives, public fields only. The JSON feed at /feeds/<token>/initiatives.json says the same, with ETags.",
  })
  @Public()
  publishedInitiatives(@Ctx() ctx: RequestContext, @Args() args: PublishedInitiativesArgs): Promise<PublishedInitiative[]> {
    return this.feed.publishedInitiatives(ctx, args.feedToken);
  }

  @Query(() => Date, {
    nullable: true,
    description:
      "When the organisation's feed token was last issued; null if never. The token itself is shown only once, when it is issued.",
  })
  @Can(Action.READ)
  feedTokenIssuedAt(@Ctx() ctx: RequestContext): Promise<Date | null> {
    return this.feed.issuedAt(ctx);
  }

  @Mutation(() => IssuedFeedToken, { description: 'Issues a new feed token (ADMIN); the previous one stops working at once.' })
  @Can(Action.MANAGE_MEMBERS)
  rotateFeedToken(@Ctx() ctx: RequestContext): Promise<IssuedFeedToken> {
    return this.feed.rotate(ctx);
  }
}
