import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { IsOptional, IsUUID } from 'class-validator';
import { CoproductionMap } from './coproduction-map.model';
import { CoproductionMapService } from './coproduction-map.service';

@ArgsType()
class CoproductionMapArgs {
  @Field(() => ID, { nullable: true, description: "Only the initiatives of this programme; the whole organisation's when omitted." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;
}

@Resolver(() => CoproductionMap)
export class CoproductionMapResolver {
  constructor(private readonly service: CoproductionMapService) {}

  @Query(() => CoproductionMap, { description: 'Initiatives by service area × form and sub-form, with totals and people involved; self-organisation counted apart.' })
  @Can(Action.READ)
  coproductionMap(@Ctx() ctx: RequestContext, @Args() args: CoproductionMapArgs): Promise<CoproductionMap> {
    return this.service.map(ctx, args.programmeId ?? null);
  }
}
