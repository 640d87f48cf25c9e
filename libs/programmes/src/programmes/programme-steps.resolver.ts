import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type GqlContext, groupByKey, loaderFor, RequestContext } from '@app/common';
import { type RuleVerdict, STEP_INFO } from '@app/workflow';
import { GatesService, type StepEvaluation } from './gates.service';
import { GateRecord } from './gate-record.model';
import { ChecklistItem, Gate, ItemVerdict, ProgrammeStep } from './programme.model';

/** Checklists and gates of many steps load together: a fixed number of queries per request, not per step. */
export function stepEvaluations(gates: GatesService, ctx: RequestContext, gql: GqlContext) {
  return loaderFor<string, StepEvaluation>(gql, 'step.evaluation', async (stepIds) => {
    const evaluations = await gates.evaluateByIds(ctx, stepIds);
    return stepIds.map((id) => evaluations.get(id) ?? null);
  });
}

const NOT_EVALUATED: RuleVerdict = { satisfied: false, explanation: 'Not evaluated' };

/** The gate a step shows: its record when it was passed, else what the records say now. */
function shownGate(evaluation: StepEvaluation): Gate {
  const passed = evaluation.passed;
  return {
    ...evaluation.gate,
    recorded: passed !== null,
    passedAt: passed?.passedAt ?? null,
    passedByOverride: passed ? passed.passedByOverride : null,
    overrideReason: passed?.overrideReason ?? null,
  };
}

function liveGate(evaluation: StepEvaluation): Gate {
  return { ...evaluation.live.gate, recorded: false, passedAt: null, passedByOverride: null, overrideReason: null };
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

  @ResolveField(() => Gate, {
    description: 'For a completed step, the gate as it was passed (recorded); otherwise the gate as the records stand now.',
  })
  async gate(@Parent() step: ProgrammeStep, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return shownGate((await stepEvaluations(this.gates, ctx, gql).load(step.id))!);
  }

  @ResolveField(() => Gate, {
    description: "The gate as the records stand now, whatever the step's state: for a completed step, what it would say if checked today.",
  })
  async liveGate(@Parent() step: ProgrammeStep, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return liveGate((await stepEvaluations(this.gates, ctx, gql).load(step.id))!);
  }

  @ResolveField(() => [GateRecord], {
    description:
      "Every record of this step's gate, newest first: the one in force while the step is completed (setAsideAt null) and those set aside by reopens.",
  })
  async gateRecords(@Parent() step: ProgrammeStep, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<GateRecord[]> {
    const loader = loaderFor(gql, 'step.gateRecords', async (ids: readonly string[]) =>
      groupByKey(ids, await this.gates.recordsOf(ctx, ids), (r) => r.programmeStepId),
    );
    return (await loader.load(step.id)) ?? [];
  }
}

@Resolver(() => ChecklistItem)
export class ChecklistItemsResolver {
  constructor(private readonly gates: GatesService) {}

  @ResolveField(() => ItemVerdict, {
    description:
      'Whether the item is satisfied, and why: for a completed step, as recorded when it was passed; otherwise now (for EVIDENCED items, from the records).',
  })
  async verdict(@Parent() item: ChecklistItem, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    const evaluation = await stepEvaluations(this.gates, ctx, gql).load(item.programmeStepId);
    return evaluation?.verdicts.get(item.id) ?? NOT_EVALUATED;
  }

  @ResolveField(() => ItemVerdict, { description: 'Whether the item is satisfied now, and why, whatever the state of its step.' })
  async liveVerdict(@Parent() item: ChecklistItem, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    const evaluation = await stepEvaluations(this.gates, ctx, gql).load(item.programmeStepId);
    return evaluation?.live.verdicts.get(item.id) ?? NOT_EVALUATED;
  }
}
