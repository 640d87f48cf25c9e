import { escapeFormula, unescapeFormula } from '@app/http';
import { COPRODUCTION_FORMS, type CoproductionForm, FORM_KEYS, withParentForms } from '../forms';
import { InitiativeStatus, Motivation, Participation } from '../initiatives/initiative.entity';
import { INITIATIVE_LIMITS } from '../initiatives/initiative.inputs';
import type { NormalisedInitiativeRow } from '../initiatives/initiative-upsert';
import { nameKey as serviceAreaKey } from '../service-areas/service-areas.service';

/**
 * # The initiatives CSV format
 *
 * One initiative a row, under a header row that names the columns. `GET /exports/initiatives.csv`
 * writes it; `POST /imports/initiatives` reads it. UTF-8, comma-separated, RFC 4180 quoting (a
 * cell holding a comma, a quote or a line break is quoted, a quote inside it doubled); a
 * byte-order mark (as Excel's "CSV UTF-8" writes) is accepted; CRLF or LF line ends.
 *
 * Header: the first row. Names are read whatever their case, with spaces or hyphens taken as
 * underscores and a trailing `?` or `*` ignored (`External ref`, `PUBLISHED?` are fine). The
 * columns may come in any order; `name` and `service_area` are required, every other column
 * may be left out. An unknown or repeated column name is an error (so a misspelt column is not
 * silently dropped); a column with an empty header is ignored, as long as its cells are empty.
 *
 * | column            | content                                                                                  |
 * |-------------------|------------------------------------------------------------------------------------------|
 * | external_ref      | your own stable id for the row (≤ 100 characters); re-imports match on it                |
 * | name              | required, ≤ 200 characters                                                               |
 * | description       | free text, line breaks allowed (≤ 10,000 characters)                                     |
 * | service_area      | required: the name of one of the organisation's service areas, whatever the case         |
 * | forms             | forms of coproduction, separated by `;` (or `,`), by name or key: `co-design; co-delivery`, `Co-planning of policy`, `CO_MONITORING`; a sub-form brings its form with it |
 * | participation     | individual, collective or both (empty: collective)                                       |
 * | motivation        | voluntary or compliance (empty: voluntary)                                               |
 * | people_involved   | a whole number from 0 to 100,000,000 (`1,200` is read as 1200); empty: not known          |
 * | public_body_input | what the public body contributes (≤ 2,000 characters); empty means self-organisation (recorded, flagged, not counted as coproduction on the map) |
 * | status            | planned, active or ended (empty: active)                                                 |
 * | contact           | how to reach the initiative (≤ 300 characters; never in the public feed)                 |
 * | published         | yes or no (also true/false, y/n, 1/0); empty: no. Changing it takes a role that may publish |
 *
 * Values are case-insensitive; every value is trimmed (as the app stores it), and line breaks
 * inside description and public_body_input are kept. Rows whose cells are all empty are skipped.
 *
 * Matching, so that a re-import does not duplicate (the rule is `planUpsert` in
 * `initiatives/initiative-upsert.ts`, the one the GraphQL batch capture uses too):
 * 1. a row with an external_ref matches the initiative with that ref (exactly); failing that,
 *    an initiative with the same name and service area that has no ref yet (which takes it);
 * 2. a row without one matches the initiative with the same name (ignoring case and extra
 *    spaces) in the same service area; if several have that name, the only one without a ref;
 * 3. otherwise the row creates an initiative.
 * A matched row whose values are all as stored is `unchanged` and not written. Refused, naming
 * the row: two rows with one ref, two rows that would match or create the same initiative, a
 * name that matches several initiatives (give the row a ref). A column left out of the file
 * leaves that field as it is on an update (its default on a create); an empty cell sets the
 * field to empty or its default, except external_ref: an import never removes a ref.
 *
 * Unknown service areas are refused, not created: the organisation's list drives the map and
 * the Map-it checklist ("initiatives recorded for each active service area"), so a typo must
 * not become a new area. Add the area first (GraphQL `createServiceArea`), then import.
 *
 * Errors name the row and column: `row` is the data row, 1-based, counting every row after the
 * header (empty ones too), so it is the spreadsheet's row number minus one; `line` is the line
 * of the file where the row starts (they differ when cells hold line breaks).
 *
 * Spreadsheet formula injection: on export a cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (after any apostrophes) gets a `'` in front, so a spreadsheet shows it
 * as text rather than running it. The import takes one leading `'` off a cell when the rest
 * of the cell starts with one of those characters (after any further apostrophes): so
 * `'=SUM(A1)` reads as `=SUM(A1)`, `'It's` stays as it is, and every exported cell reads back
 * exactly as it was. The rule is libs/http's (`escapeFormula`, `unescapeFormula` in
 * `csv/csv-writer.ts`), the one every export of the server uses.
 */

export const INITIATIVE_CSV_COLUMNS = [
  'external_ref',
  'name',
  'description',
  'service_area',
  'forms',
  'participation',
  'motivation',
  'people_involved',
  'public_body_input',
  'status',
  'contact',
  'published',
] as const;

export type InitiativeCsvColumn = (typeof INITIATIVE_CSV_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly InitiativeCsvColumn[] = ['name', 'service_area'];

const SERVICE_AREA_MAX = 100;

export const DEFAULT_PARTICIPATION = Participation.COLLECTIVE;
export const DEFAULT_MOTIVATION = Motivation.VOLUNTARY;
export const DEFAULT_STATUS = InitiativeStatus.ACTIVE;

/** A problem with the file: `row` null for the header or the file as a whole. */
export interface CsvProblem {
  row: number | null;
  line: number | null;
  column: string | null;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Header

/** `External ref`, `EXTERNAL-REF`, `external_ref?` → `external_ref`. */
export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[?*]+$/, '')
    .trim()
    .replace(/[\s-]+/g, '_');
}

export interface CsvHeader {
  /** For each column of the file, the field it holds, or null for a column with an empty header. */
  columns: Array<InitiativeCsvColumn | null>;
  present: ReadonlySet<InitiativeCsvColumn>;
}

export function readHeader(fields: readonly string[], line: number): { header?: CsvHeader; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const known = new Set<string>(INITIATIVE_CSV_COLUMNS);
  const present = new Set<InitiativeCsvColumn>();
  const columns = fields.map((cell, index): InitiativeCsvColumn | null => {
    const name = normaliseHeader(unescapeFormula(cell));
    if (!name) return null;
    if (!known.has(name)) {
      problems.push({
        row: null,
        line,
        column: cell,
        message: `is not a column of this format (column ${index + 1}); the columns are ${INITIATIVE_CSV_COLUMNS.join(', ')}`,
      });
      return null;
    }
    const column = name as InitiativeCsvColumn;
    if (present.has(column)) problems.push({ row: null, line, column, message: `appears twice in the header (column ${index + 1})` });
    present.add(column);
    return column;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (missing.length) {
    problems.push({
      row: null,
      line,
      column: missing.join(', '),
      message: `${missing.length === 1 ? 'is a required column' : 'are required columns'}: the first row must be a header naming the columns (${INITIATIVE_CSV_COLUMNS.join(', ')})`,
    });
  }
  return problems.length ? { problems } : { header: { columns, present }, problems };
}

// ---------------------------------------------------------------------------------------------
// Rows

/** A row read and checked, ready for `InitiativesService.upsertMany`, with where it came from. */
export interface InitiativeCsvRow extends NormalisedInitiativeRow {
  row: number;
  line: number;
  serviceAreaId: string;
}

export interface ServiceAreaRef {
  id: string;
  name: string;
}

/** Letters only, lower case: "Co-design", "co_design", "CO DESIGN" → "codesign". */
function letters(value: string): string {
  return value.toLowerCase().replace(/[^a-z]/g, '');
}

const FORM_ALIASES = new Map<string, CoproductionForm>(
  FORM_KEYS.flatMap((key) => [
    [letters(key), key],
    [letters(COPRODUCTION_FORMS[key].label), key],
  ]),
);

/** How forms are written on export: `co-design; co-delivery`, in the catalogue's order. */
export function formatForms(forms: readonly CoproductionForm[]): string {
  return withParentForms(forms)
    .map((key) => key.toLowerCase().replaceAll('_', '-'))
    .join('; ');
}

function readEnum<T extends string>(cell: string, values: Record<string, T>): T | undefined {
  const wanted = letters(cell);
  return Object.values(values).find((v) => letters(v) === wanted);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

export interface RowContext {
  /** The organisation's service areas by name key (`nameKey` of the service areas). */
  serviceAreas: ReadonlyMap<string, ServiceAreaRef>;
}

/**
 * Reads one data row against the header. Returns the row ready to write, or every problem with
 * it (a row is checked whole, so one pass names all that is wrong in it).
 */
export function readRow(
  fields: readonly string[],
  header: CsvHeader,
  position: { row: number; line: number },
  context: RowContext,
): { value?: InitiativeCsvRow; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const problem = (column: string | null, message: string) => problems.push({ row: position.row, line: position.line, column, message });

  const cells = new Map<InitiativeCsvColumn, string>();
  fields.forEach((raw, index) => {
    const column = header.columns[index];
    if (column === undefined) {
      if (raw.trim()) problem(null, `has ${fields.length} cells but the header names ${header.columns.length} columns`);
      return;
    }
    if (column === null) {
      if (raw.trim()) problem(`column ${index + 1}`, 'has a value, but its column has no name in the header');
      return;
    }
    cells.set(column, unescapeFormula(raw));
  });
  const has = (c: InitiativeCsvColumn) => header.present.has(c);
  const text = (c: InitiativeCsvColumn) => (cells.get(c) ?? '').trim();
  const longerThan = (c: InitiativeCsvColumn, value: string, max: number) => {
    if (value.length <= max) return false;
    problem(c, `is ${value.length} characters long; at most ${max}`);
    return true;
  };

  const out: Partial<InitiativeCsvRow> & Record<string, unknown> = { row: position.row, line: position.line };

  const externalRef = text('external_ref');
  if (!longerThan('external_ref', externalRef, INITIATIVE_LIMITS.externalRef)) out.externalRef = externalRef || null;

  const name = text('name');
  if (!name) problem('name', 'is required');
  else if (!longerThan('name', name, INITIATIVE_LIMITS.name)) out.name = name;

  const areaName = text('service_area');
  if (!areaName) problem('service_area', 'is required');
  else {
    const area = context.serviceAreas.get(serviceAreaKey(areaName));
    if (area) out.serviceAreaId = area.id;
    else {
      const known = [...context.serviceAreas.values()].map((a) => a.name);
      const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}, …` : known.join(', ');
      problem(
        'service_area',
        `"${areaName.slice(0, SERVICE_AREA_MAX)}" is not one of the organisation's service areas (${list || 'none yet'}); add it first, then import`,
      );
    }
  }

  if (has('description')) {
    const description = cells.get('description') ?? '';
    if (!longerThan('description', description.trim(), INITIATIVE_LIMITS.description)) out.description = description;
  }
  if (has('public_body_input')) {
    const input = cells.get('public_body_input') ?? '';
    if (!longerThan('public_body_input', input.trim(), INITIATIVE_LIMITS.publicBodyInput)) out.publicBodyInput = input;
  }
  if (has('contact')) {
    const contact = text('contact');
    if (!longerThan('contact', contact, INITIATIVE_LIMITS.contact)) out.contact = contact;
  }

  if (has('forms')) {
    const forms: CoproductionForm[] = [];
    const unknown: string[] = [];
    for (const item of text('forms').split(/[;,]/)) {
      if (!item.trim()) continue;
      const form = FORM_ALIASES.get(letters(item));
      if (form) forms.push(form);
      else unknown.push(item.trim());
    }
    if (unknown.length) {
      problem(
        'forms',
        `${unknown.map((u) => `"${u.slice(0, 60)}"`).join(', ')} ${unknown.length === 1 ? 'is not a form' : 'are not forms'} of coproduction; use ${FORM_KEYS.map((k) => k.toLowerCase().replaceAll('_', '-')).join(', ')}`,
      );
    } else out.forms = withParentForms(forms);
  }

  const enumColumn = <T extends string>(column: InitiativeCsvColumn, values: Record<string, T>, fallback: T): T | undefined => {
    if (!has(column)) return undefined;
    const cell = text(column);
    if (!cell) return fallback;
    const value = readEnum(cell, values);
    if (!value)
      problem(
        column,
        `"${cell.slice(0, 60)}" is not one of ${Object.values(values)
          .map((v) => v.toLowerCase())
          .join(', ')}`,
      );
    return value;
  };
  out.participation = enumColumn('participation', Participation, DEFAULT_PARTICIPATION);
  out.motivation = enumColumn('motivation', Motivation, DEFAULT_MOTIVATION);
  out.status = enumColumn('status', InitiativeStatus, DEFAULT_STATUS);

  if (has('people_involved')) {
    const cell = text('people_involved');
    if (!cell) out.peopleInvolved = null;
    else if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(cell)) problem('people_involved', `"${cell.slice(0, 60)}" is not a whole number of people`);
    else {
      const count = Number(cell.replaceAll(',', ''));
      if (count > INITIATIVE_LIMITS.peopleInvolved)
        problem('people_involved', `is more than ${INITIATIVE_LIMITS.peopleInvolved.toLocaleString('en-GB')}`);
      else out.peopleInvolved = count;
    }
  }

  if (has('published')) {
    const cell = text('published').toLowerCase();
    if (YES.has(cell)) out.published = true;
    else if (NO.has(cell)) out.published = false;
    else problem('published', `"${cell.slice(0, 60)}" is not yes or no`);
  }

  return problems.length ? { problems } : { value: out as InitiativeCsvRow, problems };
}

/** True when every cell of a record is empty (such rows are skipped). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((f) => !f.trim());
}

// ---------------------------------------------------------------------------------------------
// Export

export interface InitiativeForExport {
  externalRef: string | null;
  name: string;
  description: string;
  serviceAreaName: string;
  forms: readonly CoproductionForm[];
  participation: Participation;
  motivation: Motivation;
  peopleInvolved: number | null;
  publicBodyInput: string;
  status: InitiativeStatus;
  contact: string;
  published: boolean;
}

/** One initiative's cells in `INITIATIVE_CSV_COLUMNS` order, escaped against formula injection. */
export function exportCells(i: InitiativeForExport): string[] {
  return [
    i.externalRef ?? '',
    i.name,
    i.description,
    i.serviceAreaName,
    formatForms(i.forms),
    i.participation.toLowerCase(),
    i.motivation.toLowerCase(),
    i.peopleInvolved === null ? '' : String(i.peopleInvolved),
    i.publicBodyInput,
    i.status.toLowerCase(),
    i.contact,
    i.published ? 'yes' : 'no',
  ].map(escapeFormula);
}
