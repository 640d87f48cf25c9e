/**
 * Grow it: what the checklist rule SCALED_PILOTS_HAVE_TRAINING asks of a pilot decided SCALE.
 * The services count training actions; this says which counts pass.
 */

/** A pilot decided SCALE, with its scaling plan (if any) and the training actions planned in it, done or not. */
export interface ScaledPilotTraining {
  scalingPlanId: string | null;
  staffTotal: number;
  citizensTotal: number;
}

/**
 * The pilot has a scaling plan that trains staff and citizens alike: at least one training
 * action for each audience. Planned is enough; whether it is done shows in the training
 * progress. Both audiences, because coproduction at scale asks new things of both sides.
 */
export function hasTrainingForBoth(pilot: ScaledPilotTraining): boolean {
  return pilot.scalingPlanId !== null && pilot.staffTotal > 0 && pilot.citizensTotal > 0;
}
