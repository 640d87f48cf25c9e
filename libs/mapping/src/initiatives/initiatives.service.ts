import { Injectable } from '@nestjs/common';
import {
  Action,
  BadInputError,
  ConflictError,
  definedOnly,
  type FieldProblem,
  type PageArgs,
  pageWindow,
  type RequestContext,
  requireAction,
} from '@app/common';
import { Database, type TenantRepository, updateVersioned } from '@app/database';
import { type EventPayload, HistoryService } from '@app/history';
import { ProgrammesService } from '@app/programmes';
import { In } from 'typeorm';
import { type CoproductionForm, withParentForms } from '../forms';
import { isUniqueViolation, notFoundAt, ServiceAreasService } from '../service-areas/service-areas.service';
import {
  InitiativeBulkService,
  type InitiativeExportRow,
  type UpsertCounts,
  type UpsertOptions,
  type UpsertResult,
} from './initiative-bulk.service';
import { InitiativeEntity } from './initiative.entity';
import type {
  CreateInitiativeInput,
  CreateInitiativesInput,
  InitiativeVersionInput,
  PublishInitiativesInput,
  UpdateInitiativeInput,
} from './initiative.inputs';
import { isCoproduction, isCoproductionSql } from './initiative.model';
import { NEW_INITIATIVE_DEFAULTS, type NormalisedInitiativeRow } from './initiative-upsert';
import { searchPatterns } from './initiative-queries';

export interface InitiativeFilterValues {
  serviceAreaId?: string;
  form?: string;
  status?: string;
  published?: boolean;
  programmeId?: string;
  selfOrganisation?: boolean;
  search?: string;
}

/**
 * Initiatives recorded by hand or in a batch, edited, deleted, published; the filtered list.
 * Anyone who contributes may record and edit unpublished initiatives; publishing, and
 * changing or deleting what is published, takes DECIDE_AND_PUBLISH (libs/common/src/policy.ts).
 * Imports and exports go through InitiativeBulkService (`upsertMany`, `findForExport`).
 */
@Injectable()
export class InitiativesService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly areas: ServiceAreasService,
    private readonly bulk: InitiativeBulkService,
    private readonly programmes: ProgrammesService,
  ) {}

  create(ctx: RequestContext, input: CreateInitiativeInput): Promise<InitiativeEntity> {
    return this.db.transaction(ctx, async () => (await this.insert(ctx, [input], (field) => `input.${field}`))[0]);
  }

  /** All or nothing: one bad initiative refuses the batch, naming its field, e.g. `input.initiatives[3].name`. */
  createMany(ctx: RequestContext, input: CreateInitiativesInput): Promise<InitiativeEntity[]> {
    return this.db.transaction(ctx, () => this.insert(ctx, input.initiatives, (field, index) => `input.initiatives[${index}].${field}`));
  }

  async update(ctx: RequestContext, input: UpdateInitiativeInput): Promise<InitiativeEntity> {
    const { initiativeId, version, clearPeopleInvolved, clearProgramme, clearExternalRef, ...rest } = input;
    const changes = definedOnly({
      ...rest,
      name: rest.name?.trim(),
      description: rest.description?.trim(),
      publicBodyInput: rest.publicBodyInput?.trim(),
      contact: rest.contact?.trim(),
      externalRef: rest.externalRef?.trim(),
      forms: rest.forms && withParentForms(rest.forms as CoproductionForm[]),
    }) as Partial<InitiativeEntity>;
    const clear = (flag: boolean | undefined, flagName: string, field: 'peopleInvolved' | 'programmeId' | 'externalRef') => {
      if (!flag) return;
      if (changes[field] !== undefined) throw BadInputError.field(`input.${flagName}`, `cannot be combined with input.${field}`);
      changes[field] = null;
    };
    clear(clearPeopleInvolved, 'clearPeopleInvolved', 'peopleInvolved');
    clear(clearProgramme, 'clearProgramme', 'programmeId');
    clear(clearExternalRef, 'clearExternalRef', 'externalRef');
    if (!Object.keys(changes).length)
      throw BadInputError.field('input', 'names nothing to change: give at least one field besides initiativeId and version');

    return this.db.transaction(ctx, async (em) => {
      const current = await this.initiatives(ctx).get({ id: initiativeId }, 'Initiative');
      if (current.published || (changes.published !== undefined && changes.published !== current.published))
        requireAction(ctx.role, Action.DECIDE_AND_PUBLISH);
      if (changes.serviceAreaId) await this.requireAreas(ctx, [{ id: changes.serviceAreaId, field: 'input.serviceAreaId' }]);
      if (changes.programmeId) await this.requireProgrammes(ctx, [{ id: changes.programmeId, field: 'input.programmeId' }]);
      if (changes.externalRef) await this.refuseTakenRefs(ctx, [{ ref: changes.externalRef, field: 'input.externalRef' }], initiativeId);
      const updated = await refusingTakenRef('input.externalRef', () =>
        updateVersioned(em, InitiativeEntity, 'Initiative', { id: initiativeId, organisationId: ctx.tenantId, version }, changes as never),
      );
      const payload: EventPayload = { initiativeId, fields: Object.keys(changes), selfOrganisation: !isCoproduction(updated) };
      if (changes.published !== undefined) payload.published = changes.published;
      await this.record(ctx, 'INITIATIVE_UPDATED', updated.programmeId ?? current.programmeId, payload);
      return updated;
    });
  }

  /** Deletes the initiative and answers it as it was. */
  async delete(ctx: RequestContext, input: InitiativeVersionInput): Promise<InitiativeEntity> {
    return this.db.transaction(ctx, async () => {
      const initiatives = this.initiatives(ctx);
      const current = await initiatives.get({ id: input.initiativeId }, 'Initiative');
      if (current.published) requireAction(ctx.role, Action.DECIDE_AND_PUBLISH);
      if (current.version !== input.version) throw new ConflictError('Initiative', current.version);
      if (!(await initiatives.delete({ id: current.id, version: input.version }))) throw new ConflictError('Initiative', current.version);
      await this.record(ctx, 'INITIATIVE_DELETED', current.programmeId, {
        initiativeId: current.id,
        serviceAreaId: current.serviceAreaId,
        published: current.published,
      });
      return current;
    });
  }

  /**
   * Publishes (or unpublishes) initiatives, all named or none: an id that is not the
   * organisation's is NOT_FOUND and nothing changes. Those already so are left alone.
   */
  async publish(ctx: RequestContext, input: PublishInitiativesInput): Promise<InitiativeEntity[]> {
    const ids = [...new Set(input.initiativeIds)];
    return this.db.transaction(ctx, async () => {
      const initiatives = this.initiatives(ctx);
      const rows = await initiatives.findBy({ id: In(ids) });
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.find((id) => !found.has(id));
      if (missing) throw notFoundAt('Initiative', missing, `input.initiativeIds[${input.initiativeIds.indexOf(missing)}]`);
      const changing = rows.filter((r) => r.published !== input.published);
      if (changing.length) {
        await initiatives.update({ id: In(changing.map((r) => r.id)) }, { published: input.published });
        const byProgramme = new Map<string | null, string[]>();
        for (const row of changing) byProgramme.set(row.programmeId, [...(byProgramme.get(row.programmeId) ?? []), row.id]);
        for (const [programmeId, initiativeIds] of byProgramme) {
          await this.record(ctx, input.published ? 'INITIATIVES_PUBLISHED' : 'INITIATIVES_UNPUBLISHED', programmeId, {
            initiativeIds,
            published: input.published,
          });
        }
      }
      return this.inOrder(ids, await initiatives.findBy({ id: In(ids) }));
    });
  }

  get(ctx: RequestContext, id: string): Promise<InitiativeEntity> {
    return this.initiatives(ctx).get({ id }, 'Initiative');
  }

  /** The organisation's initiatives with these ids; others' ids, and deleted ones, are simply absent. */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<InitiativeEntity[]> {
    return ids.length ? this.initiatives(ctx).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** One page of the organisation's initiatives, newest first (a batch by name), and how many match. */
  page(ctx: RequestContext, filter: InitiativeFilterValues = {}, args: PageArgs = {}): Promise<[InitiativeEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    const query = this.initiatives(ctx).queryBuilder('i');
    if (filter.serviceAreaId) query.andWhere('i.service_area_id = :serviceAreaId', { serviceAreaId: filter.serviceAreaId });
    if (filter.form) query.andWhere('i.forms @> ARRAY[:form]::text[]', { form: filter.form });
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    if (filter.published !== undefined && filter.published !== null)
      query.andWhere('i.published = :published', { published: filter.published });
    if (filter.programmeId) query.andWhere('i.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.selfOrganisation !== undefined && filter.selfOrganisation !== null)
      query.andWhere(filter.selfOrganisation ? `NOT ${isCoproductionSql('i')}` : isCoproductionSql('i'));
    searchPatterns(filter.search).forEach((pattern, n) =>
      query.andWhere(`(i.name ILIKE :word${n} OR i.description ILIKE :word${n})`, { [`word${n}`]: pattern }),
    );
    return query
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.name', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }

  /**
   * For imports (the CSV helper): creates, updates or leaves each row's initiative, all or
   * nothing, so that importing the same rows again never duplicates them. See
   * InitiativeBulkService.upsertMany for the matching and the contract.
   */
  upsertMany(ctx: RequestContext, rows: readonly NormalisedInitiativeRow[], options: UpsertOptions = {}): Promise<UpsertResult> {
    return this.bulk.upsertMany(ctx, rows, options);
  }

  /** `upsertMany` for rows that come a chunk at a time (see InitiativeBulkService.upsertChunks). */
  upsertChunks(
    ctx: RequestContext,
    chunks: AsyncIterable<readonly NormalisedInitiativeRow[]>,
    options: UpsertOptions = {},
  ): Promise<UpsertCounts> {
    return this.bulk.upsertChunks(ctx, chunks, options);
  }

  /** For exports: every initiative of the organisation (or one programme), oldest first, read a page at a time. */
  findForExport(ctx: RequestContext, options: { programmeId?: string; pageSize?: number } = {}): AsyncGenerator<InitiativeExportRow> {
    return this.bulk.findForExport(ctx, options);
  }

  private async insert(
    ctx: RequestContext,
    inputs: readonly CreateInitiativeInput[],
    fieldOf: (field: string, index: number) => string,
  ): Promise<InitiativeEntity[]> {
    if (inputs.some((input) => input.published)) requireAction(ctx.role, Action.DECIDE_AND_PUBLISH);
    await this.requireAreas(
      ctx,
      inputs.map((input, index) => ({ id: input.serviceAreaId, field: fieldOf('serviceAreaId', index) })),
    );
    await this.requireProgrammes(
      ctx,
      inputs.flatMap((input, index) => (input.programmeId ? [{ id: input.programmeId, field: fieldOf('programmeId', index) }] : [])),
    );
    await this.refuseTakenRefs(
      ctx,
      inputs.flatMap((input, index) =>
        input.externalRef ? [{ ref: input.externalRef.trim(), field: fieldOf('externalRef', index) }] : [],
      ),
      null,
    );
    const d = NEW_INITIATIVE_DEFAULTS;
    const initiatives = this.initiatives(ctx);
    const rows = inputs.map((input) =>
      initiatives.create({
        programmeId: input.programmeId ?? null,
        name: input.name.trim(),
        description: input.description?.trim() ?? d.description,
        serviceAreaId: input.serviceAreaId,
        forms: withParentForms((input.forms ?? []) as CoproductionForm[]),
        participation: input.participation ?? d.participation,
        motivation: input.motivation ?? d.motivation,
        peopleInvolved: input.peopleInvolved ?? d.peopleInvolved,
        publicBodyInput: input.publicBodyInput?.trim() ?? d.publicBodyInput,
        status: input.status ?? d.status,
        contact: input.contact?.trim() ?? d.contact,
        published: input.published ?? d.published,
        externalRef: input.externalRef?.trim() || null,
        createdBy: ctx.userIdOrNull,
      }),
    );
    await refusingTakenRef(inputs.length === 1 ? fieldOf('externalRef', 0) : 'input.initiatives', () => initiatives.save(rows));
    for (const row of rows) {
      await this.record(ctx, 'INITIATIVE_CREATED', row.programmeId, {
        initiativeId: row.id,
        serviceAreaId: row.serviceAreaId,
        forms: row.forms,
        published: row.published,
        selfOrganisation: !isCoproduction(row),
      });
    }
    const ids = rows.map((r) => r.id);
    return this.inOrder(ids, await initiatives.findBy({ id: In(ids) }));
  }

  private initiatives(ctx: RequestContext): TenantRepository<InitiativeEntity> {
    return this.db.tenant(ctx, InitiativeEntity);
  }

  /** Every service area named must be the organisation's: NOT_FOUND (naming the field) otherwise. */
  private async requireAreas(ctx: RequestContext, wanted: Array<{ id: string; field: string }>): Promise<void> {
    const found = new Set((await this.areas.byIds(ctx, [...new Set(wanted.map((w) => w.id))])).map((a) => a.id));
    const missing = wanted.find((w) => !found.has(w.id));
    if (missing) throw notFoundAt('Service area', missing.id, missing.field);
  }

  private async requireProgrammes(ctx: RequestContext, wanted: Array<{ id: string; field: string }>): Promise<void> {
    const found = await this.programmes.ownIds(
      ctx,
      wanted.map((w) => w.id),
    );
    const missing = wanted.find((w) => !found.has(w.id));
    if (missing) throw notFoundAt('Programme', missing.id, missing.field);
  }

  /** External refs are unique in the organisation: refuses a ref given twice, or already another initiative's. */
  private async refuseTakenRefs(ctx: RequestContext, refs: Array<{ ref: string; field: string }>, exceptId: string | null): Promise<void> {
    if (!refs.length) return;
    const problems: FieldProblem[] = [];
    const seen = new Map<string, string>();
    for (const { ref, field } of refs) {
      const earlier = seen.get(ref);
      if (earlier) problems.push({ field, message: `repeats the external ref of ${earlier}` });
      else seen.set(ref, field);
    }
    const taken = await this.db.query<{ ref: string }>(
      ctx,
      `SELECT external_ref AS ref FROM initiative WHERE organisation_id = $1 AND external_ref = ANY($2::text[]) AND id IS DISTINCT FROM $3::uuid`,
      [ctx.tenantId, [...seen.keys()], exceptId],
    );
    const takenRefs = new Set(taken.map((t) => t.ref));
    for (const [ref, field] of seen)
      if (takenRefs.has(ref)) problems.push({ field, message: 'is already the external ref of another initiative in this organisation' });
    if (problems.length) throw new BadInputError(problems);
  }

  private inOrder(ids: readonly string[], rows: InitiativeEntity[]): InitiativeEntity[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)!);
  }

  /** An initiative tied to a programme writes into that programme's history; the others into the organisation's. */
  private async record(ctx: RequestContext, type: string, programmeId: string | null, payload: EventPayload): Promise<void> {
    await this.history.record(ctx, { type, ...(programmeId ? { programmeId } : {}), payload: { ...payload, programmeId } });
  }
}

/** A race past `refuseTakenRefs` still answers as bad input rather than a crash. */
async function refusingTakenRef<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'UQ_initiative_external_ref'))
      throw BadInputError.field(field, 'is already the external ref of another initiative in this organisation');
    throw error;
  }
}
