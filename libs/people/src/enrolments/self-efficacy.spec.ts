import { summariseSelfEfficacy } from './self-efficacy';

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
    expect(single).toMatchObject({ participantsWithReadings: 1, participantsWithTwoReadings: 0, meanChange: null, note: expect.stringMatching(/second reading/) });
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
