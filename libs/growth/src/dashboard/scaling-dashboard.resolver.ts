import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type GqlContext, loaderFor, RequestContext } from '@app/common';
import { ProgrammeDashboard } from '@app/programmes';
import { ProgrammeScalingProgress } from '../scaling/scaling-plan.model';
import { ScalingProgressService } from './scaling-progress.service';

/** `ProgrammeDashboard.scaling`: Grow it on the programme dashboard, one statement for every programme in a response. */
@Resolver(() => ProgrammeDashboard)
export class ScalingDashboardResolver {
  constructor(private readonly progress: ScalingProgressService) {}

  @ResolveField(() => ProgrammeScalingProgress, {
    description: "The programme's pilots decided SCALE and how far their scaling plans' training has got.",
  })
  scaling(
    @Parent() dashboard: ProgrammeDashboard,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<ProgrammeScalingProgress | null> {
    return loaderFor<string, ProgrammeScalingProgress>(gql, 'programmeDashboard.scaling', async (ids) => {
      const byProgramme = await this.progress.ofProgrammes(ctx, ids);
      return ids.map((id) => byProgramme.get(id) ?? null);
    }).load(dashboard.programmeId);
  }
}
