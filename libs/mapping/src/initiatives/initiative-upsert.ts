import type { FieldProblem } from '@app/common';
import { type CoproductionForm, FORM_KEYS, isCoproductionForm, withParentForms } from '../forms';
import { nameKey } from '../service-areas/service-areas.service';
import { InitiativeStatus, Motivation, Participation } from './initiative.entity';
import { INITIATIVE_LIMITS } from './initiative.inputs';

/**
 * One initiative as an import hands it over (the CSV helper parses cells into these), before it
 * is checked against the organisation. `undefined` means "not given": a new initiative takes
 * the default, an existing one keeps its value. `null` clears the nullable fields
 * (`peopleInvolved`, `programmeId`). An import never removes an external ref: a row without one
 * keeps the matched initiative's.
 */
export interface NormalisedInitiativeRow {
  /** A stable key from the spreadsheet, unique in the organisation; compared exactly (after trimming). */
  externalRef?: string | null;
  name: string;
  description?: string;
  /** The service area by id, or … */
  serviceAreaId?: string;
  /** … by name, compared ignoring case and extra spaces. One of the two is required; the id wins if both are given. */
  serviceAreaName?: string;
  /** Forms and sub-forms (the keys of COPRODUCTION_FORMS); a sub-form brings its form. */
  forms?: readonly string[];
  participation?: string;
  motivation?: string;
  peopleInvolved?: number | null;
  /** Blank means self-organisation. */
  publicBodyInput?: string;
  status?: string;
  contact?: string;
  /** Setting it, or changing a published initiative, needs DECIDE_AND_PUBLISH. */
  published?: boolean;
  programmeId?: string | null;
}

export type RowField = keyof NormalisedInitiativeRow | 'row';

/** How a problem names the place in the input, e.g. `rows[3].serviceAreaName` (the default) or "row 5, column service_area". */
export type RowFieldNamer = (index: number, field: RowField) => string;

export const defaultRowField: RowFieldNamer = (index, field) => (field === 'row' ? `rows[${index}]` : `rows[${index}].${field}`);

/** The stored values of an initiative that an import can set. */
export interface InitiativeValues {
  name: string;
  description: string;
  serviceAreaId: string;
  forms: CoproductionForm[];
  participation: Participation;
  motivation: Motivation;
  peopleInvolved: number | null;
  publicBodyInput: string;
  status: InitiativeStatus;
  contact: string;
  published: boolean;
  externalRef: string | null;
  programmeId: string | null;
}

export interface ExistingInitiative extends InitiativeValues {
  id: string;
  version: number;
}

export const NEW_INITIATIVE_DEFAULTS = {
  description: '',
  forms: [] as CoproductionForm[],
  participation: Participation.COLLECTIVE,
  motivation: Motivation.VOLUNTARY,
  peopleInvolved: null,
  publicBodyInput: '',
  status: InitiativeStatus.ACTIVE,
  contact: '',
  published: false,
  externalRef: null,
  programmeId: null,
} satisfies Omit<InitiativeValues, 'name' | 'serviceAreaId'>;

export type PlannedRow =
  | { kind: 'create'; index: number; values: InitiativeValues }
  | { kind: 'update'; index: number; existing: ExistingInitiative; values: InitiativeValues }
  | { kind: 'unchanged'; index: number; existing: ExistingInitiative };

const STATUSES = Object.values(InitiativeStatus) as string[];
const PARTICIPATIONS = Object.values(Participation) as string[];
const MOTIVATIONS = Object.values(Motivation) as string[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What is wrong with a row on its own, before it meets the organisation's records. */
export function checkRow(row: NormalisedInitiativeRow, index: number, fieldOf: RowFieldNamer): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: RowField, message: string) => problems.push({ field: fieldOf(index, field), message });
  const text = (field: 'description' | 'publicBodyInput' | 'contact', max: number) => {
    const value = row[field];
    if (value === undefined) return;
    if (typeof value !== 'string') problem(field, 'must be text');
    else if (value.trim().length > max) problem(field, `must be at most ${max.toLocaleString('en-GB')} characters long`);
  };

  if (typeof row.name !== 'string' || !row.name.trim()) problem('name', 'must not be blank');
  else if (row.name.trim().length > INITIATIVE_LIMITS.name) problem('name', `must be 1 to ${INITIATIVE_LIMITS.name} characters long`);
  text('description', INITIATIVE_LIMITS.description);
  text('publicBodyInput', INITIATIVE_LIMITS.publicBodyInput);
  text('contact', INITIATIVE_LIMITS.contact);
  if (row.externalRef !== undefined && row.externalRef !== null) {
    if (typeof row.externalRef !== 'string') problem('externalRef', 'must be text');
    else if (row.externalRef.trim().length > INITIATIVE_LIMITS.externalRef)
      problem('externalRef', `must be at most ${INITIATIVE_LIMITS.externalRef} characters long`);
  }
  if (row.serviceAreaId !== undefined) {
    if (typeof row.serviceAreaId !== 'string' || !UUID.test(row.serviceAreaId)) problem('serviceAreaId', 'must be a service area id');
  } else if (typeof row.serviceAreaName !== 'string' || !row.serviceAreaName.trim()) {
    problem('serviceAreaName', 'must name a service area');
  }
  if (row.forms !== undefined) {
    const unknown = Array.isArray(row.forms) ? row.forms.filter((f) => typeof f !== 'string' || !isCoproductionForm(f)) : null;
    if (!unknown) problem('forms', 'must be a list of forms');
    else if (unknown.length) problem('forms', `has ${unknown.map((f) => JSON.stringify(f)).join(', ')}, not among ${FORM_KEYS.join(', ')}`);
  }
  if (row.participation !== undefined && !PARTICIPATIONS.includes(row.participation))
    problem('participation', `must be one of ${PARTICIPATIONS.join(', ')}`);
  if (row.motivation !== undefined && !MOTIVATIONS.includes(row.motivation))
    problem('motivation', `must be one of ${MOTIVATIONS.join(', ')}`);
  if (row.status !== undefined && !STATUSES.includes(row.status)) problem('status', `must be one of ${STATUSES.join(', ')}`);
  if (row.peopleInvolved !== undefined && row.peopleInvolved !== null) {
    if (!Number.isInteger(row.peopleInvolved) || row.peopleInvolved < 0 || row.peopleInvolved > INITIATIVE_LIMITS.peopleInvolved) {
      problem('peopleInvolved', `must be a whole number from 0 to ${INITIATIVE_LIMITS.peopleInvolved.toLocaleString('en-GB')}`);
    }
  }
  if (row.published !== undefined && typeof row.published !== 'boolean') problem('published', 'must be true or false');
  if (row.programmeId !== undefined && row.programmeId !== null && (typeof row.programmeId !== 'string' || !UUID.test(row.programmeId))) {
    problem('programmeId', 'must be a programme id');
  }
  return problems;
}

/** The values a checked row gives, over `base` (the matched initiative) or the defaults. */
export function valuesOf(row: NormalisedInitiativeRow, serviceAreaId: string, base: InitiativeValues | null): InitiativeValues {
  const from = base ?? { ...NEW_INITIATIVE_DEFAULTS, name: '', serviceAreaId };
  const given = <K extends keyof InitiativeValues>(key: K, value: InitiativeValues[K] | undefined): InitiativeValues[K] =>
    value === undefined ? from[key] : value;
  const ref = row.externalRef?.trim();
  return {
    name: row.name.trim(),
    description: given('description', row.description?.trim()),
    serviceAreaId,
    forms: row.forms === undefined ? from.forms : withParentForms(row.forms as CoproductionForm[]),
    participation: given('participation', row.participation as Participation | undefined),
    motivation: given('motivation', row.motivation as Motivation | undefined),
    peopleInvolved: given('peopleInvolved', row.peopleInvolved),
    publicBodyInput: given('publicBodyInput', row.publicBodyInput?.trim()),
    status: given('status', row.status as InitiativeStatus | undefined),
    contact: given('contact', row.contact?.trim()),
    published: given('published', row.published),
    externalRef: ref ? ref : from.externalRef,
    programmeId: given('programmeId', row.programmeId),
  };
}

export function sameValues(a: InitiativeValues, b: InitiativeValues): boolean {
  return (
    a.name === b.name &&
    a.description === b.description &&
    a.serviceAreaId === b.serviceAreaId &&
    a.forms.join() === b.forms.join() &&
    a.participation === b.participation &&
    a.motivation === b.motivation &&
    a.peopleInvolved === b.peopleInvolved &&
    a.publicBodyInput === b.publicBodyInput &&
    a.status === b.status &&
    a.contact === b.contact &&
    a.published === b.published &&
    a.externalRef === b.externalRef &&
    a.programmeId === b.programmeId
  );
}

/** A problem with the index of the row it is in, so that problems can be listed in row order. */
export interface RowProblem extends FieldProblem {
  index: number;
}

/** A checked row with its service area resolved to an id. */
export interface ResolvedRow {
  index: number;
  row: NormalisedInitiativeRow;
  serviceAreaId: string;
}

/** What matching needs of an existing initiative; the rest of it is read only for the rows that match it. */
export type ExistingKey = Pick<ExistingInitiative, 'id' | 'name' | 'serviceAreaId' | 'externalRef'>;

/** A row matched to the initiative it updates or leaves as it is, or to none (it creates one). */
export interface MatchedRow {
  row: ResolvedRow;
  existing: ExistingKey | null;
}

/**
 * Decides, for each row, whether it creates an initiative, updates one or leaves one as it is,
 * so that importing the same rows again never duplicates them:
 * 1. a row with an external ref matches the initiative with that ref (exactly, after trimming);
 *    failing that, an initiative with the same name and service area that has no ref yet (it
 *    takes the row's ref);
 * 2. a row without one matches the initiative with the same name (ignoring case and extra
 *    spaces) in the same service area; if several have that name, the only one without a ref;
 * 3. otherwise the row creates an initiative.
 * Refused, naming the row: two rows with the same ref, two rows that would match or create the
 * same initiative, and a row whose name matches several initiatives (give it a ref).
 *
 * Rows come a chunk at a time (`match`), in order: what earlier chunks claimed is remembered, by
 * key only, so an import holds the keys of all its rows but the values of one chunk.
 */
export class UpsertMatcher {
  private readonly byRef = new Map<string, ExistingKey>();
  private readonly byName = new Map<string, ExistingKey[]>();
  private readonly refRows = new Map<string, number>();
  private readonly claimed = new Map<string, number>(); // existing id → the row that matched it
  private readonly creating = new Map<string, { index: number; hasRef: boolean }>(); // name+area of rows that create

  constructor(
    existing: readonly ExistingKey[],
    private readonly fieldOf: RowFieldNamer,
  ) {
    for (const e of existing) {
      if (e.externalRef !== null) this.byRef.set(e.externalRef, e);
      const key = nameAreaKey(e.name, e.serviceAreaId);
      const named = this.byName.get(key);
      if (named) named.push(e);
      else this.byName.set(key, [e]);
    }
  }

  match(rows: readonly ResolvedRow[]): { matched: MatchedRow[]; problems: RowProblem[] } {
    const { fieldOf } = this;
    const matched: MatchedRow[] = [];
    const problems: RowProblem[] = [];
    for (const resolved of rows) {
      const { index, row, serviceAreaId } = resolved;
      const ref = row.externalRef?.trim() || null;
      const key = nameAreaKey(row.name, serviceAreaId);
      if (ref !== null) {
        const earlier = this.refRows.get(ref);
        if (earlier !== undefined) {
          problems.push({ index, field: fieldOf(index, 'externalRef'), message: `repeats the external ref of ${fieldOf(earlier, 'row')}` });
          continue;
        }
        this.refRows.set(ref, index);
      }

      let match: ExistingKey | undefined;
      if (ref !== null) match = this.byRef.get(ref);
      if (!match) {
        const named = this.byName.get(key) ?? [];
        const candidates =
          ref !== null
            ? named.filter((e) => e.externalRef === null)
            : named.length > 1
              ? named.filter((e) => e.externalRef === null)
              : named;
        if (candidates.length === 1) match = candidates[0];
        else if (candidates.length > 1 || (ref === null && named.length > 1)) {
          problems.push({
            index,
            field: fieldOf(index, 'name'),
            message: `matches ${named.length} initiatives with this name in this service area: give the row an external ref to say which`,
          });
          continue;
        }
      }

      if (match) {
        const other = this.claimed.get(match.id);
        if (other !== undefined) {
          problems.push({ index, field: fieldOf(index, 'row'), message: `matches the same initiative as ${fieldOf(other, 'row')}` });
          continue;
        }
        this.claimed.set(match.id, index);
        matched.push({ row: resolved, existing: match });
        continue;
      }

      // Two new rows with one name and area stay apart on a re-import only if both carry a ref.
      const twin = this.creating.get(key);
      if (twin && (!twin.hasRef || ref === null)) {
        problems.push({
          index,
          field: fieldOf(index, 'name'),
          message: `repeats the name and service area of ${fieldOf(twin.index, 'row')}: give both rows an external ref to keep both`,
        });
        continue;
      }
      this.creating.set(key, { index, hasRef: ref !== null });
      matched.push({ row: resolved, existing: null });
    }
    return { matched, problems };
  }
}

/** What each matched row does, given the whole of the initiatives it matched (by id). */
export function planMatched(matched: readonly MatchedRow[], full: ReadonlyMap<string, ExistingInitiative>): PlannedRow[] {
  return matched.map(({ row: { index, row, serviceAreaId }, existing }): PlannedRow => {
    if (!existing) return { kind: 'create', index, values: valuesOf(row, serviceAreaId, null) };
    const match = full.get(existing.id);
    if (!match) throw new Error(`initiative ${existing.id} was matched but not read`);
    const values = valuesOf(row, serviceAreaId, match);
    return sameValues(values, match) ? { kind: 'unchanged', index, existing: match } : { kind: 'update', index, existing: match, values };
  });
}

/** `UpsertMatcher` and `planMatched` over rows all at once. */
export function planUpsert(
  rows: readonly ResolvedRow[],
  existing: readonly ExistingInitiative[],
  fieldOf: RowFieldNamer,
): { plan: PlannedRow[]; problems: RowProblem[] } {
  const { matched, problems } = new UpsertMatcher(existing, fieldOf).match(rows);
  return { plan: planMatched(matched, new Map(existing.map((e) => [e.id, e]))), problems };
}

function nameAreaKey(name: string, serviceAreaId: string): string {
  return `${serviceAreaId}:${nameKey(name)}`;
}

/** Whether the planned write publishes, unpublishes or changes a published initiative (DECIDE_AND_PUBLISH). */
export function touchesPublished(planned: PlannedRow): boolean {
  if (planned.kind === 'create') return planned.values.published;
  if (planned.kind === 'update') return planned.existing.published || planned.values.published;
  return false;
}
