import { REASON_MIN_CHARACTERS, REASON_MIN_WORDS, isSufficientReason } from './reasons';

describe('the reason rule', () => {
  it('asks for three words and twelve characters', () => {
    expect([REASON_MIN_WORDS, REASON_MIN_CHARACTERS]).toEqual([3, 12]);
  });

  it.each([
    ['Need more data', true],
    ['  spaced   out   reason here ', true],
    ['aaaa bbbb cccc', true],
    ['two words only', true],
    ['Insufficient evidence found', true],
    ['abcd efg hijkl', true], // twelve characters
    ['Merge with the Leeds pilot', true],
    ['Costs far exceed benefits', true],
    ['3 months, 40 people', true], // digits are words too
    ['aaa bbb ccc', false], // nine characters
    ['abc def ghij', false], // ten characters
    ['ab cd ef gh', false], // eight characters
    ['Insufficient evidence', false], // two words
    ['toolongbutoneword', false],
    ['two wordsonlyhere', false],
    ['— — — —', false],
    ['x  y  z  w', false],
    ['', false],
    ['   ', false],
    [null, false],
    [undefined, false],
  ])('isSufficientReason(%j) is %s', (reason, expected) => {
    expect(isSufficientReason(reason)).toBe(expected);
  });

  it('does not count padding as words or characters', () => {
    expect(isSufficientReason('Too costly — — — — — —')).toBe(false); // two words
    expect(isSufficientReason('ab cd ef ------------')).toBe(false); // three words of six characters
    expect(isSufficientReason('abcd efgh ijkl ...')).toBe(true);
  });
});
