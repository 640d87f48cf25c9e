import { emptyTotals, PRIORITY_CRITERIA, rankPriorityAreas, type ScoreTotals, summariseScores } from './priority-scoring';

function totalsOf(sheets: Array<[number, number, number, number]>): ScoreTotals {
  const totals = emptyTotals();
  totals.scorers = sheets.length;
  for (const sheet of sheets) {
    PRIORITY_CRITERIA.forEach((criterion, i) => {
      const t = totals.criteria[criterion];
      t.sum += sheet[i];
      t.sumOfSquares += sheet[i] ** 2;
      t.min = t.min === null ? sheet[i] : Math.min(t.min, sheet[i]);
      t.max = t.max === null ? sheet[i] : Math.max(t.max, sheet[i]);
    });
  }
  return totals;
}

describe('priority scoring', () => {
  it('gives each criterion its mean, population standard deviation and range', () => {
    const summary = summariseScores(
      totalsOf([
        [5, 2, 4, 3],
        [3, 2, 1, 5],
      ]),
    );
    expect(summary.scorers).toBe(2);
    expect(summary.criteria.need).toEqual({ mean: 4, standardDeviation: 1, min: 3, max: 5 });
    expect(summary.criteria.feasibility).toEqual({ mean: 2, standardDeviation: 0, min: 2, max: 2 });
    expect(summary.criteria.appetite).toEqual({ mean: 2.5, standardDeviation: 1.5, min: 1, max: 4 });
    expect(summary.overall).toBe(3.13); // 25 / 8 = 3.125, shown to two decimals
    expect(summary.overallExact).toEqual({ numerator: 25, denominator: 8 });
  });

  it('rounds a third to two decimals', () => {
    const summary = summariseScores(
      totalsOf([
        [1, 1, 1, 1],
        [1, 1, 1, 1],
        [2, 1, 1, 1],
      ]),
    );
    expect(summary.criteria.need.mean).toBe(1.33);
    expect(summary.criteria.need.standardDeviation).toBe(0.47);
  });

  it('has no figures until somebody scores', () => {
    expect(summariseScores(emptyTotals())).toMatchObject({
      scorers: 0,
      overall: null,
      criteria: { need: { mean: null, standardDeviation: null, min: null, max: null } },
    });
  });

  it('ranks by exact overall, then more scorers, then name; unscored last', () => {
    const area = (name: string, sheets: Array<[number, number, number, number]>) => ({ name, summary: summariseScores(totalsOf(sheets)) });
    const ranked = rankPriorityAreas(
      [
        area('Unscored', []),
        area('Beta', [[4, 4, 4, 4]]),
        area('Alpha', [[4, 4, 4, 4]]),
        area('Crowd', [
          [4, 4, 4, 4],
          [4, 4, 4, 4],
        ]),
        area('Top', [[5, 5, 5, 4]]),
        // 4.0049… would round to the same 4.00 as the 4s, but ranks just above them
        area('Edge', [
          [5, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
          [4, 4, 4, 4],
        ]),
      ],
      (a) => a.name,
    );
    expect(ranked.map((a) => a.name)).toEqual(['Top', 'Edge', 'Crowd', 'Alpha', 'Beta', 'Unscored']);
  });
});
