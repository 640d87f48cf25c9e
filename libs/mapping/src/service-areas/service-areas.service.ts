import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BadInputError, ConflictError, definedOnly, DomainError, ErrorCode, NotFoundError, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
import { type OrganisationDefaultsSource, OrganisationDefaultsRegistry } from '@app/identity';
import { DEFAULT_SERVICE_AREAS } from '../forms';
import { ServiceAreaEntity } from './service-area.entity';
import type { CreateServiceAreaInput, UpdateServiceAreaInput } from './service-area.inputs';

/** A name as it is kept: trimmed, inner runs of spaces made one. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** What makes two names the same: "Health", "health " and "HEALTH" are one. */
export function nameKey(name: string): string {
  return cleanName(name).toLowerCase();
}

/** A unique index refused the write (PostgreSQL and PGlite both report SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause =
    (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return cause?.code === '23505' && (!constraint || cause.constraint === undefined || cause.constraint === constraint);
}

/** Where a row was asked for by id and is not the organisation's: NOT_FOUND, naming the field that asked. */
export function notFoundAt(what: string, id: string, field: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found (${field})`, { field });
}

const COLUMNS = `id, name, active, position, version, created_at AS "createdAt"`;

/**
 * The organisation's own list of service areas. A new organisation starts with the defaults,
 * written in the transaction that creates it (organisations that existed before got them from
 * a migration), so reading the list never writes.
 */
@Injectable()
export class ServiceAreasService implements OrganisationDefaultsSource, OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly organisationDefaults: OrganisationDefaultsRegistry,
  ) {}

  onModuleInit(): void {
    this.organisationDefaults.register(this);
  }

  /** Every area, in order. */
  list(ctx: RequestContext): Promise<ServiceAreaEntity[]> {
    return this.find(ctx);
  }

  /** The default areas of a new organisation, in its creating transaction. */
  async writeDefaults(ctx: RequestContext, organisationId: string): Promise<void> {
    await this.db.query(
      ctx,
      `INSERT INTO service_area (organisation_id, name, name_key, position, version)
       SELECT $1, d.name, lower(d.name), d.position::int - 1, 1 FROM unnest($2::text[]) WITH ORDINALITY AS d(name, position)`,
      [organisationId, [...DEFAULT_SERVICE_AREAS]],
    );
  }

  async create(ctx: RequestContext, input: CreateServiceAreaInput): Promise<ServiceAreaEntity> {
    return this.db.transaction(ctx, async () => {
      const name = cleanName(input.name);
      await this.refuseTakenName(ctx, name, null);
      const [{ next }] = await this.db.query<{ next: number }>(
        ctx,
        `SELECT coalesce(max(position) + 1, 0)::int AS next FROM service_area WHERE organisation_id = $1`,
        [ctx.tenantId],
      );
      const areas = this.db.tenant(ctx, ServiceAreaEntity);
      const area = areas.create({
        name,
        nameKey: nameKey(name),
        active: input.active ?? true,
        position: input.position ?? next,
      });
      try {
        await areas.save(area);
      } catch (error) {
        if (isUniqueViolation(error)) throw takenName();
        throw error;
      }
      await this.history.record(ctx, {
        type: 'SERVICE_AREA_CREATED',
        payload: { serviceAreaId: area.id, active: area.active, position: area.position },
      });
      return this.get(ctx, area.id);
    });
  }

  async update(ctx: RequestContext, input: UpdateServiceAreaInput): Promise<ServiceAreaEntity> {
    const { serviceAreaId, version, ...rest } = input;
    const changes: Partial<ServiceAreaEntity> = definedOnly({ ...rest, name: rest.name === undefined ? undefined : cleanName(rest.name) });
    if (changes.name) changes.nameKey = nameKey(changes.name);
    if (!Object.keys(changes).length) throw BadInputError.field('input', 'names nothing to change: give a name, position or active');
    return this.db.transaction(ctx, async (em) => {
      const area = await this.get(ctx, serviceAreaId);
      // A stale version is CONFLICT before anything else is judged; updateVersioned guards the write itself.
      if (area.version !== version) throw new ConflictError('Service area', area.version);
      if (changes.name) await this.refuseTakenName(ctx, changes.name, serviceAreaId);
      try {
        await updateVersioned(em, ServiceAreaEntity, 'Service area', { id: serviceAreaId, organisationId: ctx.tenantId, version }, changes);
      } catch (error) {
        if (isUniqueViolation(error)) throw takenName();
        throw error;
      }
      const fields = Object.keys(changes).filter((f) => f !== 'nameKey');
      await this.history.record(ctx, {
        type: 'SERVICE_AREA_UPDATED',
        payload: { serviceAreaId, fields, ...definedOnly({ active: changes.active, position: changes.position }) },
      });
      return this.get(ctx, serviceAreaId);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ServiceAreaEntity> {
    const [area] = await this.byIds(ctx, [id]);
    if (!area) throw new NotFoundError('Service area', id);
    return area;
  }

  /** The organisation's areas with these ids; others' ids are simply absent. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<ServiceAreaEntity[]> {
    if (!ids.length) return [];
    return this.db.query<ServiceAreaEntity>(
      ctx,
      `SELECT ${COLUMNS} FROM service_area WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [ctx.tenantId, [...ids]],
    );
  }

  /** Area ids by name key (see `nameKey`), for rows that name their area rather than give its id. */
  async idsByName(ctx: RequestContext): Promise<Map<string, string>> {
    const rows = await this.db.query<{ id: string; key: string }>(
      ctx,
      `SELECT id, name_key AS key FROM service_area WHERE organisation_id = $1`,
      [ctx.tenantId],
    );
    return new Map(rows.map((r) => [r.key, r.id]));
  }

  private find(ctx: RequestContext): Promise<ServiceAreaEntity[]> {
    return this.db.query<ServiceAreaEntity>(
      ctx,
      `SELECT ${COLUMNS} FROM service_area WHERE organisation_id = $1 ORDER BY position, name_key, id`,
      [ctx.tenantId],
    );
  }

  private async refuseTakenName(ctx: RequestContext, name: string, exceptId: string | null): Promise<void> {
    const [taken] = await this.db.query(
      ctx,
      `SELECT 1 FROM service_area WHERE organisation_id = $1 AND name_key = $2 AND id IS DISTINCT FROM $3::uuid`,
      [ctx.tenantId, nameKey(name), exceptId],
    );
    if (taken) throw takenName();
  }
}

function takenName(): BadInputError {
  return BadInputError.field('input.name', 'is already the name of a service area in this organisation (names are compared ignoring case)');
}
