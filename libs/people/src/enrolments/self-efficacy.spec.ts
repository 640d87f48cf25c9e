import { selfEfficacyChange, summariseSelfEfficacy } from './self-efficacy';

describe('summariseSelfEfficacy', () => {
  it('says so when there is nothing to compare, rather than 0 or NaN', () => {
    expect(summariseSelfEfficacy([])).toEqual({
      participantsWithReadings: 0,
      participantsWithTwoReadings: 0,
      meanFirstReading: null,
      meanLatestReading: null,
      meanChange: null,
      note: expect.stringMatching(/No self-efficacy readings yet/),
    });
    const single = summariseSelfEfficacy([{ first: 3, latest: 3, readings: 1 }]);
    expect(single).toMatchObject({
      participantsWithReadings: 1,
      participantsWithTwoReadings: 0,
      meanChange: null,
      note: expect.stringMatching(/second reading/),
    });
  });

  it('averages first, latest and change over the participants with two readings only', () => {
    const summary = summariseSelfEfficacy([
      { first: 2, latest: 4, readings: 2 },
      { first: 3, latest: 3, readings: 3 },
      { first: 1, latest: 2, readings: 2 },
      { first: 5, latest: 5, readings: 1 },
    ]);
    expect(summary).toEqual({
      participantsWithReadings: 4,
      participantsWithTwoReadings: 3,
      meanFirstReading: 2,
      meanLatestReading: 3,
      meanChange: 1,
      note: null,
    });
  });

  it('rounds to two decimals and shows falls as negative', () => {
    const summary = summariseSelfEfficacy([
      { first: 4, latest: 3, readings: 2 },
      { first: 4, latest: 4, readings: 2 },
      { first: 5, latest: 4, readings: 2 },
    ]);
    expect(summary.meanFirstReading).toBe(4.33);
    expect(summary.meanLatestReading).toBe(3.67);
    expect(summary.meanChange).toBe(-0.67);
  });
});

describe('selfEfficacyChange', () => {
  it('is null until there are two readings', () => {
    expect(selfEfficacyChange([])).toBeNull();
    expect(selfEfficacyChange([{ score: 4 }])).toBeNull();
  });

  it('is the latest minus the first reading, whatever lies between', () => {
    expect(selfEfficacyChange([{ score: 2 }, { score: 4 }])).toBe(2);
    expect(selfEfficacyChange([{ score: 4 }, { score: 5 }, { score: 3 }])).toBe(-1);
    expect(selfEfficacyChange([{ score: 3 }, { score: 1 }, { score: 3 }])).toBe(0);
  });
});
