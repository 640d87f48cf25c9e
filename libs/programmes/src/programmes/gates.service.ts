import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { evaluateGate, evaluateItem, factGroupsNeeded, type GateFacts, type GateResult, type RuleVerdict } from '@app/workflow';
import { In } from 'typeorm';
import type { ChecklistItemEntity } from '../checklists/checklist-item.entity';
import { GateFactsRegistry } from './gate-facts.registry';
import { ProgrammeStepEntity } from './programme-step.entity';

export interface StepEvaluation {
  items: ChecklistItemEntity[];
  verdicts: Map<string, RuleVerdict>;
  gate: GateResult;
}

/**
 * Gathers the facts the workflow rules need for a set of steps (checklists, tasks, and what
 * registered features know) in a fixed number of queries whatever the number of steps, and
 * lets libs/workflow decide each item and gate.
 */
@Injectable()
export class GatesService {
  constructor(
    private readonly db: Database,
    private readonly registry: GateFactsRegistry,
  ) {}

  async evaluate(ctx: RequestContext, steps: readonly ProgrammeStepEntity[]): Promise<Map<string, StepEvaluation>> {
    if (!steps.length) return new Map();
    const programmeIds = [...new Set(steps.map((s) => s.programmeId))];
    // Plain SQL: dashboards evaluate many steps at once, and entity hydration was most of their cost.
    const items = await this.db.query<ChecklistItemEntity>(
      ctx,
      `SELECT id, organisation_id AS "organisationId", programme_id AS "programmeId", programme_step_id AS "programmeStepId",
              cycle, step, key, position, title, guidance, required, kind, rule, source, ticked_at AS "tickedAt",
              ticked_by AS "tickedBy", evidence_text AS "evidenceText", evidence_url AS "evidenceUrl"
         FROM checklist_item WHERE organisation_id = $1 AND programme_step_id = ANY($2::uuid[])
        ORDER BY programme_step_id, position`,
      [ctx.tenantId, steps.map((s) => s.id)],
    );
    // Then only the facts that these checklists' rules read.
    const needed = factGroupsNeeded(items);
    const [taskCounts, featureFacts] = await Promise.all([
      needed.has('tasks') ? this.taskCounts(ctx, programmeIds) : [],
      this.registry.collect(ctx, programmeIds, needed),
    ]);
    const tasksOf = new Map(taskCounts.map((t) => [`${t.programme_id}/${t.cycle}/${t.step}`, { total: t.total, done: t.done }]));
    const result = new Map<string, StepEvaluation>();
    for (const step of steps) {
      const facts: GateFacts = {
        ...featureFacts.get(step.programmeId),
        step: step.step,
        tasks: tasksOf.get(`${step.programmeId}/${step.cycle}/${step.step}`) ?? { total: 0, done: 0 },
        stepOwnerId: step.ownerId,
      };
      const own = items.filter((item) => item.programmeStepId === step.id);
      const statuses = own.map((item) => ({ ...item, ticked: item.tickedAt !== null }));
      result.set(step.id, {
        items: own,
        verdicts: new Map(statuses.map((item) => [item.id, evaluateItem(item, facts)])),
        gate: evaluateGate(statuses, facts),
      });
    }
    return result;
  }

  private taskCounts(ctx: RequestContext, programmeIds: string[]) {
    return this.db.query<{ programme_id: string; cycle: number; step: string; total: number; done: number }>(
      ctx,
      `SELECT programme_id, cycle, step, count(*)::int AS total, count(*) FILTER (WHERE status = 'DONE')::int AS done
         FROM task WHERE organisation_id = $1 AND programme_id = ANY($2::uuid[])
        GROUP BY programme_id, cycle, step`,
      [ctx.tenantId, programmeIds],
    );
  }

  async evaluateByIds(ctx: RequestContext, stepIds: readonly string[]): Promise<Map<string, StepEvaluation>> {
    const steps = await this.db.repo(ctx, ProgrammeStepEntity).findBy({ organisationId: ctx.tenantId, id: In([...stepIds]) });
    return this.evaluate(ctx, steps);
  }

  async evaluateOne(ctx: RequestContext, step: ProgrammeStepEntity): Promise<StepEvaluation> {
    return (await this.evaluate(ctx, [step])).get(step.id)!;
  }
}
