import { hasTrainingForBoth } from './scaling';

describe('hasTrainingForBoth (Grow it)', () => {
  const plan = { scalingPlanId: 'plan-1', staffTotal: 1, citizensTotal: 1 };

  it('passes a plan with training planned for staff and for citizens', () => {
    expect(hasTrainingForBoth(plan)).toBe(true);
    expect(hasTrainingForBoth({ ...plan, staffTotal: 3, citizensTotal: 2 })).toBe(true);
  });

  it('fails a plan that trains only one audience, or none', () => {
    expect(hasTrainingForBoth({ ...plan, citizensTotal: 0 })).toBe(false);
    expect(hasTrainingForBoth({ ...plan, staffTotal: 0 })).toBe(false);
    expect(hasTrainingForBoth({ ...plan, staffTotal: 0, citizensTotal: 0 })).toBe(false);
  });

  it('fails a pilot without a scaling plan, whatever the counts say', () => {
    expect(hasTrainingForBoth({ ...plan, scalingPlanId: null })).toBe(false);
  });
});
