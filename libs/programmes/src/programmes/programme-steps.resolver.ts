import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type GqlContext, loaderFor, RequestContext } from '@app/common';
import { STEP_INFO } from '@app/workflow';
import { GatesService, type StepEvaluation } from './gates.service';
import { ChecklistItem, Gate, ItemVerdict, ProgrammeStep } from './programme.model';

/** Checklists and gates of many steps load together: two queries per request, not per step. */
export function stepEvaluations(gates: GatesService, ctx: RequestContext, gql: GqlContext) {
  return loaderFor<string, StepEvaluation>(gql, 'step.evaluation', async (stepIds) => {
    const evaluations = await gates.evaluateByIds(ctx, stepIds);
    return stepIds.map((id) => evaluations.get(id) ?? null);
  });
}

@Resolver(() => ProgrammeStep)
export class ProgrammeStepsResolver {
  constructor(private readonly gates: GatesService) {}

  @ResolveField(() => String, { description: 'e.g. "Map it".' })
  name(@Parent() step: ProgrammeStep): string {
    return STEP_INFO[step.step].name;
  }

  @ResolveField(() => String)
  purpose(@Parent() step: ProgrammeStep): string {
    return STEP_INFO[step.step].purpose;
  }

  @ResolveField(() => [ChecklistItem])
  async items(@Parent() step: ProgrammeStep, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return (await stepEvaluations(this.gates, ctx, gql).load(step.id))?.items ?? [];
  }

  @ResolveField(() => Gate)
  async gate(@Parent() step: ProgrammeStep, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return (await stepEvaluations(this.gates, ctx, gql).load(step.id))!.gate;
  }
}

@Resolver(() => ChecklistItem)
export class ChecklistItemsResolver {
  constructor(private readonly gates: GatesService) {}

  @ResolveField(() => ItemVerdict, { description: 'Whether the item is satisfied now, and why (for EVIDENCED items, from the records).' })
  async verdict(@Parent() item: ChecklistItem, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    const evaluation = await stepEvaluations(this.gates, ctx, gql).load(item.programmeStepId);
    return evaluation?.verdicts.get(item.id) ?? { satisfied: false, explanation: 'Not evaluated' };
  }
}
