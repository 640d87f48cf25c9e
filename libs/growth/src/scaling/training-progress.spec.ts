import { addTallies, NO_TRAINING, tallyTraining, trainingProgress } from './training-progress';

describe('training progress', () => {
  it('counts done out of planned, by audience', () => {
    const tally = tallyTraining([
      { audience: 'STAFF', done: true },
      { audience: 'STAFF', done: false },
      { audience: 'CITIZENS', done: false },
      { audience: 'CITIZENS', done: true },
      { audience: 'CITIZENS', done: true },
    ]);
    expect(trainingProgress(tally)).toEqual({
      done: 3,
      total: 5,
      fraction: 0.6,
      staff: { done: 1, total: 2 },
      citizens: { done: 2, total: 3 },
    });
  });

  it('says nothing is planned rather than 0 % or NaN', () => {
    expect(trainingProgress(tallyTraining([]))).toEqual({
      done: 0,
      total: 0,
      fraction: null,
      staff: { done: 0, total: 0 },
      citizens: { done: 0, total: 0 },
    });
  });

  it('adds plans together', () => {
    const one = tallyTraining([{ audience: 'STAFF', done: true }]);
    const two = tallyTraining([{ audience: 'CITIZENS', done: false }]);
    expect(addTallies([one, two, NO_TRAINING])).toEqual({ staffDone: 1, staffTotal: 1, citizensDone: 0, citizensTotal: 1 });
    expect(addTallies([])).toEqual(NO_TRAINING);
  });
});
