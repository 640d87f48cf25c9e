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
  type InitiativeValues,
  type NormalisedInitiativeRow,
  type PlannedRow,
  planUpsert,
  type ResolvedRow,
  type RowField,
  type RowFieldNamer,
  type RowProblem,
  touchesPublished,
} from './initiative-upsert';

export interface UpsertOptions {
  /** Names a row's field in problems; `rows[3].serviceAreaName` by default. */
  fieldOf?: RowFieldNamer;
}

export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
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

/** Rows per INSERT or UPDATE statement: each is one jsonb parameter, so the size is about memory, not parameter counts. */
const WRITE_CHUNK = 1000;

const RECORD = `id uuid, version int, programme_id uuid, name text, description text, service_area_id uuid, forms text[], participation text,
  motivation text, people_involved int, public_body_input text, status text, contact text, published boolean, external_ref text`;

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
    const fieldOf = options.fieldOf ?? defaultRowField;
    if (!rows.length) return { created: 0, updated: 0, unchanged: 0, initiativeIds: [] };
    return this.db.transaction(ctx, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('coprod:initiative-import'), hashtext($1))`, [ctx.tenantId]);
      const { resolved, problems } = await this.resolve(ctx, rows, fieldOf);
      const areaIds = [...new Set(resolved.map((r) => r.serviceAreaId))];
      const refs = [...new Set(resolved.flatMap((r) => (r.row.externalRef?.trim() ? [r.row.externalRef.trim()] : [])))];
      const existing = await this.db.query<ExistingInitiative>(
        ctx,
        `SELECT ${EXISTING_COLUMNS} FROM initiative
          WHERE organisation_id = $1 AND (service_area_id = ANY($2::uuid[]) OR external_ref = ANY($3::text[]))
          ORDER BY created_at, id FOR UPDATE`,
        [ctx.tenantId, areaIds, refs],
      );
      const planned = planUpsert(resolved, existing, fieldOf);
      problems.push(...planned.problems);
      if (problems.length)
        throw new BadInputError(problems.sort((a, b) => a.index - b.index).map(({ field, message }) => ({ field, message })));

      const plan = planned.plan;
      const publishing = plan.filter(touchesPublished);
      if (publishing.length && !(ctx.role && can(ctx.role, Action.DECIDE_AND_PUBLISH))) {
        const named = publishing.slice(0, 5).map((p) => fieldOf(p.index, 'row'));
        const more = publishing.length > named.length ? ` and ${publishing.length - named.length} more` : '';
        throw new ForbiddenError(
          `Your role (${ctx.role ?? 'none'}) may not publish initiatives or change published ones, as ${named.join(', ')}${more} would: that takes ADMIN or PROGRAMME_MANAGER`,
        );
      }

      const ids = new Map<number, string>();
      const creates = plan.filter((p): p is Extract<PlannedRow, { kind: 'create' }> => p.kind === 'create');
      const updates = plan.filter((p): p is Extract<PlannedRow, { kind: 'update' }> => p.kind === 'update');
      for (const p of plan) if (p.kind !== 'create') ids.set(p.index, p.existing.id);
      for (const p of creates) ids.set(p.index, randomUUID());
      await this.insert(
        em,
        ctx,
        creates.map((p) => record(ids.get(p.index)!, 1, p.values)),
      );
      await this.update(
        em,
        ctx,
        updates.map((p) => record(p.existing.id, p.existing.version, p.values)),
      );
      await this.recordImport(ctx, creates, updates);
      return {
        created: creates.length,
        updated: updates.length,
        unchanged: plan.length - creates.length - updates.length,
        initiativeIds: rows.map((_, i) => ids.get(i)!),
      };
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

  /** Checks each row, then resolves service areas (by id or name) and programmes against the organisation's. */
  private async resolve(
    ctx: RequestContext,
    rows: readonly NormalisedInitiativeRow[],
    fieldOf: RowFieldNamer,
  ): Promise<{ resolved: ResolvedRow[]; problems: RowProblem[] }> {
    const problems: RowProblem[] = [];
    // Every row is resolved as far as its own fields allow, so that one pass reports every problem.
    const checked = rows.map((row, index) => {
      const own = checkRow(row, index, fieldOf).map((p) => ({ ...p, index }));
      problems.push(...own);
      const bad = new Set(own.map((p) => p.field));
      const usable = (field: RowField) => !bad.has(fieldOf(index, field));
      return {
        row,
        index,
        ok: own.length === 0,
        areaUsable: usable('serviceAreaId') && usable('serviceAreaName'),
        programmeUsable: usable('programmeId'),
      };
    });
    const givenIds = [...new Set(checked.flatMap((c) => (c.areaUsable && c.row.serviceAreaId !== undefined ? [c.row.serviceAreaId] : [])))];
    const ownAreas = new Set((await this.areas.byIds(ctx, givenIds)).map((a) => a.id));
    const byName = checked.some((c) => c.areaUsable && c.row.serviceAreaId === undefined)
      ? await this.areas.idsByName(ctx)
      : new Map<string, string>();
    const programmes = await this.programmes.ownIds(
      ctx,
      checked.flatMap((c) => (c.programmeUsable && c.row.programmeId ? [c.row.programmeId] : [])),
    );

    const resolved: ResolvedRow[] = [];
    for (const { row, index, ok, areaUsable, programmeUsable } of checked) {
      const before = problems.length;
      let serviceAreaId: string | undefined;
      if (!areaUsable) {
        // already reported
      } else if (row.serviceAreaId !== undefined) {
        serviceAreaId = row.serviceAreaId;
        if (!ownAreas.has(serviceAreaId))
          problems.push({ index, field: fieldOf(index, 'serviceAreaId'), message: "is not one of this organisation's service areas" });
      } else {
        serviceAreaId = byName.get(nameKey(row.serviceAreaName!));
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
    return { resolved, problems };
  }

  /**
   * The chunks go out one after another without waiting for each answer in between (the
   * connection runs them in turn), so the next chunk's JSON is made while the database writes
   * the one before.
   */
  private async insert(em: EntityManager, ctx: RequestContext, records: object[]): Promise<void> {
    const writes: Array<Promise<unknown>> = [];
    for (let start = 0; start < records.length; start += WRITE_CHUNK) {
      writes.push(
        em.query(
          `INSERT INTO initiative (id, organisation_id, programme_id, name, description, service_area_id, forms, participation, motivation,
                                   people_involved, public_body_input, status, contact, published, external_ref, created_by, version)
           SELECT r.id, $1, r.programme_id, r.name, r.description, r.service_area_id, r.forms, r.participation, r.motivation,
                  r.people_involved, r.public_body_input, r.status, r.contact, r.published, r.external_ref, $2::uuid, 1
             FROM jsonb_to_recordset($3::jsonb) AS r(${RECORD})`,
          [ctx.tenantId, ctx.userIdOrNull, JSON.stringify(records.slice(start, start + WRITE_CHUNK))],
        ),
      );
    }
    try {
      // The first failure is the answer: the chunks after it fail only because the transaction did.
      await Promise.all(writes);
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

  private async update(em: EntityManager, ctx: RequestContext, records: object[]): Promise<void> {
    const writes: Array<Promise<{ changed: number; expected: number }>> = [];
    for (let start = 0; start < records.length; start += WRITE_CHUNK) {
      const chunk = records.slice(start, start + WRITE_CHUNK);
      writes.push(
        em
          .query(
            `WITH changed AS (
               UPDATE initiative AS i
                  SET programme_id = r.programme_id, name = r.name, description = r.description, service_area_id = r.service_area_id,
                      forms = r.forms, participation = r.participation, motivation = r.motivation, people_involved = r.people_involved,
                      public_body_input = r.public_body_input, status = r.status, contact = r.contact, published = r.published,
                      external_ref = r.external_ref, version = i.version + 1, updated_at = now()
                 FROM jsonb_to_recordset($2::jsonb) AS r(${RECORD})
                WHERE i.id = r.id AND i.organisation_id = $1 AND i.version = r.version
               RETURNING i.id)
             SELECT count(*)::int AS changed FROM changed`,
            [ctx.tenantId, JSON.stringify(chunk)],
          )
          .then(([{ changed }]: Array<{ changed: number }>) => ({ changed, expected: chunk.length })),
      );
    }
    // The rows were locked when read, so this only guards against a mistake, never a race.
    if ((await Promise.all(writes)).some((w) => w.changed !== w.expected))
      throw new ConflictError('Initiative', undefined, 'Initiatives changed while the import ran; nothing was written: import again');
  }

  private async recordImport(
    ctx: RequestContext,
    creates: Array<{ values: InitiativeValues }>,
    updates: Array<{ values: InitiativeValues }>,
  ): Promise<void> {
    const groups = new Map<string | null, { created: number; updated: number }>();
    const count = (programmeId: string | null, kind: 'created' | 'updated') => {
      const group = groups.get(programmeId) ?? { created: 0, updated: 0 };
      group[kind]++;
      groups.set(programmeId, group);
    };
    creates.forEach((c) => count(c.values.programmeId, 'created'));
    updates.forEach((u) => count(u.values.programmeId, 'updated'));
    for (const [programmeId, counts] of groups) {
      await this.history.record(ctx, {
        type: 'INITIATIVES_IMPORTED',
        ...(programmeId ? { programmeId } : {}),
        payload: { ...counts, programmeId },
      });
    }
  }
}

/** A row for jsonb_to_recordset, in the column names of `RECORD`. */
function record(id: string, version: number, v: InitiativeValues) {
  return {
    id,
    version,
    programme_id: v.programmeId,
    name: v.name,
    description: v.description,
    service_area_id: v.serviceAreaId,
    forms: v.forms,
    participation: v.participation,
    motivation: v.motivation,
    people_involved: v.peopleInvolved,
    public_body_input: v.publicBodyInput,
    status: v.status,
    contact: v.contact,
    published: v.published,
    external_ref: v.externalRef,
  };
}
