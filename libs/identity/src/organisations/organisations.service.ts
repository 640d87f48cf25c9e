import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppConfig, definedOnly, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService, LiveEvents } from '@app/history';
import type { EntityManager } from 'typeorm';
import { MembershipEntity } from '../memberships/membership.entity';
import { OrganisationDefaultsRegistry } from './organisation-defaults';
import { OrganisationEntity } from './organisation.entity';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs';

/** Time zones kept at most this many organisations at once; beyond it the oldest are let go. */
const ZONES_KEPT = 10_000;

@Injectable()
export class OrganisationsService implements OnModuleInit, OnModuleDestroy {
  /**
   * Organisations' time zones, which every date rule of other libraries needs (overdue tasks,
   * days in a step) and which change rarely: forgotten on ORGANISATION_UPDATED, which reaches
   * every process (NOTIFY on PostgreSQL), and after the membership cache's lifetime at most.
   */
  private readonly zones = new Map<string, { zone: string; until: number }>();
  private stopObserving: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly defaults: OrganisationDefaultsRegistry,
    private readonly live: LiveEvents,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.stopObserving = this.live.observe((event) => {
      if (event.type === 'ORGANISATION_UPDATED' && event.organisationId) this.zones.delete(event.organisationId);
    });
  }

  onModuleDestroy(): void {
    this.stopObserving?.();
  }

  /** Creates an organisation with the caller as its first ADMIN. */
  async create(caller: RequestContext, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const ctx = caller.within(randomUUID());
    return this.db.transaction(ctx, async (em) => {
      const organisation = await this.establish(ctx, em, input);
      const memberships = this.db.tenant(ctx, MembershipEntity);
      const membership = await memberships.save(memberships.create({ userId: ctx.userId, role: Role.ADMIN }));
      await this.history.record(ctx, {
        type: 'ORGANISATION_CREATED',
        payload: { organisationId: organisation.id, membershipId: membership.id, role: Role.ADMIN },
      });
      return organisation;
    });
  }

  /**
   * The one way an organisation comes into being (sign-up's createOrganisation, the demo): the row
   * and everything features give a new organisation, in the caller's transaction `em`. `ctx` acts
   * within the new organisation already (`within` a fresh id): the tenancy wall lets a request
   * write only to the organisation it acts for.
   */
  async establish(
    ctx: RequestContext,
    em: EntityManager,
    fields: Pick<OrganisationEntity, 'name' | 'timeZone' | 'currency'>,
  ): Promise<OrganisationEntity> {
    const organisation = await em
      .getRepository(OrganisationEntity)
      .save(em.create(OrganisationEntity, { id: ctx.tenantId, name: fields.name, timeZone: fields.timeZone, currency: fields.currency }));
    await this.defaults.writeFor(ctx, organisation.id);
    return organisation;
  }

  async current(ctx: RequestContext): Promise<OrganisationEntity> {
    const organisation = await this.db.repo(ctx, OrganisationEntity).findOneBy({ id: ctx.tenantId });
    if (!organisation) throw new NotFoundError('Organisation', ctx.tenantId);
    return organisation;
  }

  /**
   * The organisation's IANA time zone, for other libraries' date rules: they pass it to their own
   * SQL as a parameter (`now() AT TIME ZONE $n`) rather than read this library's table.
   */
  async timeZone(ctx: RequestContext): Promise<string> {
    const kept = this.zones.get(ctx.tenantId);
    if (kept && kept.until > Date.now()) return kept.zone;
    const [row] = await this.db.query<{ time_zone: string }>(ctx, `SELECT time_zone FROM organisation WHERE id = $1`, [ctx.tenantId]);
    if (!row) throw new NotFoundError('Organisation', ctx.tenantId);
    const lifetime = this.config.membershipCacheSeconds * 1000;
    if (lifetime > 0) {
      if (this.zones.size >= ZONES_KEPT) this.zones.delete(this.zones.keys().next().value!);
      this.zones.set(ctx.tenantId, { zone: row.time_zone, until: Date.now() + lifetime });
    }
    return row.time_zone;
  }

  /** Today in the organisation's time zone, as YYYY-MM-DD, by the database's clock (for other libraries' date rules). */
  async today(ctx: RequestContext): Promise<string> {
    const [row] = await this.db.query<{ today: string }>(
      ctx,
      `SELECT (now() AT TIME ZONE time_zone)::date::text AS today FROM organisation WHERE id = $1`,
      [ctx.tenantId],
    );
    if (!row) throw new NotFoundError('Organisation', ctx.tenantId);
    return row.today;
  }

  async update(ctx: RequestContext, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    return this.db.transaction(ctx, async (em) => {
      const { version, ...changes } = input;
      const organisation = await updateVersioned(
        em,
        OrganisationEntity,
        'Organisation',
        { id: ctx.tenantId, version },
        definedOnly(changes),
      );
      await this.history.record(ctx, { type: 'ORGANISATION_UPDATED', payload: { fields: Object.keys(definedOnly(changes)) } });
      return organisation;
    });
  }

  /**
   * The organisations with these ids that the caller may see (others' ids are simply absent): a
   * person sees those they are a member of (`me` lists memberships across organisations) and the
   * one the request is for, which the policy guard checked (so a member who just left still sees
   * it in the answer); any other caller, such as an API key, only the organisation it acts for.
   */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<OrganisationEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    const query = this.db
      .repo(ctx.across('MY_ORGANISATIONS'), OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids: [...ids] });
    const userId = ctx.userIdOrNull;
    if (userId) {
      query.andWhere(
        '(o.id = :requestOrganisationId OR EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.user_id = :userId))',
        {
          requestOrganisationId: ctx.organisationId,
          userId,
        },
      );
    } else {
      query.andWhere('o.id = :organisationId', { organisationId: ctx.tenantId });
    }
    return query.getMany();
  }
}
