import { readAnswers } from '../responses/survey-answers';
import { SurveyPolicyArea, SurveySamplingMethod } from '../surveys/survey.model';
import { buildComparison, buildResults } from './survey-results';

const SURVEY = {
  areas: [SurveyPolicyArea.HEALTH],
  questions: [1, 2, 3, 4, 5].map((i) => ({ key: `health.q${i}`, area: SurveyPolicyArea.HEALTH, text: `Question ${i}` })),
  samplingMethod: SurveySamplingMethod.WORKSHOP,
};
const BY_AREA = { HEALTH: SURVEY.questions.map((q) => q.key) };

describe('survey answers and results', () => {
  it('keeps the answered questions only, and refuses a response that answers none', () => {
    expect(readAnswers({ 'health.q1': 'OFTEN', 'health.q2': null }, BY_AREA, 'answers')).toEqual({
      answers: { 'health.q1': 'OFTEN' },
      problems: [],
    });
    expect(readAnswers({ 'health.q2': null }, BY_AREA, 'answers').problems).toEqual([
      { field: 'answers', message: 'answers no question: answer at least one' },
    ]);
    expect(readAnswers({ 'safety.q1': 'OFTEN', 'health.q1': 'often' }, BY_AREA, 'input.answers').problems).toEqual([
      { field: 'input.answers.safety.q1', message: 'is not a question in this survey' },
      { field: 'input.answers.health.q1', message: 'must be one of NEVER, SOMETIMES, OFTEN' },
    ]);
    expect(
      readAnswers(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, 'OFTEN'])), BY_AREA, 'answers').problems,
    ).toHaveLength(1);
  });

  it('shows the sample, its channels and its caveats with every index; null, not 0, with no responses', () => {
    const empty = buildResults(SURVEY, []);
    expect(empty).toMatchObject({
      sampleSize: 0,
      overall: null,
      byArea: [{ area: 'HEALTH', index: null, referenceIndex: 52 }],
      sampling: { method: 'WORKSHOP' },
    });
    expect(empty.caveats).toHaveLength(2);
    expect(empty.caveats[1]).toMatch(/a guide, not as a like-for-like measure/);

    const answered = buildResults(SURVEY, [
      { answers: { 'health.q1': 'OFTEN', 'health.q2': 'OFTEN', 'health.q3': 'SOMETIMES' }, channel: 'LINK' },
      { answers: { 'health.q1': 'NEVER', 'health.q2': 'NEVER', 'health.q3': 'NEVER' }, channel: 'CSV' },
    ]);
    // (250/3 + 0) / 2 = 41.66… → 41.7
    expect(answered).toMatchObject({ sampleSize: 2, overall: 41.7, note: null });
    expect(answered.responsesByChannel).toEqual([
      { channel: 'LINK', count: 1 },
      { channel: 'ENTERED', count: 0 },
      { channel: 'CSV', count: 1 },
    ]);
    expect(answered.caveats[1]).toMatch(/^Only 2 responses/);
  });

  it('says when two surveys cannot be compared like for like', () => {
    const earlier = { ...SURVEY, title: 'a', createdAt: new Date('2027-01-01') };
    const later = { ...SURVEY, title: 'b', samplingMethod: SurveySamplingMethod.RANDOM_SAMPLE, createdAt: new Date('2026-01-01') };
    const comparison = buildComparison(earlier, buildResults(earlier, []), later, buildResults(later, []));
    expect(comparison.overall).toEqual({ earlier: null, later: null, change: null });
    expect(comparison.notes).toEqual([
      'The earlier survey has no responses yet, so there is no change to show.',
      'The later survey has no responses yet, so there is no change to show.',
      expect.stringMatching(/^The surveys were drawn differently \(At a workshop or event, then Random sample of residents\)/),
      'The "earlier" survey was created after the "later" one, so the change reads backwards in time.',
    ]);
  });
});
