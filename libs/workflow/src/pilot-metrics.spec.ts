import { latestMeasurement, roundTo6, summariseMetric, type Measurement } from './pilot-metrics';

describe('summariseMetric: higher is better', () => {
  const definition = { direction: 'HIGHER_IS_BETTER' as const, baseline: 40, target: 60 };

  it('takes the most recent date, not the last entry, and measures progress', () => {
    const summary = summariseMetric(definition, [
      { date: '2024-01-10', value: 45 },
      { date: '2024-03-01', value: 50 },
      { date: '2024-02-01', value: 70 },
    ]);
    expect(summary).toEqual({
      latest: { date: '2024-03-01', value: 50 },
      changeFromBaseline: 10,
      improvement: 10,
      progressToTarget: 0.5,
      onTrack: true,
    });
  });

  it('goes past 1 beyond the target', () => {
    expect(summariseMetric(definition, [{ date: '2024-05-01', value: 65 }])).toMatchObject({
      progressToTarget: 1.25,
      onTrack: true,
    });
  });

  it('is not on track when the metric has fallen', () => {
    expect(summariseMetric(definition, [{ date: '2024-05-01', value: 35 }])).toEqual({
      latest: { date: '2024-05-01', value: 35 },
      changeFromBaseline: -5,
      improvement: -5,
      progressToTarget: -0.25,
      onTrack: false,
    });
  });

  it('is not on track when nothing has changed yet', () => {
    expect(summariseMetric(definition, [{ date: '2024-05-01', value: 40 }])).toMatchObject({
      improvement: 0,
      progressToTarget: 0,
      onTrack: false,
    });
  });
});

describe('summariseMetric: lower is better', () => {
  const definition = { direction: 'LOWER_IS_BETTER' as const, baseline: 120, target: 80 };

  it('counts a fall as an improvement', () => {
    expect(summariseMetric(definition, [{ date: '2024-06-30', value: 100 }])).toEqual({
      latest: { date: '2024-06-30', value: 100 },
      changeFromBaseline: -20,
      improvement: 20,
      progressToTarget: 0.5,
      onTrack: true,
    });
  });

  it('counts a rise as getting worse', () => {
    expect(summariseMetric(definition, [{ date: '2024-06-30', value: 130 }])).toEqual({
      latest: { date: '2024-06-30', value: 130 },
      changeFromBaseline: 10,
      improvement: -10,
      progressToTarget: -0.25,
      onTrack: false,
    });
  });

  it('is on track once at or below the target', () => {
    expect(summariseMetric(definition, [{ date: '2024-06-30', value: 80 }])).toMatchObject({
      progressToTarget: 1,
      onTrack: true,
    });
  });

  it('never shows minus zero', () => {
    const summary = summariseMetric({ direction: 'LOWER_IS_BETTER', baseline: 5, target: 3 }, [{ date: '2024-01-01', value: 5 }]);
    expect(Object.is(summary.improvement, 0)).toBe(true);
    expect(Object.is(summary.changeFromBaseline, 0)).toBe(true);
  });
});

describe('summariseMetric: missing figures', () => {
  it('has nothing to say without measurements', () => {
    expect(summariseMetric({ direction: 'HIGHER_IS_BETTER', baseline: 1, target: 2 }, [])).toEqual({
      latest: null,
      changeFromBaseline: null,
      improvement: null,
      progressToTarget: null,
      onTrack: null,
    });
  });

  it('has no change or progress without a baseline, but knows when a target is met', () => {
    const met = summariseMetric({ direction: 'HIGHER_IS_BETTER', baseline: null, target: 10 }, [{ date: '2024-01-01', value: 12 }]);
    expect(met).toEqual({
      latest: { date: '2024-01-01', value: 12 },
      changeFromBaseline: null,
      improvement: null,
      progressToTarget: null,
      onTrack: true,
    });
    const short = summariseMetric({ direction: 'HIGHER_IS_BETTER', baseline: null, target: 10 }, [{ date: '2024-01-01', value: 8 }]);
    expect(short.onTrack).toBeNull();
  });

  it('has change but no progress without a target', () => {
    expect(summariseMetric({ direction: 'LOWER_IS_BETTER', baseline: 10, target: null }, [{ date: '2024-01-01', value: 7 }])).toEqual({
      latest: { date: '2024-01-01', value: 7 },
      changeFromBaseline: -3,
      improvement: 3,
      progressToTarget: null,
      onTrack: true,
    });
  });

  it('has no progress when baseline and target are equal', () => {
    const summary = summariseMetric({ direction: 'HIGHER_IS_BETTER', baseline: 5, target: 5 }, [{ date: '2024-01-01', value: 6 }]);
    expect(summary.progressToTarget).toBeNull();
    expect(summary.onTrack).toBe(true);
  });
});

describe('arithmetic noise', () => {
  it('rounds 0.1 + 0.2 style noise away', () => {
    expect(0.3 - 0.1).not.toBe(0.2); // the noise this guards against
    const summary = summariseMetric({ direction: 'HIGHER_IS_BETTER', baseline: 0.1, target: 0.1 + 0.3 }, [
      { date: '2024-01-01', value: 0.1 + 0.2 },
    ]);
    expect(summary.changeFromBaseline).toBe(0.2);
    expect(summary.improvement).toBe(0.2);
    expect(summary.progressToTarget).toBe(0.666667);
  });

  it('rounds to six decimals symmetrically', () => {
    expect(roundTo6(1.23456749)).toBe(1.234567);
    expect(roundTo6(-1.2345675)).toBe(-1.234568);
    expect(roundTo6(2 / 3)).toBe(0.666667);
    expect(Object.is(roundTo6(-0.0000001), 0)).toBe(true);
  });
});

describe('latestMeasurement', () => {
  it('prefers the entry given last when two share a date', () => {
    const ms: Measurement[] = [
      { date: '2024-04-01', value: 1 },
      { date: '2024-04-02', value: 2 },
      { date: '2024-04-02', value: 3 },
      { date: '2024-03-31', value: 4 },
    ];
    expect(latestMeasurement(ms)).toEqual({ date: '2024-04-02', value: 3 });
  });

  it('does not hand back or change the caller’s objects', () => {
    const ms = [Object.freeze({ date: '2024-01-01', value: 1 })];
    const latest = latestMeasurement(ms);
    expect(latest).toEqual(ms[0]);
    expect(latest).not.toBe(ms[0]);
  });

  it.each(['2024-13-01', '2024-1-5', '01/02/2024', '2024-02-01T10:00:00Z', ''])('refuses the date %p', (date) => {
    expect(() => latestMeasurement([{ date, value: 1 }])).toThrow(/YYYY-MM-DD/);
  });

  it('refuses a value that is not a number', () => {
    expect(() => latestMeasurement([{ date: '2024-01-01', value: Number.NaN }])).toThrow(RangeError);
  });
});
