import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { ChecklistItem } from '../programmes/programme.model';
import { TickChecklistItemInput, UntickChecklistItemInput } from './checklist.inputs';
import { ChecklistsService } from './checklists.service';

@Resolver(() => ChecklistItem)
export class ChecklistsResolver {
  constructor(private readonly checklists: ChecklistsService) {}

  @Mutation(() => ChecklistItem, { description: 'Ticks a MANUAL checklist item with evidence; records who and when.' })
  @Can(Action.CONTRIBUTE)
  tickChecklistItem(@Ctx() ctx: RequestContext, @Args('input') input: TickChecklistItemInput): Promise<ChecklistItem> {
    return this.checklists.tick(ctx, input);
  }

  @Mutation(() => ChecklistItem, { description: 'Unticks an item; a required item of a completed step needs the step reopened first.' })
  @Can(Action.CONTRIBUTE)
  untickChecklistItem(@Ctx() ctx: RequestContext, @Args('input') input: UntickChecklistItemInput): Promise<ChecklistItem> {
    return this.checklists.untick(ctx, input.itemId);
  }
}
