import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { hasTrainingForBoth } from '@app/workflow';
import type { ProgrammeScalingProgress } from '../scaling/scaling-plan.model';
import { addTallies, type TrainingTally, trainingProgress } from '../scaling/training-progress';

interface ScaledPilotRow extends TrainingTally {
  programmeId: string;
  pilotId: string;
  pilotName: string;
  scalingPlanId: string | null;
}

/**
 * The programmes' pilots decided SCALE with their scaling plans' training, in one statement for
 * any number of programmes: the programme dashboard and the Grow-it checklist rule read the same
 * figures.
 */
@Injectable()
export class ScalingProgressService {
  constructor(private readonly db: Database) {}

  async ofProgrammes(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, ProgrammeScalingProgress>> {
    const rows = await this.scaledPilots(ctx, programmeIds);
    return new Map(
      programmeIds.map((programmeId) => {
        const own = rows.filter((r) => r.programmeId === programmeId);
        const pilots = own.map((r) => ({ pilotId: r.pilotId, pilotName: r.pilotName, scalingPlanId: r.scalingPlanId, progress: trainingProgress(r) }));
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
  async growthFacts(ctx: RequestContext, programmeIds: readonly string[]): Promise<Map<string, { scaled: number; scaledWithTrainingPlan: number }>> {
    const rows = await this.scaledPilots(ctx, programmeIds);
    return new Map(
      programmeIds.map((programmeId) => {
        const own = rows.filter((r) => r.programmeId === programmeId);
        return [programmeId, { scaled: own.length, scaledWithTrainingPlan: own.filter(hasTrainingForBoth).length }];
      }),
    );
  }

  private scaledPilots(ctx: RequestContext, programmeIds: readonly string[]): Promise<ScaledPilotRow[]> {
    if (!programmeIds.length) return Promise.resolve([]);
    return this.db.query<ScaledPilotRow>(
      ctx,
      `SELECT p.programme_id AS "programmeId", p.id AS "pilotId", p.name AS "pilotName", sp.id AS "scalingPlanId",
              count(ta.id) FILTER (WHERE ta.audience = 'STAFF')::int AS "staffTotal",
              count(ta.id) FILTER (WHERE ta.audience = 'STAFF' AND ta.done)::int AS "staffDone",
              count(ta.id) FILTER (WHERE ta.audience = 'CITIZENS')::int AS "citizensTotal",
              count(ta.id) FILTER (WHERE ta.audience = 'CITIZENS' AND ta.done)::int AS "citizensDone"
         FROM pilot p
         LEFT JOIN scaling_plan sp ON sp.pilot_id = p.id AND sp.organisation_id = p.organisation_id
         LEFT JOIN training_action ta ON ta.plan_id = sp.id AND ta.organisation_id = sp.organisation_id
        WHERE p.organisation_id = $1 AND p.programme_id = ANY($2::uuid[]) AND p.status = 'SCALE'
        GROUP BY p.programme_id, p.id, p.name, sp.id
        ORDER BY lower(p.name), p.id`,
      [ctx.tenantId, [...new Set(programmeIds)]],
    );
  }
}
