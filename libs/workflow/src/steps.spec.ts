import { STEPS, STEP_INFO, isEarlier, isStep, nextStep, stepIndex } from './steps';

describe('steps', () => {
  it('lists the five steps in order', () => {
    expect(STEPS).toEqual(['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW']);
  });

  it('names every step and gives it a purpose', () => {
    expect(STEPS.map((step) => STEP_INFO[step].name)).toEqual(['Map it', 'Focus it', 'People it', 'Market it', 'Grow it']);
    for (const step of STEPS) expect(STEP_INFO[step].purpose.length).toBeGreaterThan(20);
  });

  it.each([
    ['MAP', 0, 'FOCUS'],
    ['FOCUS', 1, 'PEOPLE'],
    ['PEOPLE', 2, 'MARKET'],
    ['MARKET', 3, 'GROW'],
    ['GROW', 4, null],
  ] as const)('%s is at %i and is followed by %s', (step, index, next) => {
    expect(stepIndex(step)).toBe(index);
    expect(nextStep(step)).toBe(next);
  });

  it('compares steps strictly', () => {
    expect(isEarlier('MAP', 'FOCUS')).toBe(true);
    expect(isEarlier('MAP', 'GROW')).toBe(true);
    expect(isEarlier('FOCUS', 'FOCUS')).toBe(false);
    expect(isEarlier('GROW', 'MARKET')).toBe(false);
  });

  it.each([
    ['MAP', true],
    ['GROW', true],
    ['map', false],
    ['', false],
    ['toString', false],
  ])('isStep(%j) is %s', (value, expected) => {
    expect(isStep(value)).toBe(expected);
  });
});
