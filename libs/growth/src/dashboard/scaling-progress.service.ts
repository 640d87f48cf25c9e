import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { type PerPilotSql, ProgrammePilotsService, type ProgrammesSql } from '@app/pilots';
import { type GrowthFacts, hasTrainingForBoth } from '@app/workflow';
import type { ProgrammeScalingProgress } from '../scaling/scaling-plan.model';
import { addTallies, type TrainingTally, trainingProgress } from '../scaling/training-progress';

interface ScaledPilotRow extends TrainingTally {
  programmeId: string;
  pilotId: string;
  pilotName: string;
  scalingPlanId: string | null;
}

/** Beside each pilot: its scaling plan (at most one: UQ_scaling_plan_pilot) and the plan's training by audience. */
const PLAN_TRAINING: PerPilotSql = () => `SELECT sp.id AS "scalingPlanId",
                    count(ta.id) FILTER (WHERE ta.audience = 'STAFF')::int AS "staffTotal",
                    count(ta.id) FILTER (WHERE ta.audience = 'STAFF' AND ta.done)::int AS "staffDone",
                    count(ta.id) FILTER (WHERE ta.audience = 'CITIZENS')::int AS "citizensTotal",
                    count(ta.id) FILTER (WHERE ta.audience = 'CITIZENS' AND ta.done)::int AS "citizensDone"
               FROM scaling_plan sp
               LEFT JOIN training_action ta ON ta.plan_id = sp.id AND ta.organisation_id = sp.organisation_id
              WHERE sp.pilot_id = pp.pilot_id AND sp.organisation_id = pp.organisation_id
              GROUP BY sp.id`;

/**
 * The programmes' pilots decided SCALE with their scaling plans' training, in one statement for
 * any number of programmes: the programme dashboard and the Grow-it checklist rule read the same
 * figures.
 */
@Injectable()
export class ScalingProgressService {
  constructor(private readonly pilots: ProgrammePilotsService) {}

  async ofProgrammes(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, ProgrammeScalingProgress>> {
    const rows = await this.scaledPilots(ctx, programmeIds);
    return new Map(
      programmeIds.map((programmeId) => {
        const own = rows.filter((r) => r.programmeId === programmeId);
        const pilots = own.map((r) => ({
          pilotId: r.pilotId,
          pilotName: r.pilotName,
          scalingPlanId: r.scalingPlanId,
          progress: trainingProgress(r),
        }));
        return [
          programmeId,
          {
            pilotsDecidedScale: own.length,
            pilotsWithScalingPlan: own.filter((r) => r.scalingPlanId).length,
            pilotsWithTrainingForBoth: own.filter(hasTrainingForBoth).length,
            training: trainingProgress(addTallies(own)),
            pilots,
          },
        ];
      }),
    );
  }

  /** For the Grow-it rule SCALED_PILOTS_HAVE_TRAINING: pilots decided SCALE, and those whose plan trains staff and citizens alike (`hasTrainingForBoth`). */
  async growthFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, GrowthFacts>> {
    const rows = await this.scaledPilots(ctx, programmeIds);
    return new Map(programmeIds.map((programmeId) => [programmeId, countScaled(rows.filter((r) => r.programmeId === programmeId))]));
  }

  /**
   * The same figures as SQL for the gates' statement (GrowthGateFacts): per programme with a pilot
   * decided SCALE, `facts` lists each such pilot's plan and training; `readGrowthFacts` counts them.
   */
  growthFactsSql(q: ProgrammesSql): string {
    return `SELECT x."programmeId" AS programme_id, json_agg(json_build_object('scalingPlanId', x."scalingPlanId",
                   'staffTotal', x."staffTotal", 'staffDone', x."staffDone", 'citizensTotal', x."citizensTotal", 'citizensDone', x."citizensDone")) AS facts
              FROM (${this.pilots.withStatusSql(q, ['SCALE'], PLAN_TRAINING)}) x
             GROUP BY x."programmeId"`;
  }

  /** The figures of one programme from what `growthFactsSql` wrote for it. */
  readGrowthFacts(json: unknown): GrowthFacts {
    return countScaled((json as Array<Parameters<typeof scaledPilotRow>[0]>).map(scaledPilotRow));
  }

  /** One statement whatever the number of programmes: the pilots decided SCALE (libs/pilots), each with its plan's training beside it. */
  private async scaledPilots(ctx: RequestContext, programmeIds: readonly string[]): Promise<ScaledPilotRow[]> {
    const rows = await this.pilots.withStatus<{ scalingPlanId: string | null } & Partial<TrainingTally>>(
      ctx,
      programmeIds,
      ['SCALE'],
      PLAN_TRAINING,
    );
    return rows.map((row) => ({ programmeId: row.programmeId, pilotId: row.pilotId, pilotName: row.pilotName, ...scaledPilotRow(row) }));
  }
}

/** A pilot's plan and training as read beside it; a pilot without a plan has nulls there. */
function scaledPilotRow(row: { scalingPlanId?: string | null } & Partial<TrainingTally>): { scalingPlanId: string | null } & TrainingTally {
  return {
    scalingPlanId: row.scalingPlanId ?? null,
    staffDone: row.staffDone ?? 0,
    staffTotal: row.staffTotal ?? 0,
    citizensDone: row.citizensDone ?? 0,
    citizensTotal: row.citizensTotal ?? 0,
  };
}

function countScaled(pilots: ReadonlyArray<{ scalingPlanId: string | null } & TrainingTally>): GrowthFacts {
  return { scaled: pilots.length, scaledWithTrainingPlan: pilots.filter(hasTrainingForBoth).length };
}
