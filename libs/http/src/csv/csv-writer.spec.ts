import fc from 'fast-check';
import {
  csvDecimal,
  CsvDecimal,
  csvLocalTime,
  csvTable,
  escapeFormula,
  exportCell,
  exportQuery,
  fileNamePart,
  unescapeFormula,
} from '../index';
import { parseCsv } from './csv-parser';

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const piece of stream) out += String(piece);
  return out;
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('the CSV writer every export shares', () => {
  it('escapes what a spreadsheet would run, and reads every escaped cell back exactly', () => {
    expect(escapeFormula('=1+1')).toBe("'=1+1");
    expect(escapeFormula('+44')).toBe("'+44");
    expect(escapeFormula('-5')).toBe("'-5");
    expect(escapeFormula('@me')).toBe("'@me");
    expect(escapeFormula('\tx')).toBe("'\tx");
    expect(escapeFormula('\rx')).toBe("'\rx");
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(escapeFormula("It's fine")).toBe("It's fine");
    expect(unescapeFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unescapeFormula("'plain")).toBe("'plain");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') }), (cell) => {
        expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
        expect(/^[=+\-@\t\r]/.test(escapeFormula(cell))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('writes text escaped, numbers and exact decimals as they are, yes or no, and nothing as empty', () => {
    expect(exportCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(exportCell('-5 people')).toBe("'-5 people");
    expect(exportCell(-5)).toBe('-5');
    expect(exportCell(41.7)).toBe('41.7');
    expect(exportCell(csvDecimal('-150.00'))).toBe('-150.00');
    expect(exportCell(true)).toBe('yes');
    expect(exportCell(false)).toBe('no');
    expect(exportCell(null)).toBe('');
    expect(exportCell(csvDecimal(null))).toBe('');
    expect(() => exportCell(Number.NaN)).toThrow(/cannot be written/);
    // Only a plain decimal may skip the escaping: anything else is a programming error, not a cell.
    for (const bad of ['-1+2', '=1', '1e5', '', ' 1']) expect(() => new CsvDecimal(bad)).toThrow(/not a plain decimal/);
  });

  it('streams a table: byte-order mark, the header in the columns’ order, one row per record, every cell through exportCell', async () => {
    const columns = [
      { name: 'title', cell: (r: { title: string; amount: string }) => r.title },
      { name: 'amount', cell: (r: { title: string; amount: string }) => csvDecimal(r.amount) },
    ];
    const out = await text(
      csvTable(
        columns,
        from([
          { title: '=cmd|x', amount: '-3.50' },
          { title: 'Plain, with "quotes"', amount: '0' },
        ]),
      ),
    );
    expect(out).toBe('\uFEFFtitle,amount\r\n\'=cmd|x,-3.50\r\n"Plain, with ""quotes""",0\r\n');
    const records = [];
    for await (const record of parseCsv(from([new TextEncoder().encode(out)]))) records.push(record.fields);
    expect(records).toEqual([
      ['title', 'amount'],
      ["'=cmd|x", '-3.50'],
      ['Plain, with "quotes"', '0'],
    ]);
  });

  it("writes a moment in the organisation's time zone, to the minute", () => {
    const moment = new Date('2026-07-01T23:30:59Z');
    expect(csvLocalTime(moment, 'Europe/London')).toBe('2026-07-02 00:30');
    expect(csvLocalTime(moment, 'UTC')).toBe('2026-07-01 23:30');
    expect(csvLocalTime(new Date('2026-01-01T00:05:00Z'), 'America/New_York')).toBe('2025-12-31 19:05');
    expect(csvLocalTime(null, 'UTC')).toBeNull();
  });

  it('makes a file name part of any text', () => {
    expect(fileNamePart('Café & bar: 2026!', 'programme')).toBe('cafe-bar-2026');
    expect(fileNamePart('…', 'programme')).toBe('programme');
    expect(fileNamePart('x'.repeat(80), 'p')).toHaveLength(60);
  });
});

describe('the query of an export', () => {
  it('takes nothing, or one programme id', () => {
    expect(exportQuery({})).toEqual({ programmeId: null });
    expect(exportQuery(undefined)).toEqual({ programmeId: null });
    expect(exportQuery({ programmeId: '6F1C2B9E-2F55-4C0E-9A8E-0A6F3D2C1B00' })).toEqual({
      programmeId: '6f1c2b9e-2f55-4c0e-9a8e-0a6f3d2c1b00',
    });
  });

  it('refuses a bad id, a repeated one, and a parameter it does not know, naming it', () => {
    expect(() => exportQuery({ programmeId: 'abc' })).toThrow('Invalid programmeId: must be the id of a programme');
    expect(() => exportQuery({ programmeId: ['a', 'b'] })).toThrow('Invalid programmeId: must be given once');
    expect(() => exportQuery({ programme: 'x' })).toThrow('Invalid programme: is not a parameter of this export; it takes programmeId');
    expect(() => exportQuery({ programmeId: 'x' }, [])).toThrow('Invalid programmeId: is not a parameter of this export, which takes none');
  });
});
