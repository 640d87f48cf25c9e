import { decodeRow, readResponseRow, readResponsesHeader } from './survey-responses-csv';

const KEYS = ['safety.q1', 'safety.q2', 'safety.q3', 'safety.q4', 'safety.q5'];

describe('the survey responses CSV format', () => {
  it('reads a header of question keys in any order and case, ignoring empty header cells', () => {
    const read = readResponsesHeader([' Safety.Q3', 'safety.q1', ''], 1, KEYS);
    expect(read).toEqual({ header: { columns: ['safety.q3', 'safety.q1', null] }, problems: [] });
  });

  it('names unknown and repeated columns, and a header with no question at all', () => {
    expect(readResponsesHeader(['safety.q1', 'health.q1', 'SAFETY.q1'], 1, KEYS).problems).toEqual([
      { row: null, line: 1, column: 'health.q1', message: expect.stringMatching(/^is not a question of this survey \(column 2\)/) },
      { row: null, line: 1, column: 'safety.q1', message: 'appears twice in the header (column 3)' },
    ]);
    expect(readResponsesHeader(['', ' '], 1, KEYS).problems).toEqual([
      { row: null, line: 1, column: null, message: expect.stringMatching(/^the first row must be a header/) },
    ]);
  });

  it('reads answers whatever their case, empty cells as unanswered, and round-trips them', () => {
    const { header } = readResponsesHeader(['safety.q2', '', 'safety.q1', 'safety.q5'], 1, KEYS);
    const row = readResponseRow([' often ', '', 'Never'], header!, { row: 1, line: 2 });
    // One character per question column: OFTEN is 2, NEVER 0, an empty or missing cell `-`.
    expect(row).toEqual({ value: '20-', problems: [] });
    expect(decodeRow(row.value!, header!)).toEqual({ 'safety.q2': 'OFTEN', 'safety.q1': 'NEVER' });
  });

  it('names the row and column of every bad cell', () => {
    const { header } = readResponsesHeader(['safety.q1', '', 'safety.q2'], 1, KEYS);
    expect(readResponseRow(['always', 'note', 'sometimes', 'x'], header!, { row: 7, line: 9 }).problems).toEqual([
      {
        row: 7,
        line: 9,
        column: 'safety.q1',
        message: 'must be one of never, sometimes, often, or empty when not answered (got "always")',
      },
      {
        row: 7,
        line: 9,
        column: 'column 2',
        message: 'is a column with no header: name the question in the first row, or leave its cells empty',
      },
      { row: 7, line: 9, column: null, message: 'has a value in column 4, past the last column of the header' },
    ]);
  });
});
