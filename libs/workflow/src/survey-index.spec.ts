import * as fc from 'fast-check';
import {
  DEFAULT_POLICY_AREAS,
  DEFAULT_QUESTIONS_BY_AREA,
  FREQUENCIES,
  FREQUENCY_SCORES,
  REFERENCE_INDEX_2008,
  SAMPLING_METHODS,
  SAMPLING_METHOD_KEYS,
  compareIndices,
  computeIndex,
  findAnswerProblems,
  sampleCaveats,
  REFERENCE_COMPARISON_CAVEAT,
  type Frequency,
  type SurveyResponse,
} from './survey-index';

const AREAS = ['COMMUNITY_SAFETY', 'LOCAL_ENVIRONMENT', 'HEALTH'];

/** Answers for one area in question order; null leaves a question unanswered. */
function answers(prefix: string, values: Array<Frequency | null>): Record<string, Frequency> {
  const out: Record<string, Frequency> = {};
  values.forEach((v, i) => {
    if (v) out[`${prefix}.q${i + 1}`] = v;
  });
  return out;
}

const N = 'NEVER' as const;
const S = 'SOMETIMES' as const;
const O = 'OFTEN' as const;

describe('the question set', () => {
  it('has three policy areas of exactly five questions with stable, unique keys', () => {
    expect(DEFAULT_POLICY_AREAS.map((a) => a.key)).toEqual(AREAS);
    const keys = DEFAULT_POLICY_AREAS.flatMap((a) => a.questions.map((q) => q.key));
    expect(new Set(keys).size).toBe(15);
    for (const area of DEFAULT_POLICY_AREAS) {
      expect(area.questions).toHaveLength(5);
      const prefix = { COMMUNITY_SAFETY: 'safety', LOCAL_ENVIRONMENT: 'environment', HEALTH: 'health' }[area.key];
      expect(area.questions.map((q) => q.key)).toEqual([1, 2, 3, 4, 5].map((n) => `${prefix}.q${n}`));
      for (const q of area.questions) expect(q.text).toMatch(/^How often do you .+\?$/);
    }
    expect(DEFAULT_QUESTIONS_BY_AREA.HEALTH).toEqual(['health.q1', 'health.q2', 'health.q3', 'health.q4', 'health.q5']);
  });

  it('scores the frequency scale 0, 50, 100', () => {
    expect(FREQUENCIES).toEqual(['NEVER', 'SOMETIMES', 'OFTEN']);
    expect(FREQUENCY_SCORES).toEqual({ NEVER: 0, SOMETIMES: 50, OFTEN: 100 });
  });
});

describe('computeIndex: worked by hand', () => {
  // A: safety 5×OFTEN → 100; environment O,O,S,N,N → 250/5 = 50; health only 2 answered → left out
  // B: safety N,S,S (3 answered) → 100/3 = 33.33…; environment 4×OFTEN → 100; health S,S,S,O,O → 350/5 = 70
  // C: safety 2 answered → left out; environment 5×SOMETIMES → 50; health N,O,S,N → 150/4 = 37.5
  const responses: SurveyResponse[] = [
    { answers: { ...answers('safety', [O, O, O, O, O]), ...answers('environment', [O, O, S, N, N]), ...answers('health', [O, O]) } },
    { answers: { ...answers('safety', [N, S, S]), ...answers('environment', [O, O, O, O]), ...answers('health', [S, S, S, O, O]) } },
    { answers: { ...answers('safety', [O, O]), ...answers('environment', [S, S, S, S, S]), ...answers('health', [N, O, S, N]) } },
  ];

  it('gives the hand-worked area and overall figures', () => {
    expect(computeIndex(AREAS, responses, DEFAULT_QUESTIONS_BY_AREA)).toEqual({
      sampleSize: 3,
      // safety (100 + 33.33…) / 2 = 66.67; environment (50 + 100 + 50) / 3 = 66.67; health (70 + 37.5) / 2 = 53.75
      // overall, equal weight per area: (66.67 + 66.67 + 53.75) / 3 = 62.36
      overall: 62.4,
      byArea: [
        { area: 'COMMUNITY_SAFETY', index: 66.7, respondents: 2 },
        { area: 'LOCAL_ENVIRONMENT', index: 66.7, respondents: 3 },
        { area: 'HEALTH', index: 53.8, respondents: 2 },
      ],
    });
  });

  it('weights areas equally in the overall index, not by how many answers they got', () => {
    // One respondent: safety 5×OFTEN (100), environment 3×NEVER (0). Mean over all eight answers would
    // be 62.5; equal weight per area gives 50.
    const result = computeIndex(
      ['COMMUNITY_SAFETY', 'LOCAL_ENVIRONMENT'],
      [{ answers: { ...answers('safety', [O, O, O, O, O]), ...answers('environment', [N, N, N]) } }],
      DEFAULT_QUESTIONS_BY_AREA,
    );
    expect(result.overall).toBe(50);
  });

  it('rounds exactly, halves away from zero', () => {
    // Four respondents scoring 100, 50, 0 and 33.33… in safety → 183.33… / 4 = 45.83… → 45.8
    // Two respondents scoring 50 and 12.5 (N,N,N,S) → 31.25 → 31.3
    const four = computeIndex(
      ['COMMUNITY_SAFETY'],
      [
        { answers: answers('safety', [O, O, O]) },
        { answers: answers('safety', [S, S, S]) },
        { answers: answers('safety', [N, N, N]) },
        { answers: answers('safety', [N, S, S]) },
      ],
      DEFAULT_QUESTIONS_BY_AREA,
    );
    expect(four.byArea[0].index).toBe(45.8);
    const two = computeIndex(
      ['COMMUNITY_SAFETY'],
      [{ answers: answers('safety', [S, S, S]) }, { answers: answers('safety', [N, N, N, S]) }],
      DEFAULT_QUESTIONS_BY_AREA,
    );
    expect(two.byArea[0].index).toBe(31.3);
  });

  it('counts all NEVER as 0, which is not the same as no answer', () => {
    const result = computeIndex(AREAS, [{ answers: answers('health', [N, N, N, N, N]) }], DEFAULT_QUESTIONS_BY_AREA);
    expect(result.byArea[2]).toEqual({ area: 'HEALTH', index: 0, respondents: 1 });
    expect(result.overall).toBe(0);
  });
});

describe('computeIndex: gaps', () => {
  it('says there are no responses yet rather than showing 0', () => {
    const result = computeIndex(AREAS, [], DEFAULT_QUESTIONS_BY_AREA);
    expect(result.sampleSize).toBe(0);
    expect(result.overall).toBeNull();
    expect(result.note).toMatch(/^No responses yet/);
    for (const area of result.byArea) {
      expect(area).toEqual({ area: area.area, index: null, respondents: 0, note: 'No responses yet.' });
    }
  });

  it('leaves out an area no one answered enough of, and says so', () => {
    const result = computeIndex(
      AREAS,
      [{ answers: { ...answers('safety', [O, S, N]), ...answers('health', [O, O]) } }],
      DEFAULT_QUESTIONS_BY_AREA,
    );
    expect(result.byArea).toEqual([
      { area: 'COMMUNITY_SAFETY', index: 50, respondents: 1 },
      {
        area: 'LOCAL_ENVIRONMENT',
        index: null,
        respondents: 0,
        note: 'No respondent answered at least 3 of the questions in this area.',
      },
      {
        area: 'HEALTH',
        index: null,
        respondents: 0,
        note: 'No respondent answered at least 3 of the questions in this area.',
      },
    ]);
    expect(result.overall).toBe(50);
    expect(result.note).toMatch(/leaves out areas/);
  });

  it('has no overall index when no one answered enough anywhere', () => {
    const result = computeIndex(AREAS, [{ answers: answers('safety', [O]) }], DEFAULT_QUESTIONS_BY_AREA);
    expect(result.sampleSize).toBe(1);
    expect(result.overall).toBeNull();
    expect(result.note).toMatch(/no index yet/);
  });

  it('asks for fewer answers in an area with fewer than three questions', () => {
    const result = computeIndex(['SHORT'], [{ answers: { 'short.q1': 'OFTEN', 'short.q2': 'NEVER' } }], {
      SHORT: ['short.q1', 'short.q2'],
    });
    expect(result.byArea[0]).toEqual({ area: 'SHORT', index: 50, respondents: 1 });
  });

  it('ignores answers to questions outside the areas asked for', () => {
    const result = computeIndex(
      ['HEALTH'],
      [{ answers: { ...answers('health', [O, O, O]), 'safety.q1': 'NEVER', 'other.q9': 'NEVER' } }],
      DEFAULT_QUESTIONS_BY_AREA,
    );
    expect(result.overall).toBe(100);
  });

  it('refuses an answer off the scale and an area without questions', () => {
    const bad = [{ answers: { 'health.q1': 'ALWAYS' } }] as unknown as SurveyResponse[];
    expect(() => computeIndex(['HEALTH'], bad, DEFAULT_QUESTIONS_BY_AREA)).toThrow(/health\.q1 must be one of/);
    expect(() => computeIndex(['TRANSPORT'], [], DEFAULT_QUESTIONS_BY_AREA)).toThrow(/TRANSPORT/);
  });
});

describe('computeIndex: properties', () => {
  const responseArb = fc
    .array(fc.option(fc.constantFrom(...FREQUENCIES), { nil: undefined }), { minLength: 15, maxLength: 15 })
    .map((values) => {
      const keys = Object.values(DEFAULT_QUESTIONS_BY_AREA).flat();
      const out: Record<string, Frequency> = {};
      values.forEach((v, i) => {
        if (v) out[keys[i]] = v;
      });
      return { answers: out };
    });

  it('stays within 0–100, never NaN, with the overall between the area figures', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 30 }), (responses) => {
        const result = computeIndex(AREAS, responses, DEFAULT_QUESTIONS_BY_AREA);
        expect(result.sampleSize).toBe(responses.length);
        const values = result.byArea.map((a) => a.index).filter((i): i is number => i !== null);
        for (const a of result.byArea) {
          expect(a.respondents).toBeLessThanOrEqual(responses.length);
          expect(a.index === null).toBe(a.respondents === 0);
        }
        for (const v of values) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
          expect(Math.round(v * 10) / 10).toBe(v);
        }
        if (values.length === 0) expect(result.overall).toBeNull();
        else {
          expect(result.overall).toBeGreaterThanOrEqual(Math.min(...values) - 0.05);
          expect(result.overall).toBeLessThanOrEqual(Math.max(...values) + 0.05);
        }
      }),
    );
  });
});

describe('findAnswerProblems', () => {
  it('names unknown questions and answers off the scale', () => {
    expect(
      findAnswerProblems(
        { 'health.q1': 'OFTEN', 'health.q9': 'OFTEN', 'safety.q2': 'ALWAYS', 'safety.q3': null },
        DEFAULT_QUESTIONS_BY_AREA,
      ),
    ).toEqual([
      { field: 'health.q9', message: 'is not a question in this survey' },
      { field: 'safety.q2', message: 'must be one of NEVER, SOMETIMES, OFTEN' },
    ]);
  });
});

describe('REFERENCE_INDEX_2008', () => {
  it('holds the published five-country figures with their citation', () => {
    expect(REFERENCE_INDEX_2008.citation).toMatch(/^Loeffler et al\. 2008/);
    expect(REFERENCE_INDEX_2008.respondentsPerCountry).toBe(1000);
    expect(REFERENCE_INDEX_2008.countries.map((c) => c.name)).toEqual(['United Kingdom', 'Czech Republic', 'Denmark', 'France', 'Germany']);
    expect(REFERENCE_INDEX_2008.byArea).toEqual([
      { area: 'LOCAL_ENVIRONMENT', index: 61 },
      { area: 'HEALTH', index: 52 },
      { area: 'COMMUNITY_SAFETY', index: 45 },
    ]);
    expect(REFERENCE_INDEX_2008.subIndices[0]).toMatchObject({ area: 'COMMUNITY_SAFETY', index: 33 });
    expect(REFERENCE_INDEX_2008.byCountry).toEqual([
      { code: 'GB', name: 'United Kingdom', index: 56, rank: 'HIGHEST' },
      { code: 'DK', name: 'Denmark', index: 48, rank: 'LOWEST' },
    ]);
    expect(REFERENCE_INDEX_2008.overall).toBeNull();
  });
});

describe('compareIndices', () => {
  it('gives the change per area and overall, null where a side is missing', () => {
    const earlier = {
      overall: 50,
      byArea: [
        { area: 'COMMUNITY_SAFETY', index: 45 },
        { area: 'LOCAL_ENVIRONMENT', index: 61 },
      ],
    };
    const later = {
      overall: 52.3,
      byArea: [
        { area: 'COMMUNITY_SAFETY', index: 47.1 },
        { area: 'LOCAL_ENVIRONMENT', index: null },
        { area: 'HEALTH', index: 50 },
      ],
    };
    expect(compareIndices(earlier, later)).toEqual({
      overall: { earlier: 50, later: 52.3, change: 2.3 },
      byArea: [
        { area: 'COMMUNITY_SAFETY', earlier: 45, later: 47.1, change: 2.1 },
        { area: 'LOCAL_ENVIRONMENT', earlier: 61, later: null, change: null },
        { area: 'HEALTH', earlier: null, later: 50, change: null },
      ],
    });
  });

  it('compares a local survey with the 2008 reference', () => {
    const local = computeIndex(
      AREAS,
      [{ answers: { ...answers('safety', [S, S, S]), ...answers('environment', [O, O, S]), ...answers('health', [S, S, N, N]) } }],
      DEFAULT_QUESTIONS_BY_AREA,
    );
    // safety 50, environment 83.3, health 25
    const comparison = compareIndices(REFERENCE_INDEX_2008, local);
    expect(comparison.overall).toEqual({ earlier: null, later: 52.8, change: null });
    expect(comparison.byArea).toEqual([
      { area: 'LOCAL_ENVIRONMENT', earlier: 61, later: 83.3, change: 22.3 },
      { area: 'HEALTH', earlier: 52, later: 25, change: -27 },
      { area: 'COMMUNITY_SAFETY', earlier: 45, later: 50, change: 5 },
    ]);
  });

  it('shows a fall as a negative change without floating-point noise', () => {
    const c = compareIndices({ overall: 52.3, byArea: [] }, { overall: 45.1, byArea: [] });
    expect(c.overall.change).toBe(-7.2);
  });
});

describe('sampling methods', () => {
  it('has a label and a caveat for every method', () => {
    expect(Object.keys(SAMPLING_METHODS).sort()).toEqual([...SAMPLING_METHOD_KEYS].sort());
    for (const key of SAMPLING_METHOD_KEYS) {
      expect(SAMPLING_METHODS[key].label.length).toBeGreaterThan(3);
      expect(SAMPLING_METHODS[key].caveat.length).toBeGreaterThan(40);
    }
    expect(SAMPLING_METHODS.SELF_SELECTED_ONLINE.caveat).toMatch(/^A self-selected online sample is not random/);
  });

  it('adds a caveat for a small sample', () => {
    expect(sampleCaveats(500, 'RANDOM_SAMPLE')).toEqual([SAMPLING_METHODS.RANDOM_SAMPLE.caveat, REFERENCE_COMPARISON_CAVEAT]);
    expect(sampleCaveats(1, 'WORKSHOP')[1]).toMatch(/^Only 1 response:/);
    expect(sampleCaveats(40, 'WORKSHOP')[1]).toMatch(/^Only 40 responses:/);
    expect(sampleCaveats(0, 'OTHER')).toHaveLength(2);
  });

  it('always says the 2008 figures are a guide, not a like-for-like comparison', () => {
    for (const method of SAMPLING_METHOD_KEYS) {
      for (const size of [0, 1, 99, 100, 5000]) expect(sampleCaveats(size, method).at(-1)).toBe(REFERENCE_COMPARISON_CAVEAT);
    }
    expect(REFERENCE_COMPARISON_CAVEAT).toMatch(/questions.*scale.*own.*guide, not as a like-for-like/);
  });
});
