import { Args, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { CoproductionMapArgs } from './coproduction-map.args';
import { CoproductionMap } from './coproduction-map.model';
import { CoproductionMapService } from './coproduction-map.service';

@Resolver(() => CoproductionMap)
export class CoproductionMapResolver {
  constructor(private readonly service: CoproductionMapService) {}

  @Query(() => CoproductionMap, {
    description: 'Initiatives by service area × form and sub-form, with totals and people involved; self-organisation counted apart.',
  })
  @Can(Action.READ)
  coproductionMap(@Ctx() ctx: RequestContext, @Args() args: CoproductionMapArgs): Promise<CoproductionMap> {
    return this.service.map(ctx, args.programmeId ?? null);
  }
}
