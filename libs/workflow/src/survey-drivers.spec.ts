import {
  ASSOCIATION_CAVEAT,
  CONDITIONS_QUESTIONS,
  driverAssociations,
  driverQuestions,
  effortPattern,
  MIN_PAIRS_FOR_CORRELATION,
  pearson,
  questionResults,
  SELF_EFFICACY_QUESTION,
  selfEfficacySummary,
} from './survey-drivers';
import { DEFAULT_QUESTIONS_BY_AREA } from './survey-index';

const F = ['NEVER', 'SOMETIMES', 'OFTEN'] as const;

describe('per-question results', () => {
  it('gives the share answering "often" with how many answered each question', () => {
    const results = questionResults(
      ['environment.q1', 'environment.q4', 'safety.q1'],
      [
        { answers: { 'environment.q1': 'OFTEN', 'environment.q4': 'NEVER' } },
        { answers: { 'environment.q1': 'OFTEN', 'environment.q4': 'OFTEN' } },
        { answers: { 'environment.q1': 'SOMETIMES' } },
      ],
    );
    expect(results).toEqual([
      { key: 'environment.q1', answered: 3, often: 2, oftenShare: 0.667, effort: 'LOW_EFFORT' },
      { key: 'environment.q4', answered: 2, often: 1, oftenShare: 0.5, effort: 'GROUP_PARTICIPATION' },
      { key: 'safety.q1', answered: 0, often: 0, oftenShare: null, effort: 'OTHER' },
    ]);
  });

  it('groups them by kind of effort, so the 2008 gradient can be checked locally', () => {
    const pattern = effortPattern(
      questionResults(
        ['environment.q1', 'environment.q2', 'health.q1', 'health.q4'],
        [
          { answers: { 'environment.q1': 'OFTEN', 'environment.q2': 'OFTEN', 'health.q1': 'OFTEN', 'health.q4': 'NEVER' } },
          { answers: { 'environment.q1': 'OFTEN', 'environment.q2': 'SOMETIMES', 'health.q1': 'NEVER', 'health.q4': 'NEVER' } },
        ],
      ),
    );
    expect(pattern).toEqual([
      { effort: 'LOW_EFFORT', questions: 2, answers: 4, oftenShare: 0.75 },
      { effort: 'LIFESTYLE_CHANGE', questions: 1, answers: 2, oftenShare: 0.5 },
      { effort: 'GROUP_PARTICIPATION', questions: 1, answers: 2, oftenShare: 0 },
    ]);
  });
});

describe('Pearson correlation', () => {
  it('is 1 or -1 on a straight line and rounds to three decimals', () => {
    const line = Array.from({ length: 10 }, (_, i) => [i, 2 * i + 1] as const);
    expect(pearson(line)).toEqual({ coefficient: 1, n: 10, direction: 'POSITIVE' });
    expect(pearson(line.map(([x, y]) => [x, -y] as const))).toEqual({ coefficient: -1, n: 10, direction: 'NEGATIVE' });
  });

  it('matches a hand-worked example', () => {
    // x = 1..10, y = 2,1,4,3,6,5,8,7,10,9: Σ(dx·dy) = 77.5, Σdx² = Σdy² = 82.5, so r = 77.5 / 82.5 = 0.939.
    const pairs = [2, 1, 4, 3, 6, 5, 8, 7, 10, 9].map((y, i) => [i + 1, y] as const);
    expect(pearson(pairs).coefficient).toBe(0.939);
  });

  it('gives no coefficient with too few pairs or when one side never varies', () => {
    expect(pearson([[1, 2]])).toEqual({ coefficient: null, n: 1, direction: null });
    expect(pearson(Array.from({ length: 12 }, (_, i) => [5, i] as const))).toEqual({ coefficient: null, n: 12, direction: null });
  });

  it('calls a tiny coefficient no association', () => {
    const pairs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => [x, [25, 16, 9, 4, 1, 2, 4, 9, 16, 25][x - 1]] as const);
    const c = pearson(pairs);
    expect(Math.abs(c.coefficient!)).toBeLessThan(0.1);
    expect(c.direction).toBe('NONE');
  });
});

describe('driver associations', () => {
  const areas = { COMMUNITY_SAFETY: DEFAULT_QUESTIONS_BY_AREA.COMMUNITY_SAFETY };
  const asked = driverQuestions(['COMMUNITY_SAFETY']);
  const label = () => 'Community safety';

  it('asks self-efficacy and the conditions of each area surveyed', () => {
    expect(asked).toEqual([SELF_EFFICACY_QUESTION, CONDITIONS_QUESTIONS.COMMUNITY_SAFETY]);
  });

  it('shows direction and sample size, and never words the link as a cause', () => {
    // Those who feel they can change things answer the safety questions more often; conditions go the other way.
    const responses = Array.from({ length: 12 }, (_, i) => {
      const level = F[i % 3];
      const opposite = F[2 - (i % 3)];
      return {
        answers: {
          ...Object.fromEntries(areas.COMMUNITY_SAFETY.map((k) => [k, level])),
          [SELF_EFFICACY_QUESTION.key]: level,
          [CONDITIONS_QUESTIONS.COMMUNITY_SAFETY.key]: opposite,
        },
      };
    });
    const [efficacy, conditions] = driverAssociations(responses, areas, asked, label);
    expect(efficacy).toMatchObject({ driver: 'SELF_EFFICACY', area: null, coefficient: 1, n: 12, direction: 'POSITIVE' });
    expect(efficacy.statement).toBe(
      'Residents who more often report feeling that people like them can change things also tend to report more coproduction (r = 1.00, 12 residents).',
    );
    expect(conditions).toMatchObject({ driver: 'PERCEIVED_CONDITIONS', area: 'COMMUNITY_SAFETY', coefficient: -1, direction: 'NEGATIVE' });
    expect(conditions.statement).toContain('tend to report less');
    for (const text of [efficacy.statement, conditions.statement]) {
      expect(text).not.toMatch(/\b(causes?|leads? to|predicts?|because|drives?|will)\b/i);
    }
    expect(ASSOCIATION_CAVEAT).toContain('not what causes what');
  });

  it('says too few answered below the minimum rather than giving a figure', () => {
    const few = Array.from({ length: MIN_PAIRS_FOR_CORRELATION - 1 }, () => ({
      answers: { [SELF_EFFICACY_QUESTION.key]: 'OFTEN', 'safety.q1': 'OFTEN', 'safety.q2': 'OFTEN', 'safety.q3': 'NEVER' },
    }));
    const [efficacy] = driverAssociations(few, areas, asked, label);
    expect(efficacy.coefficient).toBeNull();
    expect(efficacy.statement).toContain('Too few residents');
  });
});

describe('self-efficacy in one survey', () => {
  it('gives the share answering "often" and the mean on 0–100, with how many answered', () => {
    const summary = selfEfficacySummary([
      { answers: { [SELF_EFFICACY_QUESTION.key]: 'OFTEN' } },
      { answers: { [SELF_EFFICACY_QUESTION.key]: 'SOMETIMES' } },
      { answers: { [SELF_EFFICACY_QUESTION.key]: 'NEVER' } },
      { answers: {} },
    ]);
    expect(summary).toEqual({ answered: 3, oftenShare: 0.333, meanScore: 50 });
    expect(selfEfficacySummary([])).toEqual({ answered: 0, oftenShare: null, meanScore: null });
  });
});
