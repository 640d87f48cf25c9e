import fc from 'fast-check';
import { CsvFatalError, CsvParser, type CsvRecord } from './csv-parser';
import { csvLine } from './csv-writer';

function parseAll(input: Uint8Array | string, cuts: number[] = [], maxRecordChars?: number): CsvRecord[] {
  const parser = new CsvParser(maxRecordChars);
  const out: CsvRecord[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...parser.push(input.slice(from, cut)));
    from = cut;
  }
  out.push(...parser.push(input.slice(from)));
  out.push(...parser.end());
  return out;
}

/** The line ends in `text` as an editor counts them: CRLF once, a lone CR or LF once each. */
function lineEnds(text: string): number {
  return text.split(/\r\n|\r|\n/).length - 1;
}

describe('CsvParser', () => {
  it('reads quoting, commas, escaped quotes and line breaks inside cells', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nplain,,"a\r\nb"\n';
    expect(parseAll(text)).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x, y', 'say "hi"', 'two\nlines'], line: 2 },
      { fields: ['plain', '', 'a\r\nb'], line: 4 },
    ]);
  });

  it('drops a byte-order mark, also when it arrives split across chunks', () => {
    const bytes = new TextEncoder().encode('\uFEFFname,x\nA,1\n');
    expect(parseAll(bytes, [1, 2]).map((r) => r.fields)).toEqual([
      ['name', 'x'],
      ['A', '1'],
    ]);
  });

  it('keeps empty lines as one-field records and ends without a trailing line break', () => {
    expect(parseAll('a\n\nb').map((r) => [r.fields, r.line])).toEqual([
      [['a'], 1],
      [[''], 2],
      [['b'], 3],
    ]);
    expect(parseAll('a\rb\r\nc')).toHaveLength(3);
    expect(parseAll('')).toEqual([]);
  });

  it('reports an unclosed quote and text after a closing quote as errors of their record', () => {
    expect(parseAll('a,"b"c\nd,e\n')).toEqual([
      { fields: ['a', 'bc'], line: 1, error: expect.stringContaining('after its closing quote') },
      { fields: ['d', 'e'], line: 2 },
    ]);
    expect(parseAll('a,"never closed\nmore')[0].error).toMatch(/never closed/);
    expect(parseAll('a\n"b\n""c"" d",e\nf,"g"h\n"unclosed\nx').map((r) => [r.line, r.error !== undefined])).toEqual([
      [1, false],
      [2, false],
      [4, true],
      [5, true],
    ]);
  });

  it('keeps a quote inside an unquoted cell as a character, and reads a quoted cell that starts with an escaped quote', () => {
    expect(parseAll('ab"c,d\n""""" x""",y\n').map((r) => [r.fields, r.error])).toEqual([
      [['ab"c', 'd'], undefined],
      [['"" x"', 'y'], undefined],
    ]);
  });

  it('stops at a record over the length limit rather than buffering the rest of the file', () => {
    expect(() => parseAll(`ok\n"${'x'.repeat(200)}`, [], 100)).toThrow(CsvFatalError);
    expect(() => parseAll(`ok\n"${'x'.repeat(200)}`, [], 100)).toThrow(/line 2 is longer than 100 characters/);
    expect(() => parseAll(`a\n"b\nc"\n"${'x'.repeat(200)}`, [3, 9], 100)).toThrow(/line 4 is longer than 100 characters/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(() => parseAll(new Uint8Array([0x61, 0x2c, 0xe9, 0x0a]))).toThrow(/not UTF-8/);
  });

  it('reads back whatever csvLine wrote, however the bytes are cut into chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\r', '\n', ' ', '=', "'") });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 6 }), (rows, rawCuts) => {
        const bytes = new TextEncoder().encode(rows.map(csvLine).join(''));
        const cuts = rawCuts.map((c) => c % (bytes.length + 1));
        const parsed = parseAll(bytes, cuts);
        expect(parsed.map((r) => r.fields)).toEqual(rows);
        // Each record starts on the line after those the records before it span (CRLF, LF or a lone CR, in cells too).
        const starts = rows.map(csvLine).reduce<number[]>((lines, text) => [...lines, lines[lines.length - 1] + lineEnds(text)], [1]);
        expect(parsed.map((r) => r.line)).toEqual(starts.slice(0, -1));
        expect(parsed.every((r) => !r.error)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
