import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Action, BadInputError, can, ConflictError, ForbiddenError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { ProgrammesService } from '@app/programmes';
import type { EntityManager } from 'typeorm';
import type { CoproductionForm } from '../forms';
import { isUniqueViolation, nameKey, ServiceAreasService } from '../service-areas/service-areas.service';
import type { InitiativeStatus, Motivation, Participation } from './initiative.entity';
import {
  checkRow,
  defaultRowField,
  type ExistingInitiative,
  type ExistingKey,
  type InitiativeValues,
  type NormalisedInitiativeRow,
  planMatched,
  type ResolvedRow,
  type RowField,
  type RowFieldNamer,
  type RowProblem,
  touchesPublished,
  UpsertMatcher,
} from './initiative-upsert';

export interface UpsertOptions {
  /** Names a row's field in problems; `rows[3].serviceAreaName` by default. */
  fieldOf?: RowFieldNamer;
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface UpsertResult extends UpsertCounts {
  /** Each row's initiative, in the order of the rows. */
  initiativeIds: string[];
}

/** An initiative as an export writes it: every stored field, with its service area's name. */
export interface InitiativeExportRow {
  id: string;
  externalRef: string | null;
  name: string;
  description: string;
  serviceAreaId: string;
  serviceAreaName: string;
  forms: CoproductionForm[];
  participation: Participation;
  motivation: Motivation;
  peopleInvolved: number | null;
  publicBodyInput: string;
  status: InitiativeStatus;
  contact: string;
  published: boolean;
  programmeId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Rows per chunk: checked, matched and written together (one INSERT and one UPDATE, each column
 * one array parameter, so the size is about memory, not parameter counts).
 */
export const UPSERT_CHUNK = 2000;

/** The rows of `unnest` over the column arrays `columnArrays` makes, from parameter $<first> on. */
function unnestRows(first: number): string {
  const types = ['uuid', 'int', 'uuid', 'text', 'text', 'uuid', 'text', 'text', 'text', 'int', 'text', 'text', 'text', 'boolean', 'text'];
  return `unnest(${types.map((t, i) => `$${first + i}::${t}[]`).join(', ')})
    AS r(id, version, programme_id, name, description, service_area_id, forms, participation, motivation, people_involved,
         public_body_input, status, contact, published, external_ref)`;
}

const EXISTING_COLUMNS = `id, version, name, description, service_area_id AS "serviceAreaId", forms, participation, motivation,
  people_involved AS "peopleInvolved", public_body_input AS "publicBodyInput", status, contact, published,
  external_ref AS "externalRef", programme_id AS "programmeId"`;

const EXPORT_COLUMNS = `i.id, i.external_ref AS "externalRef", i.name, i.description, i.service_area_id AS "serviceAreaId",
  sa.name AS "serviceAreaName", i.forms, i.participation, i.motivation, i.people_involved AS "peopleInvolved",
  i.public_body_input AS "publicBodyInput", i.status, i.contact, i.published, i.programme_id AS "programmeId", i.version,
  i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;

/** Imports (set-based, whatever the number of rows) and exports (a page at a time) of initiatives. */
@Injectable()
export class InitiativeBulkService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly areas: ServiceAreasService,
    private readonly programmes: ProgrammesService,
  ) {}

  /**
   * Creates, updates or leaves as it is the initiative of each row, in one transaction: every
   * row is checked first and any problem refuses them all (BAD_USER_INPUT listing every
   * problem in row order, each naming its field through `fieldOf`). Matching (so that a
   * re-import never duplicates) is `planUpsert`'s: external ref, else name + service area.
   * A row that would publish, unpublish or change a published initiative needs
   * DECIDE_AND_PUBLISH (FORBIDDEN otherwise, naming the rows). Imports of one organisation
   * take turns (an advisory lock), so two imports of the same new rows cannot both create them.
   * History: one INITIATIVES_IMPORTED event per programme touched (or for the organisation),
   * with the counts; nothing when nothing changed.
   */
  async upsertMany(ctx: RequestContext, rows: readonly NormalisedInitiativeRow[], options: UpsertOptions = {}): Promise<UpsertResult> {
    if (!rows.length) return { created: 0, updated: 0, unchanged: 0, initiativeIds: [] };
    const chunks: Array<readonly NormalisedInitiativeRow[]> = [];
    for (let start = 0; start < rows.length; start += UPSERT_CHUNK) chunks.push(rows.slice(start, start + UPSERT_CHUNK));
    const initiativeIds: string[] = [];
    const counts = await this.upsertChunks(ctx, chunks, options, (ids) => initiativeIds.push(...ids));
    return { ...counts, initiativeIds };
  }

  /**
   * `upsertMany` for rows that come a chunk at a time, in order (an import read back from disk),
   * with the same contract: a row's index counts across chunks. Each chunk is checked, matched
   * and written in turn, while the next is read and checked; once a problem turns up nothing
   * more is written but every row is still checked, and the transaction rolls back. What stays
   * in memory is one chunk's rows, the keys matching needs (every row's ref and name, the
   * organisation's initiatives' ids, names and refs) and the problems. `onIds` gets each
   * chunk's initiatives, in the order of its rows.
   */
  async upsertChunks(
    ctx: RequestContext,
    chunks: AsyncIterable<readonly NormalisedInitiativeRow[]> | Iterable<readonly NormalisedInitiativeRow[]>,
    options: UpsertOptions = {},
    onIds?: (ids: string[]) => void,
  ): Promise<UpsertCounts> {
    const fieldOf = options.fieldOf ?? defaultRowField;
    return this.db.transaction(ctx, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('coprod:initiative-import'), hashtext($1))`, [ctx.tenantId]);
      // Every area of the organisation (a short list), so that rows naming one by id or by name need no query.
      const areasByName = await this.areas.idsByName(ctx);
      const ownAreas = new Set(areasByName.values());
      const existing = await this.db.query<ExistingKey>(
        ctx,
        `SELECT id, name, service_area_id AS "serviceAreaId", external_ref AS "externalRef" FROM initiative
          WHERE organisation_id = $1 ORDER BY created_at, id FOR UPDATE`,
        [ctx.tenantId],
      );
      const matcher = new UpsertMatcher(existing, fieldOf);
      const mayPublish = !!ctx.role && can(ctx.role, Action.DECIDE_AND_PUBLISH);
      const publishing: string[] = [];
      let publishingCount = 0;
      const problems: RowProblem[] = [];
      const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
      const byProgramme = new Map<string | null, { created: number; updated: number }>();
      // At most one chunk's writes in flight; a failure is the answer once awaited, never an unhandled rejection meanwhile.
      let writing: Promise<unknown> = Promise.resolve();
      let offset = 0;

      for await (const chunk of chunks) {
        const base = offset;
        offset += chunk.length;
        const resolved = await this.resolve(ctx, chunk, base, fieldOf, { ownAreas, areasByName }, problems, () => writing);
        const matched = matcher.match(resolved);
        problems.push(...matched.problems);
        if (problems.length) continue; // refused: the rest is only checked

        const matchedIds = matched.matched.flatMap((m) => (m.existing ? [m.existing.id] : []));
        let full = new Map<string, ExistingInitiative>();
        if (matchedIds.length) {
          await writing; // a failed write aborts the transaction: say why, not that it is aborted
          const rows = await this.db.query<ExistingInitiative>(
            ctx,
            `SELECT ${EXISTING_COLUMNS} FROM initiative WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
            [ctx.tenantId, matchedIds],
          );
          full = new Map(rows.map((e) => [e.id, e]));
        }
        const plan = planMatched(matched.matched, full);
        for (const p of plan) {
          if (!touchesPublished(p)) continue;
          publishingCount++;
          if (publishing.length < 5) publishing.push(fieldOf(p.index, 'row'));
        }
        if (publishingCount && !mayPublish) continue;

        const ids: string[] = [];
        const creates: WriteRecord[] = [];
        const updates: WriteRecord[] = [];
        for (const p of plan) {
          if (p.kind === 'unchanged') {
            counts.unchanged++;
            ids.push(p.existing.id);
            continue;
          }
          const record =
            p.kind === 'create'
              ? { id: randomUUID(), version: 1, values: p.values }
              : { id: p.existing.id, version: p.existing.version, values: p.values };
          ids.push(record.id);
          (p.kind === 'create' ? creates : updates).push(record);
          const group = byProgramme.get(p.values.programmeId) ?? { created: 0, updated: 0 };
          group[p.kind === 'create' ? 'created' : 'updated']++;
          byProgramme.set(p.values.programmeId, group);
        }
        counts.created += creates.length;
        counts.updated += updates.length;
        onIds?.(ids);
        await writing;
        writing = Promise.all([this.insert(em, ctx, creates), this.update(em, ctx, updates)]);
        writing.catch(() => undefined);
      }
      await writing;

      if (problems.length)
        throw new BadInputError(problems.sort((a, b) => a.index - b.index).map(({ field, message }) => ({ field, message })));
      if (publishingCount && !mayPublish) {
        const more = publishingCount > publishing.length ? ` and ${publishingCount - publishing.length} more` : '';
        throw new ForbiddenError(
          `Your role (${ctx.role ?? 'none'}) may not publish initiatives or change published ones, as ${publishing.join(', ')}${more} would: that takes ADMIN or PROGRAMME_MANAGER`,
        );
      }
      await this.recordImport(ctx, byProgramme);
      return counts;
    });
  }

  /**
   * Every initiative of the organisation (or of one programme), by service area (in the
   * areas' order) and then by name, read `pageSize` at a time by keyset, so a large export
   * never holds them all: write each row as it comes. No page holds the embedded database's
   * lock while the caller writes.
   */
  async *findForExport(
    ctx: RequestContext,
    options: { programmeId?: string; pageSize?: number } = {},
  ): AsyncGenerator<InitiativeExportRow> {
    const pageSize = Math.max(1, Math.min(options.pageSize ?? 500, 5000));
    let after: [number, string, string, string] | null = null;
    for (;;) {
      const page: Array<InitiativeExportRow & { sortKey: [number, string, string] }> = await this.db.query(
        ctx,
        `SELECT ${EXPORT_COLUMNS}, json_build_array(sa.position, sa.name_key, lower(i.name)) AS "sortKey"
           FROM initiative i JOIN service_area sa ON sa.id = i.service_area_id
          WHERE i.organisation_id = $1 AND ($2::uuid IS NULL OR i.programme_id = $2::uuid)
            AND ($3::int IS NULL OR (sa.position, sa.name_key, lower(i.name), i.id) > ($3::int, $4::text, $5::text, $6::uuid))
          ORDER BY sa.position, sa.name_key, lower(i.name), i.id LIMIT ${pageSize}`,
        [ctx.tenantId, options.programmeId ?? null, ...(after ?? [null, null, null, null])],
      );
      for (const { sortKey: _, ...row } of page) yield row;
      if (page.length < pageSize) return;
      const last = page[page.length - 1];
      after = [...last.sortKey, last.id];
    }
  }

  /**
   * Checks each row of a chunk (its first at `base`), then resolves service areas (by id or
   * name) and programmes against the organisation's; problems go into `problems`.
   */
  private async resolve(
    ctx: RequestContext,
    rows: readonly NormalisedInitiativeRow[],
    base: number,
    fieldOf: RowFieldNamer,
    areas: { ownAreas: ReadonlySet<string>; areasByName: ReadonlyMap<string, string> },
    problems: RowProblem[],
    writing: () => Promise<unknown>,
  ): Promise<ResolvedRow[]> {
    // Every row is resolved as far as its own fields allow, so that one pass reports every problem.
    const checked = rows.map((row, at) => {
      const index = base + at;
      const own = checkRow(row, index, fieldOf);
      if (!own.length) return { row, index, ok: true, areaUsable: true, programmeUsable: true };
      for (const p of own) problems.push({ ...p, index });
      const bad = new Set(own.map((p) => p.field));
      const usable = (field: RowField) => !bad.has(fieldOf(index, field));
      return {
        row,
        index,
        ok: false,
        areaUsable: usable('serviceAreaId') && usable('serviceAreaName'),
        programmeUsable: usable('programmeId'),
      };
    });
    const programmeIds = checked.flatMap((c) => (c.programmeUsable && c.row.programmeId ? [c.row.programmeId] : []));
    let programmes = new Set<string>();
    if (programmeIds.length) {
      await writing(); // a failed write aborts the transaction: say why, not that it is aborted
      programmes = await this.programmes.ownIds(ctx, programmeIds);
    }

    const resolved: ResolvedRow[] = [];
    for (const { row, index, ok, areaUsable, programmeUsable } of checked) {
      const before = problems.length;
      let serviceAreaId: string | undefined;
      if (!areaUsable) {
        // already reported
      } else if (row.serviceAreaId !== undefined) {
        serviceAreaId = row.serviceAreaId;
        if (!areas.ownAreas.has(serviceAreaId))
          problems.push({ index, field: fieldOf(index, 'serviceAreaId'), message: "is not one of this organisation's service areas" });
      } else {
        serviceAreaId = areas.areasByName.get(nameKey(row.serviceAreaName!));
        if (!serviceAreaId)
          problems.push({
            index,
            field: fieldOf(index, 'serviceAreaName'),
            message: 'is not a service area of this organisation (add it first, or use one of its own)',
          });
      }
      if (programmeUsable && row.programmeId && !programmes.has(row.programmeId))
        problems.push({ index, field: fieldOf(index, 'programmeId'), message: 'is not a programme of this organisation' });
      if (ok && problems.length === before) resolved.push({ index, row, serviceAreaId: serviceAreaId! });
    }
    return resolved;
  }

  private async insert(em: EntityManager, ctx: RequestContext, records: readonly WriteRecord[]): Promise<void> {
    if (!records.length) return;
    try {
      await em.query(
        `INSERT INTO initiative (id, organisation_id, programme_id, name, description, service_area_id, forms, participation, motivation,
                                 people_involved, public_body_input, status, contact, published, external_ref, created_by, version)
         SELECT r.id, $1, r.programme_id, r.name, r.description, r.service_area_id, r.forms::text[], r.participation, r.motivation,
                r.people_involved, r.public_body_input, r.status, r.contact, r.published, r.external_ref, $2::uuid, 1
           FROM ${unnestRows(3)}`,
        [ctx.tenantId, ctx.userIdOrNull, ...columnArrays(records)],
      );
    } catch (error) {
      // Only a hand-recorded initiative that took one of the refs while the import ran gets here.
      if (isUniqueViolation(error))
        throw new ConflictError(
          'Initiative',
          undefined,
          'An initiative with one of these external refs was recorded while the import ran; nothing was written: import again',
        );
      throw error;
    }
  }

  private async update(em: EntityManager, ctx: RequestContext, records: readonly WriteRecord[]): Promise<void> {
    if (!records.length) return;
    const [{ changed }]: Array<{ changed: number }> = await em.query(
      `WITH changed AS (
         UPDATE initiative AS i
            SET programme_id = r.programme_id, name = r.name, description = r.description, service_area_id = r.service_area_id,
                forms = r.forms::text[], participation = r.participation, motivation = r.motivation, people_involved = r.people_involved,
                public_body_input = r.public_body_input, status = r.status, contact = r.contact, published = r.published,
                external_ref = r.external_ref, version = i.version + 1, updated_at = now()
           FROM ${unnestRows(2)}
          WHERE i.id = r.id AND i.organisation_id = $1 AND i.version = r.version
         RETURNING i.id)
       SELECT count(*)::int AS changed FROM changed`,
      [ctx.tenantId, ...columnArrays(records)],
    );
    // The rows were locked when read, so this only guards against a mistake, never a race.
    if (changed !== records.length)
      throw new ConflictError('Initiative', undefined, 'Initiatives changed while the import ran; nothing was written: import again');
  }

  /** History: one INITIATIVES_IMPORTED event per programme touched (or for the organisation), with the counts. */
  private async recordImport(ctx: RequestContext, groups: ReadonlyMap<string | null, { created: number; updated: number }>): Promise<void> {
    for (const [programmeId, counts] of groups) {
      await this.history.record(ctx, {
        type: 'INITIATIVES_IMPORTED',
        ...(programmeId ? { programmeId } : {}),
        payload: { ...counts, programmeId },
      });
    }
  }
}

interface WriteRecord {
  id: string;
  /** The version the row was read at (1 for a new one). */
  version: number;
  values: InitiativeValues;
}

/** The records as one array per column, in `unnestRows`' order; forms as array literals (their keys were checked). */
function columnArrays(records: readonly WriteRecord[]): unknown[] {
  const column = <T>(f: (r: WriteRecord) => T) => records.map(f);
  return [
    column((r) => r.id),
    column((r) => r.version),
    column((r) => r.values.programmeId),
    column((r) => r.values.name),
    column((r) => r.values.description),
    column((r) => r.values.serviceAreaId),
    column((r) => `{${r.values.forms.join(',')}}`),
    column((r) => r.values.participation),
    column((r) => r.values.motivation),
    column((r) => r.values.peopleInvolved),
    column((r) => r.values.publicBodyInput),
    column((r) => r.values.status),
    column((r) => r.values.contact),
    column((r) => r.values.published),
    column((r) => r.values.externalRef),
  ];
}
