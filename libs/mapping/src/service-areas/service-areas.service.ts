import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError, definedOnly, DomainError, ErrorCode, NotFoundError, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
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
  const cause = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return cause?.code === '23505' && (!constraint || cause.constraint === undefined || cause.constraint === constraint);
}

/** Where a row was asked for by id and is not the organisation's: NOT_FOUND, naming the field that asked. */
export function notFoundAt(what: string, id: string, field: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found (${field})`, { field });
}

const COLUMNS = `id, name, active, position, version, created_at AS "createdAt"`;

/**
 * The organisation's own list of service areas. The defaults are written the first time an
 * organisation needs its list and has none, by one INSERT that concurrent first reads can
 * race safely (ON CONFLICT DO NOTHING on the unique name key).
 */
@Injectable()
export class ServiceAreasService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
  ) {}

  /** Every area, in order; the defaults first if the organisation has none yet. */
  async list(ctx: RequestContext): Promise<ServiceAreaEntity[]> {
    const areas = await this.find(ctx);
    if (areas.length) return areas;
    await this.seedDefaults(ctx);
    return this.find(ctx);
  }

  /** Writes the default areas if, and only if, the organisation has no area at all. */
  async seedDefaults(ctx: RequestContext): Promise<void> {
    await this.db.query(
      ctx,
      `INSERT INTO service_area (organisation_id, name, name_key, position, version)
       SELECT $1, d.name, lower(d.name), d.position::int - 1, 1
         FROM unnest($2::text[]) WITH ORDINALITY AS d(name, position)
        WHERE NOT EXISTS (SELECT 1 FROM service_area WHERE organisation_id = $1)
       ON CONFLICT (organisation_id, name_key) DO NOTHING`,
      [ctx.tenantId, [...DEFAULT_SERVICE_AREAS]],
    );
  }

  async create(ctx: RequestContext, input: CreateServiceAreaInput): Promise<ServiceAreaEntity> {
    return this.db.transaction(ctx, async (em) => {
      // Adding an area first must not cost the organisation its defaults.
      await this.seedDefaults(ctx);
      const name = cleanName(input.name);
      await this.refuseTakenName(ctx, name, null);
      const [{ next }] = await this.db.query<{ next: number }>(ctx, `SELECT coalesce(max(position) + 1, 0)::int AS next FROM service_area WHERE organisation_id = $1`, [
        ctx.tenantId,
      ]);
      const area = em.create(ServiceAreaEntity, {
        organisationId: ctx.tenantId,
        name,
        nameKey: nameKey(name),
        active: input.active ?? true,
        position: input.position ?? next,
      });
      try {
        await em.insert(ServiceAreaEntity, area);
      } catch (error) {
        if (isUniqueViolation(error)) throw takenName();
        throw error;
      }
      await this.history.record(ctx, { type: 'SERVICE_AREA_CREATED', payload: { serviceAreaId: area.id, active: area.active, position: area.position } });
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
    return this.db.query<ServiceAreaEntity>(ctx, `SELECT ${COLUMNS} FROM service_area WHERE organisation_id = $1 AND id = ANY($2::uuid[])`, [ctx.tenantId, [...ids]]);
  }

  /** Area ids by name key (see `nameKey`), for rows that name their area rather than give its id. */
  async idsByName(ctx: RequestContext): Promise<Map<string, string>> {
    await this.seedDefaults(ctx);
    const rows = await this.db.query<{ id: string; key: string }>(ctx, `SELECT id, name_key AS key FROM service_area WHERE organisation_id = $1`, [ctx.tenantId]);
    return new Map(rows.map((r) => [r.key, r.id]));
  }

  private find(ctx: RequestContext): Promise<ServiceAreaEntity[]> {
    return this.db.query<ServiceAreaEntity>(ctx, `SELECT ${COLUMNS} FROM service_area WHERE organisation_id = $1 ORDER BY position, name_key, id`, [ctx.tenantId]);
  }

  private async refuseTakenName(ctx: RequestContext, name: string, exceptId: string | null): Promise<void> {
    const [taken] = await this.db.query(ctx, `SELECT 1 FROM service_area WHERE organisation_id = $1 AND name_key = $2 AND id IS DISTINCT FROM $3::uuid`, [
      ctx.tenantId,
      nameKey(name),
      exceptId,
    ]);
    if (taken) throw takenName();
  }
}

function takenName(): BadInputError {
  return BadInputError.field('input.name', 'is already the name of a service area in this organisation (names are compared ignoring case)');
}
