import { createElement as h, type ReactNode } from 'react';
import { loadCharts } from './charts/chart';

/**
 * The print styles every document shares: A4 with margins, a heading kept with what follows it,
 * a table or list kept whole with its heading (`.keep`), and a page break where a document asks
 * for one (`.new-page`). Nothing needs a script to print. On a phone's screen (a page residents
 * open from a link) the sheet loses its margins and each term sits above its answer.
 */
const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
body { margin: 0; }
main { max-width: 178mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
p, ul, ol, table { margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 0.3mm solid #bbb; }
th { border-bottom: 0.5mm solid #333; }
tfoot th, tfoot td { border-top: 0.5mm solid #333; border-bottom: none; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.keep { break-inside: avoid; }
.new-page { break-before: page; }
.meta { color: #444; margin-bottom: 5mm; }
.meta dt { font-weight: bold; float: left; clear: left; width: 38mm; }
.meta dd { margin: 0 0 1mm 40mm; }
.quiet { color: #555; }
table.compact { font-size: 9pt; }
table.compact th, table.compact td { padding: 1.2mm 1.2mm; }
figure.chart { margin: 0 0 3mm; break-inside: avoid; }
.chart svg { display: block; max-width: 100%; height: auto; }
.lines div { border-bottom: 0.3mm solid #999; height: 9mm; }
.printed { color: #555; font-size: 8.5pt; margin: 0 0 3mm; }
@media screen { body { background: #eee; } main { background: #fff; padding: 16mm; margin: 8mm auto; box-shadow: 0 0 2mm #aaa; } }
@media screen and (max-width: 40em) {
  body { background: #fff; } main { padding: 5mm; margin: 0; box-shadow: none; }
  .meta dt { float: none; width: auto; } .meta dd { margin: 0 0 2mm; }
}
`;

/**
 * A section whose heading stays with its table or list on one page; a long one (`keep` false)
 * may break between its parts, each of which keeps itself whole, and never right after its heading.
 */
export function Section({ title, keep = true, children }: { title: string; keep?: boolean; children?: ReactNode }) {
  return h('section', { className: keep ? 'keep' : undefined }, h('h2', null, title), children);
}

/** Parts printed on one page, e.g. the sentence that introduces a chart and the chart. */
export function Together({ children }: { children?: ReactNode }) {
  return h('div', { className: 'keep' }, children);
}

/**
 * A whole document as HTML: the shell (language, title, print styles) around `printed` (when, in
 * which zone, from what) and `body`, rendered
 * by React, which escapes every text it is given, so no stored text can become markup.
 * React's server renderer and ECharts (which the charts in `body` draw with as they render) load
 * with the first document, not at start: about 12 MB the API would otherwise hold all its life.
 */
export async function renderDocument(title: string, body: ReactNode, printed: string): Promise<string> {
  const [{ renderToStaticMarkup }] = await Promise.all([import('react-dom/server'), loadCharts()]);
  const page = h(
    'html',
    { lang: 'en-GB' },
    h(
      'head',
      null,
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, title),
      h('style', { dangerouslySetInnerHTML: { __html: PRINT_CSS } }),
    ),
    // When and how it was printed comes first: at the end it could fall onto a page of its own.
    h('body', null, h('main', null, h('p', { className: 'printed' }, printed), body)),
  );
  return `<!doctype html>\n${renderToStaticMarkup(page)}`;
}

/** Dates as the organisation reads them: in its time zone, named beside the time. */
export class DateWords {
  private readonly dateTime: Intl.DateTimeFormat;
  private readonly time: Intl.DateTimeFormat;
  private readonly date: Intl.DateTimeFormat;

  constructor(readonly timeZone: string) {
    this.dateTime = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' });
    this.time = new Intl.DateTimeFormat('en-GB', { timeZone, timeStyle: 'short' });
    this.date = new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long' });
  }

  /** "Friday 4 December 2026 at 09:30". */
  at(date: Date): string {
    return this.dateTime.format(date);
  }

  /** "4 December 2026": the day in the organisation's zone. */
  day(date: Date): string {
    return this.date.format(date);
  }

  /** A calendar date as stored ("2027-03-31"), which has no zone: read as written. */
  calendarDay(isoDate: string): string {
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
  }

  /** "09:30". */
  clock(date: Date): string {
    return this.time.format(date);
  }

  /** From start to end, the end's date said again only when it differs, with the zone. */
  span(start: Date, end: Date): string {
    const sameDay = this.at(start).split(' at ')[0] === this.at(end).split(' at ')[0];
    return `${this.at(start)} to ${sameDay ? this.clock(end) : this.at(end)} (${this.timeZone})`;
  }
}

/**
 * A printed table: its headings (a `[label, 'number']` heading right-aligns its column) and its
 * rows, cell by cell in the headings' order; `foot` is a totals row, its first cell heading the row.
 */
export function table(
  headings: ReadonlyArray<string | readonly [string, 'number']>,
  rows: ReactNode[][],
  options: { className?: string; foot?: ReactNode[] } = {},
) {
  return h(
    'table',
    { className: options.className },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        headings.map((heading, i) =>
          typeof heading === 'string' ? h('th', { key: i }, heading) : h('th', { key: i, className: 'number' }, heading[0]),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((cells, r) =>
        h(
          'tr',
          { key: r },
          cells.map((cell, c) => h('td', { key: c, className: numeric(c) }, cell)),
        ),
      ),
    ),
    options.foot
      ? h(
          'tfoot',
          null,
          h(
            'tr',
            null,
            options.foot.map((cell, c) => h(c === 0 ? 'th' : 'td', { key: c, className: numeric(c) }, cell)),
          ),
        )
      : null,
  );

  function numeric(column: number): string | undefined {
    return typeof headings[column] === 'string' ? undefined : 'number';
  }
}

/** "1 participant", "3 participants". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** An amount (a decimal string keeps every digit) in its currency, as the organisation's readers write it: "£1,200.00". */
export function money(amount: string | number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount as number);
}
