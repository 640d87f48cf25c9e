import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { ProgrammePilotsService } from '@app/pilots';
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
  async growthFacts(
    ctx: RequestContext,
    programmeIds: readonly string[],
  ): Promise<Map<string, { scaled: number; scaledWithTrainingPlan: number }>> {
    const rows = await this.scaledPilots(ctx, programmeIds);
    return new Map(
      programmeIds.map((programmeId) => {
        const own = rows.filter((r) => r.programmeId === programmeId);
        return [programmeId, { scaled: own.length, scaledWithTrainingPlan: own.filter(hasTrainingForBoth).length }];
      }),
    );
  }

  /** One statement whatever the number of programmes: the pilots decided SCALE (libs/pilots), each with its plan's training beside it. */
  private async scaledPilots(ctx: RequestContext, programmeIds: readonly string[]): Promise<ScaledPilotRow[]> {
    // A pilot has at most one scaling plan (UQ_scaling_plan_pilot): one row per pilot.
    const rows = await this.pilots.withStatus<{ scalingPlanId: string | null } & Partial<TrainingTally>>(
      ctx,
      programmeIds,
      ['SCALE'],
      () => `SELECT sp.id AS "scalingPlanId",
                    count(ta.id) FILTER (WHERE ta.audience = 'STAFF')::int AS "staffTotal",
                    count(ta.id) FILTER (WHERE ta.audience = 'STAFF' AND ta.done)::int AS "staffDone",
                    count(ta.id) FILTER (WHERE ta.audience = 'CITIZENS')::int AS "citizensTotal",
                    count(ta.id) FILTER (WHERE ta.audience = 'CITIZENS' AND ta.done)::int AS "citizensDone"
               FROM scaling_plan sp
               LEFT JOIN training_action ta ON ta.plan_id = sp.id AND ta.organisation_id = sp.organisation_id
              WHERE sp.pilot_id = pp.pilot_id AND sp.organisation_id = pp.organisation_id
              GROUP BY sp.id`,
    );
    // A pilot without a plan has nulls beside it.
    return rows.map(({ programmeId, pilotId, pilotName, scalingPlanId, staffDone, staffTotal, citizensDone, citizensTotal }) => ({
      programmeId,
      pilotId,
      pilotName,
      scalingPlanId: scalingPlanId ?? null,
      staffDone: staffDone ?? 0,
      staffTotal: staffTotal ?? 0,
      citizensDone: citizensDone ?? 0,
      citizensTotal: citizensTotal ?? 0,
    }));
  }
}
