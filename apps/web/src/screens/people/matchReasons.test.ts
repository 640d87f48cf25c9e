import { describe, expect, it } from 'vitest';
import { matchReasons } from './PilotPeopleScreen';

const needs = {
  pilotId: 'pilot-1',
  hoursPerMonth: 4,
  version: 1,
  skills: [
    { id: 's-1', name: 'Listening' },
    { id: 's-2', name: 'Plumbing' },
  ],
};

describe('matchReasons', () => {
  it('says in words what a participant has and lacks, with each criterion’s points adding up to the API’s score', () => {
    const match = {
      score: 50,
      parts: { skills: 0.5, motivation: 0.5, time: 0.5 },
      participant: {
        id: 'p-1',
        kind: 'STAFF' as const,
        displayName: 'Tom',
        motivation: 3,
        hoursPerMonth: 2,
        skills: [{ id: 's-2', name: 'Plumbing' }],
      },
    };
    expect(matchReasons(match, needs).map((r) => r.text)).toEqual([
      'Skills: has 1 of the 2 the pilot needs (25 of 50 points). Has: Plumbing. Lacks: Listening.',
      'Keenness: 3 out of 5 (12.5 of 25 points).',
      'Time: can give 2 of the 4 hours a month asked (12.5 of 25 points).',
    ]);
  });

  it('says when the pilot asks for no skills or hours in particular', () => {
    const match = {
      score: 100,
      parts: { skills: 1, motivation: 1, time: 1 },
      participant: { id: 'p-2', kind: 'CITIZEN' as const, displayName: 'Amira', motivation: 5, hoursPerMonth: 0, skills: [] },
    };
    expect(matchReasons(match, null).map((r) => r.text)).toEqual([
      'Skills: the pilot asks for none in particular (50 of 50 points).',
      'Keenness: 5 out of 5 (25 of 25 points).',
      'Time: the pilot asks for no set hours (25 of 25 points).',
    ]);
  });
});
