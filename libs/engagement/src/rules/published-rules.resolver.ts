import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequestContext } from '@app/common';
import { PublishedRulesArgs } from './published-rules.args';
import { PublishedRulesOfEngagement } from './published-rules.model';
import { PublishedRulesService } from './published-rules.service';

@Resolver(() => PublishedRulesOfEngagement)
export class PublishedRulesResolver {
  constructor(private readonly rules: PublishedRulesService) {}

  @Query(() => [PublishedRulesOfEngagement], {
    description:
      "Anyone with the organisation's feed token, signed in or not: the newest published rules of engagement of each of its pilots that is still going " +
      '(not rejected or stopped), by pilot name. /feeds/<token>/rules-of-engagement.json says the same, with ETags.',
  })
  @Public()
  publishedRulesOfEngagement(@Ctx() ctx: RequestContext, @Args() args: PublishedRulesArgs): Promise<PublishedRulesOfEngagement[]> {
    return this.rules.rules(ctx, args.feedToken);
  }
}
