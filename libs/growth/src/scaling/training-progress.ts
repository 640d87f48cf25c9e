import type { TrainingProgress } from './scaling-plan.model';

export interface TrainingTally {
  staffDone: number;
  staffTotal: number;
  citizensDone: number;
  citizensTotal: number;
}

export const NO_TRAINING: Readonly<TrainingTally> = Object.freeze({ staffDone: 0, staffTotal: 0, citizensDone: 0, citizensTotal: 0 });

/** Counts training actions by audience. */
export function tallyTraining(actions: ReadonlyArray<{ audience: string; done: boolean }>): TrainingTally {
  const tally = { ...NO_TRAINING };
  for (const action of actions) {
    if (action.audience === 'STAFF') {
      tally.staffTotal += 1;
      if (action.done) tally.staffDone += 1;
    } else {
      tally.citizensTotal += 1;
      if (action.done) tally.citizensDone += 1;
    }
  }
  return tally;
}

export function addTallies(tallies: readonly TrainingTally[]): TrainingTally {
  return tallies.reduce(
    (sum, t) => ({
      staffDone: sum.staffDone + t.staffDone,
      staffTotal: sum.staffTotal + t.staffTotal,
      citizensDone: sum.citizensDone + t.citizensDone,
      citizensTotal: sum.citizensTotal + t.citizensTotal,
    }),
    { ...NO_TRAINING },
  );
}

/** Done out of planned, overall and by audience; the fraction is null while nothing is planned (not 0, not NaN). */
export function trainingProgress(tally: TrainingTally): TrainingProgress {
  const done = tally.staffDone + tally.citizensDone;
  const total = tally.staffTotal + tally.citizensTotal;
  return {
    done,
    total,
    staff: { done: tally.staffDone, total: tally.staffTotal },
    citizens: { done: tally.citizensDone, total: tally.citizensTotal },
    fraction: total === 0 ? null : done / total,
  };
}
