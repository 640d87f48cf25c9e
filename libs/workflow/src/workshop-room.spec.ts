import fc from 'fast-check';
import { WORKSHOP_STATUSES } from './workshop-lifecycle';
import {
  ballotProblems,
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinCodeFrom,
  normaliseJoinCode,
  tally,
  topRanked,
  voteDecisionText,
  workshopRoomRefusal,
} from './workshop-room';

describe('join codes', () => {
  it('are 50 bits of a 32-symbol alphabet without the letters people misread', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(JOIN_CODE_LENGTH * Math.log2(JOIN_CODE_ALPHABET.length)).toBe(50);
  });

  it('read back as typed in any case, with spaces or dashes, and O, I, L for 0, 1, 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 10, maxLength: 10 }), (indexes) => {
        const code = joinCodeFrom(indexes);
        expect(normaliseJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
        expect(normaliseJoinCode(` ${code.slice(0, 3)} ${code.slice(3)} `)).toBe(code);
      }),
    );
    expect(normaliseJoinCode('oil00-11111')).toBe('0110011111');
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseJoinCode('ABCDE')).toBeNull();
    expect(normaliseJoinCode('ABCDE-FGHJKM')).toBeNull();
    expect(normaliseJoinCode('ABCDE-FGHJU')).toBeNull();
    expect(() => joinCodeFrom([1, 2, 3])).toThrow();
    expect(() => joinCodeFrom([32, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow();
  });
});

describe('the room', () => {
  it('is open to guests and votes only while the workshop runs', () => {
    expect(WORKSHOP_STATUSES.filter((status) => workshopRoomRefusal(status) === null)).toEqual(['RUNNING']);
    expect(workshopRoomRefusal('PLANNED')).toMatch(/not started/);
    expect(workshopRoomRefusal('DONE')).toMatch(/over/);
  });
});

describe('dot-voting', () => {
  const options = ['a', 'b', 'c'];

  it('takes a ballot that spreads or stacks dots up to the voter’s number, and an empty one', () => {
    expect(ballotProblems([{ optionId: 'a', dots: 3 }], options, 3)).toEqual([]);
    expect(
      ballotProblems(
        [
          { optionId: 'a', dots: 1 },
          { optionId: 'c', dots: 2 },
        ],
        options,
        5,
      ),
    ).toEqual([]);
    expect(ballotProblems([], options, 3)).toEqual([]);
  });

  it('names each line at fault, and the ballot when it spends too many dots', () => {
    expect(
      ballotProblems(
        [
          { optionId: 'x', dots: 1 },
          { optionId: 'a', dots: 0 },
          { optionId: 'a', dots: 1.5 },
          { optionId: 'b', dots: 4 },
        ],
        options,
        3,
      ),
    ).toEqual([
      { line: 0, message: 'is not an option of this round' },
      { line: 1, message: 'must be a whole number of dots, at least 1' },
      { line: 2, message: 'names an option already on the ballot: put all its dots on one line' },
      { line: 2, message: 'must be a whole number of dots, at least 1' },
      { line: null, message: 'spends 5 dots, but each voter has 3 in this round: take some back' },
    ]);
  });

  it('ranks by dots with ties sharing a rank and keeping the round’s order, and shares that add up', () => {
    const lines = tally([
      { id: 'a', label: 'A', dots: 2 },
      { id: 'b', label: 'B', dots: 5 },
      { id: 'c', label: 'C', dots: 2 },
      { id: 'd', label: 'D', dots: 0 },
    ]);
    expect(lines.map((l) => [l.id, l.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(lines.reduce((sum, l) => sum + l.share, 0)).toBeCloseTo(1);
    expect(tally([{ id: 'a', label: 'A', dots: 0 }])[0].share).toBe(0);
  });

  it('selects the top places with ties at the edge, never an option without dots', () => {
    const lines = tally([
      { id: 'a', label: 'A', dots: 3 },
      { id: 'b', label: 'B', dots: 2 },
      { id: 'c', label: 'C', dots: 2 },
      { id: 'd', label: 'D', dots: 0 },
    ]);
    expect(topRanked(lines, 2).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(topRanked(lines, 10).map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });

  it('words the decision with the question, the voters and each option’s dots', () => {
    const text = voteDecisionText(
      ' Where first? ',
      tally([
        { id: 'a', label: 'Parks', dots: 1 },
        { id: 'b', label: 'Libraries', dots: 4 },
      ]),
      2,
    );
    expect(text).toBe('Dot vote: Where first? (2 voters)\n1. Libraries: 4 dots\n2. Parks: 1 dot');
  });
});
