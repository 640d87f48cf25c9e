import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import {
  evaluateItem,
  factGroupsNeeded,
  gateFromVerdicts,
  type GateFacts,
  type GateResult,
  type RuleVerdict,
  VERDICT_NOT_RECORDED,
} from '@app/workflow';
import { In } from 'typeorm';
import type { ChecklistItemEntity } from '../checklists/checklist-item.entity';
import type { RecordedVerdict } from './gate-record.entity';
import type { GateRecord } from './gate-record.model';
import { GateFactsRegistry } from './gate-facts.registry';
import { ProgrammeStepEntity } from './programme-step.entity';

/** The verdicts and gate of a step, from one source: the records now, or the step's gate record. */
export interface GateView {
  verdicts: Map<string, RuleVerdict>;
  gate: GateResult;
}

/** A completed step's record in force: when and how its gate was passed. */
export interface PassedGate {
  recordId: string;
  passedAt: Date;
  passedByOverride: boolean;
  overrideReason: string | null;
}

export interface StepEvaluation extends GateView {
  items: ChecklistItemEntity[];
  /** The step's gate record in force (a completed step passed since records are kept), or null. */
  passed: PassedGate | null;
  /** What the records say now, whatever the step's state. */
  live: GateView;
}

type ItemRow = ChecklistItemEntity & {
  stepId: string;
  recordId: string | null;
  passedAt: Date | null;
  passedByOverride: boolean | null;
  recordOverrideReason: string | null;
  recordedVerdict: RecordedVerdict | null;
};

type RecordRow = Omit<GateRecord, 'gate' | 'verdicts'> & { verdicts: unknown };

interface RecordItemRow {
  id: string;
  programmeStepId: string;
  key: string;
  title: string;
  required: boolean;
}

/**
 * Gathers the facts the workflow rules need for a set of steps (checklists, tasks, and what
 * registered features know) in a fixed number of queries whatever the number of steps, and
 * lets libs/workflow decide each item and gate. A step with a gate record in force (it was
 * passed) shows the verdicts it was passed with; `live` always holds today's evaluation.
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
    // Each step's record in force comes in the same statement: one row per item (one row for a
    // step without items), its recorded verdict picked out of the record by item id.
    const rows = await this.db.query<ItemRow>(
      ctx,
      `SELECT s.id AS "stepId", r.id AS "recordId", r.passed_at AS "passedAt", r.passed_by_override AS "passedByOverride",
              r.override_reason AS "recordOverrideReason", r.verdicts -> (c.id::text) AS "recordedVerdict",
              c.id, c.organisation_id AS "organisationId", c.programme_id AS "programmeId", c.programme_step_id AS "programmeStepId",
              c.cycle, c.step, c.key, c.position, c.title, c.guidance, c.required, c.kind, c.rule, c.source, c.ticked_at AS "tickedAt",
              c.ticked_by AS "tickedBy", c.evidence_text AS "evidenceText", c.evidence_url AS "evidenceUrl"
         FROM unnest($2::uuid[]) AS s(id)
         LEFT JOIN gate_record r ON r.programme_step_id = s.id AND r.organisation_id = $1 AND r.set_aside_at IS NULL
         LEFT JOIN checklist_item c ON c.programme_step_id = s.id AND c.organisation_id = $1
        ORDER BY s.id, c.position`,
      [ctx.tenantId, steps.map((s) => s.id)],
    );
    const items = rows.filter((row) => row.id !== null).map(toItem);
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
      const ownRows = rows.filter((row) => row.stepId === step.id);
      const own = ownRows.filter((row) => row.id !== null).map(toItem);
      const statuses = own.map((item) => ({ ...item, ticked: item.tickedAt !== null }));
      const liveVerdicts = new Map(statuses.map((item) => [item.id, evaluateItem(item, facts)]));
      const live: GateView = { verdicts: liveVerdicts, gate: gateFromVerdicts(statuses, (item) => liveVerdicts.get(item.id)!) };

      const record = ownRows.find((row) => row.recordId !== null);
      // A record is in force exactly while its step is COMPLETED: ProgrammesService writes it as the
      // step completes and sets it aside whenever the step leaves COMPLETED.
      const passed: PassedGate | null = record
        ? {
            recordId: record.recordId!,
            passedAt: record.passedAt!,
            passedByOverride: !!record.passedByOverride,
            overrideReason: record.recordOverrideReason,
          }
        : null;
      let shown = live;
      if (passed) {
        const recorded = new Map(ownRows.filter((row) => row.id !== null).map((row) => [row.id, toVerdict(row.recordedVerdict)]));
        shown = { verdicts: recorded, gate: gateFromVerdicts(own, (item) => recorded.get(item.id)!) };
      }
      result.set(step.id, { items: own, ...shown, passed, live });
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

  /**
   * Every gate record of the given steps, set-aside ones included, newest first: two queries
   * whatever the number of steps. Each verdict is shown with its item (items are never removed
   * from a step); an item the record holds no verdict for reads as not recorded.
   */
  async recordsOf(ctx: RequestContext, stepIds: readonly string[]): Promise<GateRecord[]> {
    if (!stepIds.length) return [];
    const records = await this.db.query<RecordRow>(
      ctx,
      `SELECT id, programme_step_id AS "programmeStepId", cycle, step, passed_at AS "passedAt", passed_by AS "passedBy",
              passed_by_override AS "passedByOverride", override_reason AS "overrideReason", verdicts, set_aside_at AS "setAsideAt"
         FROM gate_record
        WHERE organisation_id = $1 AND programme_step_id = ANY($2::uuid[])
        ORDER BY passed_at DESC, id`,
      [ctx.tenantId, [...stepIds]],
    );
    if (!records.length) return [];
    const items = await this.db.query<RecordItemRow>(
      ctx,
      `SELECT id, programme_step_id AS "programmeStepId", key, title, required
         FROM checklist_item
        WHERE organisation_id = $1 AND programme_step_id = ANY($2::uuid[])
        ORDER BY programme_step_id, position`,
      [ctx.tenantId, [...new Set(records.map((r) => r.programmeStepId))]],
    );
    return records.map(({ verdicts: stored, ...record }) => {
      const byItem = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Record<string, unknown>;
      const verdicts = items
        .filter((item) => item.programmeStepId === record.programmeStepId)
        .map((item) => ({
          checklistItemId: item.id,
          key: item.key,
          title: item.title,
          required: item.required,
          ...toVerdict(byItem?.[item.id]),
        }));
      const counted = gateFromVerdicts(verdicts, (item) => item);
      return {
        ...record,
        verdicts,
        gate: {
          ...counted,
          recorded: true,
          passedAt: record.passedAt,
          passedByOverride: record.passedByOverride,
          overrideReason: record.overrideReason,
        },
      };
    });
  }

  async evaluateByIds(ctx: RequestContext, stepIds: readonly string[]): Promise<Map<string, StepEvaluation>> {
    const steps = await this.db.tenant(ctx, ProgrammeStepEntity).findBy({ id: In([...stepIds]) });
    return this.evaluate(ctx, steps);
  }

  async evaluateOne(ctx: RequestContext, step: ProgrammeStepEntity): Promise<StepEvaluation> {
    return (await this.evaluate(ctx, [step])).get(step.id)!;
  }
}

function toItem(row: ItemRow): ChecklistItemEntity {
  const {
    stepId: _step,
    recordId: _record,
    passedAt: _at,
    passedByOverride: _override,
    recordOverrideReason: _reason,
    recordedVerdict: _verdict,
    ...item
  } = row;
  return item as ChecklistItemEntity;
}

/** A recorded verdict as stored (jsonb); anything unreadable counts as not recorded. */
function toVerdict(stored: unknown): RuleVerdict {
  const value = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
  if (
    value &&
    typeof value === 'object' &&
    typeof (value as RecordedVerdict).satisfied === 'boolean' &&
    typeof (value as RecordedVerdict).explanation === 'string'
  ) {
    const { satisfied, explanation } = value as RecordedVerdict;
    return { satisfied, explanation };
  }
  return VERDICT_NOT_RECORDED;
}
