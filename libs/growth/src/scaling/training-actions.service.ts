import { Injectable } from '@nestjs/common';
import { BadInputError, definedOnly, type FieldProblem, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { AddTrainingActionInput, RemoveTrainingActionInput, UpdateTrainingActionInput } from './scaling-plan.inputs';
import type { ScalingPlan, TrainingAction, TrainingAudience } from './scaling-plan.model';
import { type OpenScalingPlan, ScalingPlansService } from './scaling-plans.service';
import { TrainingActionEntity } from './training-action.entity';
import { toCost } from './growth-cost';

/**
 * Training for staff and for citizens in a scaling plan (Grow it: "train both officials and
 * citizens"). Each change moves the plan's version on and writes one history event.
 */
@Injectable()
export class TrainingActionsService {
  constructor(
    private readonly db: Database,
    private readonly plans: ScalingPlansService,
  ) {}

  add(ctx: RequestContext, input: AddTrainingActionInput): Promise<TrainingAction> {
    return this.db.transaction(ctx, async (em) => {
      const problems: FieldProblem[] = [];
      const cost = await this.plans.costOf(ctx, input, problems);
      if (problems.length) throw new BadInputError(problems);
      const opened = await this.plans.bump(em, ctx, await this.plans.open(em, ctx, input.scalingPlanId), input.planVersion);
      const actions = this.db.tenant(ctx, TrainingActionEntity);
      const row = await actions.save(
        actions.create({
          planId: opened.plan.id,
          topic: input.topic.trim(),
          audience: input.audience,
          sessions: input.sessions ?? 1,
          done: input.done ?? false,
          costMinor: cost?.costMinor ?? null,
          costCurrency: cost?.costCurrency ?? null,
        }),
      );
      await this.plans.record(ctx, opened, 'TRAINING_ACTION_ADDED', {
        trainingActionId: row.id,
        audience: row.audience,
        sessions: row.sessions,
        done: row.done,
      });
      return toTrainingAction(row);
    });
  }

  async update(ctx: RequestContext, input: UpdateTrainingActionInput): Promise<TrainingAction> {
    const changes: Partial<TrainingActionEntity> = definedOnly({
      topic: input.topic?.trim(),
      audience: input.audience,
      sessions: input.sessions,
      done: input.done,
    });
    return this.db.transaction(ctx, async (em) => {
      const problems: FieldProblem[] = [];
      const cost = await this.plans.costOf(ctx, input, problems);
      if (problems.length) throw new BadInputError(problems);
      if (cost) Object.assign(changes, cost);
      if (!Object.keys(changes).length)
        throw BadInputError.field('input', 'names nothing to change: give at least one field besides trainingActionId and planVersion');
      const { opened } = await this.lock(em, ctx, input.trainingActionId, input.planVersion);
      const actions = this.db.tenant(ctx, TrainingActionEntity);
      await actions.update({ id: input.trainingActionId }, changes);
      const row = await actions.get({ id: input.trainingActionId }, 'Training action');
      await this.plans.record(ctx, opened, 'TRAINING_ACTION_UPDATED', {
        trainingActionId: row.id,
        fields: Object.keys(changes),
        audience: row.audience,
        sessions: row.sessions,
        done: row.done,
      });
      return toTrainingAction(row);
    });
  }

  remove(ctx: RequestContext, input: RemoveTrainingActionInput): Promise<ScalingPlan> {
    return this.db.transaction(ctx, async (em) => {
      const { row, opened } = await this.lock(em, ctx, input.trainingActionId, input.planVersion);
      await this.db.tenant(ctx, TrainingActionEntity).delete({ id: row.id });
      await this.plans.record(ctx, opened, 'TRAINING_ACTION_REMOVED', { trainingActionId: row.id, audience: row.audience });
      return this.plans.get(ctx, opened.plan.id);
    });
  }

  /** The training actions of these plans: staff first, then citizens, each in the order added. */
  async ofPlans(ctx: RequestContext, planIds: readonly string[]): Promise<TrainingAction[]> {
    if (!planIds.length) return [];
    const rows = await this.db
      .tenant(ctx, TrainingActionEntity)
      .queryBuilder('t')
      .andWhere('t.plan_id IN (:...planIds)', { planIds: [...planIds] })
      .orderBy('t.audience', 'DESC') // STAFF before CITIZENS
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    return rows.map(toTrainingAction);
  }

  /** The action, with its plan opened for a change; NOT_FOUND in another organisation or when removed meanwhile. */
  private async lock(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
    planVersion: number,
  ): Promise<{ row: TrainingActionEntity; opened: OpenScalingPlan }> {
    const actions = this.db.tenant(ctx, TrainingActionEntity);
    const found = await actions.get({ id }, 'Training action');
    const opened = await this.plans.bump(em, ctx, await this.plans.open(em, ctx, found.planId), planVersion);
    // Again under the plan's locks: a removal that held them first is NOT_FOUND now.
    return { row: await actions.get({ id }, 'Training action'), opened };
  }
}

export function toTrainingAction(row: TrainingActionEntity): TrainingAction {
  return {
    id: row.id,
    planId: row.planId,
    topic: row.topic,
    audience: row.audience as TrainingAudience,
    sessions: row.sessions,
    done: row.done,
    cost: toCost(row),
    createdAt: row.createdAt,
  };
}
