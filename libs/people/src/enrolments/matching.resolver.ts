import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { SetPilotNeedsInput } from './enrolment.inputs';
import { ParticipantMatchesArgs } from './matching.args';
import { ParticipantMatch, PilotNeeds } from './enrolment.model';
import { MatchingService } from './matching.service';

@Resolver(() => ParticipantMatch)
export class MatchingResolver {
  constructor(private readonly service: MatchingService) {}

  @Mutation(() => PilotNeeds, { description: 'Sets the skills and hours a month a pilot needs from its participants.' })
  @Can(Action.PLAN)
  setPilotNeeds(@Ctx() ctx: RequestContext, @Args('input') input: SetPilotNeedsInput): Promise<PilotNeeds> {
    return this.service.setNeeds(ctx, input);
  }

  @Query(() => [ParticipantMatch], {
    description:
      "The organisation's participants who fit the pilot best, on skills (50), motivation (25) and time (25), each score explained. Only participants with a lawful basis, not erased and not already in the pilot; self-efficacy plays no part.",
  })
  @Can(Action.READ)
  participantMatches(@Ctx() ctx: RequestContext, @Args() args: ParticipantMatchesArgs): Promise<ParticipantMatch[]> {
    return this.service.matches(ctx, args.pilotId, args.first ?? 20);
  }
}
