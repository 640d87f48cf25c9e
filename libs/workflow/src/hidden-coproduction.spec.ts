import {
  areaActivity,
  compareActivityWithMap,
  describeHiddenCoproduction,
  LITTLE_MAPPED_AT_MOST,
  MIN_RESPONDENTS_FOR_SIGNAL,
  oftenShare,
} from './hidden-coproduction';

const KEYS = ['health.q1', 'health.q2', 'health.q3', 'health.q4', 'health.q5'];

function responses(count: number, value: string, answered = 5) {
  return Array.from({ length: count }, () => ({ answers: Object.fromEntries(KEYS.slice(0, answered).map((k) => [k, value])) }));
}

describe('area activity', () => {
  it('counts only respondents who answered enough of the area, as the index does', () => {
    const activity = areaActivity(KEYS, [...responses(3, 'OFTEN'), ...responses(2, 'NEVER', 2), ...responses(1, 'SOMETIMES', 3)]);
    expect(activity).toEqual({ respondents: 4, answers: 18, oftenAnswers: 15 });
  });

  it('gives a share of "often" to three decimals, null without answers', () => {
    expect(oftenShare(2, 3)).toBe(0.667);
    expect(oftenShare(0, 0)).toBeNull();
  });
});

describe('comparing the survey with the map', () => {
  it('decides "much" on the counts, not the rounded share: 999 "often" of 2,000 answers is under half', () => {
    const verdict = compareActivityWithMap('Health', { respondents: 400, answers: 2000, oftenAnswers: 999 }, 0)!;
    expect(verdict.lookHereFirst).toBe(false);
    expect(compareActivityWithMap('Health', { respondents: 400, answers: 2000, oftenAnswers: 1000 }, 0)!.lookHereFirst).toBe(true);
  });

  const much = areaActivity(KEYS, responses(MIN_RESPONDENTS_FOR_SIGNAL, 'OFTEN'));

  it('points to an area where residents report much and the map holds little, with the figures', () => {
    const verdict = compareActivityWithMap('Health', much, 1)!;
    expect(verdict).toMatchObject({ lookHereFirst: true, oftenShare: 1, respondents: 30, mappedInitiatives: 1 });
    expect(verdict.explanation).toContain('Look here first');
    expect(verdict.explanation).toContain('30 residents');
    expect(verdict.explanation).toContain('100%');
    expect(verdict.explanation).toContain('1 initiative there');
  });

  it('does not point to an area the map already covers, nor to one where residents report little', () => {
    expect(compareActivityWithMap('Health', much, LITTLE_MAPPED_AT_MOST + 1)!.lookHereFirst).toBe(false);
    const little = areaActivity(KEYS, responses(40, 'SOMETIMES'));
    const verdict = compareActivityWithMap('Health', little, 0)!;
    expect(verdict.lookHereFirst).toBe(false);
    expect(verdict.oftenShare).toBe(0);
  });

  it('says nothing without a survey or with too few respondents in the area', () => {
    expect(compareActivityWithMap('Health', null, 0)).toBeNull();
    expect(compareActivityWithMap('Health', areaActivity(KEYS, responses(MIN_RESPONDENTS_FOR_SIGNAL - 1, 'OFTEN')), 0)).toBeNull();
  });

  it('counts half of the answers "often" as much activity', () => {
    const half = areaActivity(KEYS, [...responses(15, 'OFTEN'), ...responses(15, 'NEVER')]);
    expect(compareActivityWithMap('Health', half, 0)!.lookHereFirst).toBe(true);
  });
});

describe('the checklist wording', () => {
  it('names the areas to look at first, with their figures', () => {
    const verdict = describeHiddenCoproduction({
      compared: true,
      lookHereFirst: [{ area: 'Health', oftenShare: 0.62, respondents: 40, mappedInitiatives: 0 }],
    });
    expect(verdict.satisfied).toBe(false);
    expect(verdict.explanation).toBe(
      'Look here first: residents report much more than the map shows in Health (62% "often" from 40 residents; 0 on the map).',
    );
  });

  it('is satisfied when a survey was compared and points nowhere, and names no area without a survey', () => {
    expect(describeHiddenCoproduction({ compared: true, lookHereFirst: [] }).satisfied).toBe(true);
    const none = describeHiddenCoproduction({ compared: false, lookHereFirst: [] });
    expect(none.satisfied).toBe(false);
    expect(none.explanation).not.toContain('Look here first');
  });
});
