import * as fc from 'fast-check';
import { MATCH_WEIGHTS, rankParticipants, scoreParticipant, type MatchCandidate, type ParticipantNeed } from './matching';

const need: ParticipantNeed = { skills: ['First aid', 'Driving', 'Cooking'], hoursPerMonth: 10 };

describe('scoreParticipant', () => {
  it('explains the skills held and missing, motivation and time', () => {
    const match = scoreParticipant(need, {
      id: 'p1',
      skills: ['driving', '  FIRST   AID ', 'gardening'],
      motivation: 4,
      hoursPerMonth: 6,
    });
    // skills 2/3 × 50 = 33.33; motivation 3/4 × 25 = 18.75; time 6/10 × 25 = 15 → 67.08 → 67
    expect(match).toEqual({
      id: 'p1',
      score: 67,
      parts: { skills: 0.6667, motivation: 0.75, time: 0.6 },
      explanation: [
        'has 2 of 3 needed skills (First aid, Driving); missing: Cooking',
        'motivation 4 of 5',
        'available 6 of the 10 hours a month needed',
      ],
    });
  });

  it('gives full marks to a keen person with every skill and enough time', () => {
    const match = scoreParticipant(need, {
      id: 'p2',
      skills: ['cooking', 'driving', 'first aid'],
      motivation: 5,
      hoursPerMonth: 12,
    });
    expect(match.score).toBe(100);
    expect(match.parts).toEqual({ skills: 1, motivation: 1, time: 1 });
    expect(match.explanation).toEqual([
      'has 3 of 3 needed skills (First aid, Driving, Cooking)',
      'motivation 5 of 5',
      'available 12 hours a month, enough for the 10 hours needed',
    ]);
  });

  it('gives zero to a reluctant person with none of the skills and no time', () => {
    const match = scoreParticipant(need, { id: 'p3', skills: [], motivation: 1, hoursPerMonth: 0 });
    expect(match.score).toBe(0);
    expect(match.explanation[0]).toBe('has 0 of 3 needed skills; missing: First aid, Driving, Cooking');
  });

  it('needs nothing when the pilot asks for no skills or hours', () => {
    const match = scoreParticipant({ skills: [], hoursPerMonth: 0 }, { id: 'p4', skills: ['x'], motivation: 3, hoursPerMonth: 1 });
    expect(match.score).toBe(88); // 50 + 12.5 + 25 = 87.5 → 88
    expect(match.explanation).toEqual(['no particular skills needed', 'motivation 3 of 5', 'no set time commitment needed']);
  });

  it('counts a needed skill listed twice only once', () => {
    const match = scoreParticipant(
      { skills: ['Driving', 'driving ', 'Cooking'], hoursPerMonth: 1 },
      { id: 'p5', skills: ['Driving'], motivation: 1, hoursPerMonth: 1 },
    );
    expect(match.explanation[0]).toBe('has 1 of 2 needed skills (Driving); missing: Cooking');
    expect(match.parts.skills).toBe(0.5);
  });

  it('uses singular hours where it should', () => {
    const match = scoreParticipant({ skills: [], hoursPerMonth: 1 }, { id: 'p', skills: [], motivation: 2, hoursPerMonth: 1 });
    expect(match.explanation[2]).toBe('available 1 hour a month, enough for the 1 hour needed');
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses motivation %p', (motivation) => {
    expect(() => scoreParticipant(need, { id: 'p', skills: [], motivation, hoursPerMonth: 1 })).toThrow(/1 to 5/);
  });

  it('refuses negative hours', () => {
    expect(() => scoreParticipant(need, { id: 'p', skills: [], motivation: 3, hoursPerMonth: -1 })).toThrow(RangeError);
    expect(() => scoreParticipant({ skills: [], hoursPerMonth: -2 }, { id: 'p', skills: [], motivation: 3, hoursPerMonth: 1 })).toThrow(
      RangeError,
    );
  });
});

describe('rankParticipants', () => {
  const people: MatchCandidate[] = [
    { id: 'carol', skills: ['cooking'], motivation: 5, hoursPerMonth: 10 }, // 16.67 + 25 + 25 = 66.67 → 67
    { id: 'alice', skills: ['first aid', 'driving', 'cooking'], motivation: 3, hoursPerMonth: 5 }, // 50 + 12.5 + 12.5 = 75
    { id: 'bob', skills: ['driving'], motivation: 5, hoursPerMonth: 10 }, // 67 too: ties with carol
    { id: 'dan', skills: [], motivation: 1, hoursPerMonth: 2 }, // 0 + 0 + 5 = 5
  ];

  it('puts the best fit first and breaks ties by id', () => {
    const ranked = rankParticipants(need, people);
    expect(ranked.map((m) => [m.id, m.score])).toEqual([
      ['alice', 75],
      ['bob', 67],
      ['carol', 67],
      ['dan', 5],
    ]);
  });

  it('gives the same order whatever order the candidates come in (property)', () => {
    const expected = rankParticipants(need, people).map((m) => m.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(people, { minLength: people.length, maxLength: people.length }), (shuffled) => {
        expect(rankParticipants(need, shuffled).map((m) => m.id)).toEqual(expected);
      }),
    );
  });

  it('keeps scores within 0–100 and consistent with the documented weights (property)', () => {
    const candidateArb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      skills: fc.array(fc.constantFrom('first aid', 'Driving', 'cooking', 'IT'), { maxLength: 4 }),
      motivation: fc.integer({ min: 1, max: 5 }),
      hoursPerMonth: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 12 }), (candidates) => {
        const ranked = rankParticipants(need, candidates);
        expect(ranked).toHaveLength(candidates.length);
        for (let i = 0; i < ranked.length; i++) {
          const m = ranked[i];
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(100);
          const weighted =
            MATCH_WEIGHTS.skills * m.parts.skills + MATCH_WEIGHTS.motivation * m.parts.motivation + MATCH_WEIGHTS.time * m.parts.time;
          expect(Math.abs(weighted - m.score)).toBeLessThanOrEqual(0.51);
          if (i > 0) {
            const prev = ranked[i - 1];
            expect(prev.score > m.score || (prev.score === m.score && prev.id <= m.id)).toBe(true);
          }
        }
      }),
    );
  });

  it('leaves the input array as it was', () => {
    const copy = people.map((p) => ({ ...p }));
    rankParticipants(need, people);
    expect(people).toEqual(copy);
  });

  it('sums the weights to 100', () => {
    expect(MATCH_WEIGHTS.skills + MATCH_WEIGHTS.motivation + MATCH_WEIGHTS.time).toBe(100);
  });
});

describe('self-efficacy is never a criterion', () => {
  it('is refused by the types, and would change nothing at run time', () => {
    const record = { id: 'erin', skills: ['cooking'], motivation: 3, hoursPerMonth: 10, selfEfficacy: 1 };
    // @ts-expect-error self-efficacy is an outcome to raise, not a filter: a candidate must not carry it
    const withIt = rankParticipants(need, [record]);
    const { selfEfficacy: _dropped, ...candidate } = record;
    expect(withIt).toEqual(rankParticipants(need, [candidate]));
    // @ts-expect-error nor can a need ask for it
    rankParticipants({ skills: [], hoursPerMonth: 1, selfEfficacy: 4 }, []);
  });
});
