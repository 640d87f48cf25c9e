import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type GqlContext, loaderFor, RequestContext } from '@app/common';
import { Programme } from '@app/programmes';
import { ProgrammeEconomics } from './programme-economics.model';
import { ProgrammeEconomicsService } from './programme-economics.service';

/** `Programme.economics`, batched over the programmes of a response. */
@Resolver(() => Programme)
export class ProgrammeEconomicsResolver {
  constructor(private readonly service: ProgrammeEconomicsService) {}

  @ResolveField(() => ProgrammeEconomics, {
    description: "The programme's pilots' money, the cost of growing them and who gains, in the organisation's currency.",
  })
  async economics(@Parent() programme: Programme, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<ProgrammeEconomics> {
    const found = await loaderFor<string, ProgrammeEconomics>(gql, 'programme.economics', async (ids) => {
      const byProgramme = await this.service.ofProgrammes(ctx, ids);
      return ids.map((id) => byProgramme.get(id) ?? null);
    }).load(programme.id);
    return found!;
  }
}
