import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type GqlContext, loaderFor, RequestContext } from '@app/common';
import { HistoryService } from '@app/history';
import { Programme } from './programme.model';

/** A programme's newest history sequence number, which the history library keeps (libs/history/src/event-sequence.entity.ts). */
@Resolver(() => Programme)
export class ProgrammeSequenceResolver {
  constructor(private readonly history: HistoryService) {}

  @ResolveField(() => Int, {
    description:
      'The sequence number of its newest history event (0 before any): remember it when you read the programme, and after a lost connection ask journey(afterSequence:) for what you missed.',
  })
  lastEventSequence(
    @Parent() programme: Programme,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): number | Promise<number | null> {
    // A mutation's answer names the event it has just written (ProgrammesService.record).
    if (programme.lastEventSequence !== undefined) return programme.lastEventSequence;
    return loaderFor<string, number>(gql, 'programme.lastEventSequence', async (ids) => {
      const last = await this.history.lastSequences(ctx, ids);
      return ids.map((id) => last.get(id) ?? 0);
    }).load(programme.id);
  }
}
