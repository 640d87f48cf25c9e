import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import type { EventPayload } from '@app/history';
import { type PilotEntity, PilotsService } from '@app/pilots';
import type { ProgrammeEntity } from '@app/programmes';
import type { EntityManager } from 'typeorm';
import type { CreateEngagementPlanInput } from './engagement-plan.inputs';
import type { EngagementPlan } from './engagement-plan.model';
import { EngagementPlanEntity } from './engagement-plan.entity';

/** A pilot's engagement plan inside a change: the pilot and its programme are locked until the transaction ends. */
export interface OpenPlan {
  plan: EngagementPlanEntity;
  pilot: PilotEntity;
  programme: ProgrammeEntity;
  /** Made by this change, at version 1. */
  created: boolean;
}

const PLAN_COLUMNS = `id, organisation_id AS "organisationId", pilot_id AS "pilotId", version, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Engagement plans themselves: one per pilot, made on first use or on request. Every change to
 * a plan or its parts goes through `change`: lock the programme and the pilot (PilotsService.lock,
 * always in that order), make the plan if there is none, check the version the client saw and move
 * it on, so that the plan's version stands for all its parts.
 */
@Injectable()
export class EngagementPlansService {
  constructor(
    private readonly db: Database,
    private readonly pilots: PilotsService,
  ) {}

  create(ctx: RequestContext, input: CreateEngagementPlanInput): Promise<EngagementPlan> {
    return this.db.transaction(ctx, async (em) => toPlan((await this.open(em, ctx, input.pilotId)).plan));
  }

  /** Locks the pilot and answers its plan, making it if there is none yet. */
  async open(em: EntityManager, ctx: RequestContext, pilotId: string): Promise<OpenPlan> {
    const { pilot, programme, plan: existing } = await this.lockPilot(em, ctx, pilotId);
    if (existing) return { plan: existing, pilot, programme, created: false };
    const plans = this.db.tenant(ctx, EngagementPlanEntity);
    const plan = await plans.save(plans.create({ pilotId: pilot.id }));
    const opened = { plan, pilot, programme, created: true };
    await this.record(ctx, opened, 'ENGAGEMENT_PLAN_CREATED');
    return opened;
  }

  /** Locks the pilot and answers its plan, or null when it has none (for changes that must not make one). */
  async openExisting(em: EntityManager, ctx: RequestContext, pilotId: string): Promise<OpenPlan | null> {
    const { pilot, programme, plan } = await this.lockPilot(em, ctx, pilotId);
    return plan ? { plan, pilot, programme, created: false } : null;
  }

  /** Moves the plan's version on for a change to it or its parts; with `planVersion`, only if it is still the one the client saw. */
  async bump(em: EntityManager, ctx: RequestContext, opened: OpenPlan, planVersion?: number): Promise<OpenPlan> {
    // A plan made by this very change starts at version 1; nobody can have seen an older one.
    if (opened.created) return opened;
    const plan = await updateVersioned(
      em,
      EngagementPlanEntity,
      'Engagement plan',
      { id: opened.plan.id, organisationId: ctx.tenantId, version: planVersion ?? opened.plan.version },
      {},
    );
    return { ...opened, plan };
  }

  /** `open` then `bump`: the start of every change that adds to a pilot's plan. */
  async change(em: EntityManager, ctx: RequestContext, pilotId: string, planVersion?: number): Promise<OpenPlan> {
    return this.bump(em, ctx, await this.open(em, ctx, pilotId), planVersion);
  }

  /** The same for a change to one part of a plan, found by the part's plan id. */
  async changeByPlanId(em: EntityManager, ctx: RequestContext, planId: string, planVersion: number): Promise<OpenPlan> {
    const plan = await this.db.tenant(ctx, EngagementPlanEntity).get({ id: planId }, 'Engagement plan');
    const opened = await this.openExisting(em, ctx, plan.pilotId);
    if (!opened) throw new NotFoundError('Engagement plan', planId);
    return this.bump(em, ctx, opened, planVersion);
  }

  /** The pilot (NOT_FOUND in another organisation) and its programme, locked, with the pilot's plan if any. */
  private async lockPilot(em: EntityManager, ctx: RequestContext, pilotId: string) {
    const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId });
    const plan = await this.db.tenant(ctx, EngagementPlanEntity).findOneBy({ pilotId: pilot.id });
    return { pilot, programme, plan };
  }

  /** One event in the programme's history about the plan: ids and kinds only, never free text. */
  record(ctx: RequestContext, opened: OpenPlan, type: string, payload: EventPayload = {}): Promise<void> {
    return this.pilots.record(ctx, opened.programme, type, opened.pilot, { planId: opened.plan.id, ...payload });
  }

  async get(ctx: RequestContext, id: string): Promise<EngagementPlan> {
    const [plan] = await this.byIds(ctx, [id]);
    if (!plan) throw new NotFoundError('Engagement plan', id);
    return plan;
  }

  /** The organisation's plans with these ids; others' ids are simply absent. */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<EngagementPlan[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query<EngagementPlan>(
      ctx,
      `SELECT ${PLAN_COLUMNS} FROM engagement_plan WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [ctx.tenantId, [...ids]],
    );
  }

  /** The plans of these pilots (pilots without one are absent). */
  ofPilots(ctx: RequestContext, pilotIds: readonly string[]): Promise<EngagementPlan[]> {
    if (!pilotIds.length) return Promise.resolve([]);
    return this.db.query<EngagementPlan>(
      ctx,
      `SELECT ${PLAN_COLUMNS} FROM engagement_plan WHERE organisation_id = $1 AND pilot_id = ANY($2::uuid[])`,
      [ctx.tenantId, [...pilotIds]],
    );
  }
}

export function toPlan(entity: EngagementPlanEntity): EngagementPlan {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    pilotId: entity.pilotId,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
