import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  definedOnly,
  type FieldProblem,
  InvalidTransitionError,
  NotFoundError,
  type RequestContext,
} from '@app/common';
import { Database, updateVersioned } from '@app/database';
import type { EventPayload } from '@app/history';
import { OrganisationsService } from '@app/identity';
import { ServiceAreasService } from '@app/mapping';
import { type PilotEntity, PilotsService } from '@app/pilots';
import type { ProgrammeEntity } from '@app/programmes';
import { scalingPlanRefusal } from '@app/workflow';
import type { EntityManager } from 'typeorm';
import type { CreateScalingPlanInput, UpdateScalingPlanInput } from './scaling-plan.inputs';
import type { ScalingMechanism, ScalingPlan } from './scaling-plan.model';
import { ScalingPlanEntity } from './scaling-plan.entity';
import { costChange, type StoredCost, toCost } from './growth-cost';

/** A scaling plan inside a change: its pilot and programme are locked until the transaction ends. */
export interface OpenScalingPlan {
  plan: ScalingPlanEntity;
  pilot: PilotEntity;
  programme: ProgrammeEntity;
}

const PLAN_COLUMNS = `id, organisation_id AS "organisationId", pilot_id AS "pilotId", mechanism, mechanism_note AS "mechanismNote",
  target_service_area_ids AS "targetServiceAreaIds", expected_reach AS "expectedReach", transparency_measures AS "transparencyMeasures",
  cost_minor::text AS "costMinor", cost_currency AS "costCurrency", version, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Scaling plans (Grow it), one per pilot and only for pilots decided SCALE. Every change locks
 * the programme and the pilot (PilotsService.lock), checks the version the client saw and moves
 * it on, so the plan's version stands for its training actions too; one history event each.
 */
@Injectable()
export class ScalingPlansService {
  constructor(
    private readonly db: Database,
    private readonly pilots: PilotsService,
    private readonly serviceAreas: ServiceAreasService,
    private readonly organisations: OrganisationsService,
  ) {}

  create(ctx: RequestContext, input: CreateScalingPlanInput): Promise<ScalingPlan> {
    return this.db.transaction(ctx, async (em) => {
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: input.pilotId });
      const notScaled = scalingPlanRefusal(pilot.status);
      if (notScaled) throw new InvalidTransitionError(notScaled);
      const plans = this.db.tenant(ctx, ScalingPlanEntity);
      const existing = await plans.findOneBy({ pilotId: pilot.id });
      if (existing) {
        throw new ConflictError(
          'Scaling plan',
          existing.version,
          `The pilot already has a scaling plan (${existing.id}); change it with updateScalingPlan.`,
        );
      }
      const problems: FieldProblem[] = [];
      const mechanismNote = input.mechanismNote?.trim() ?? '';
      checkMechanism(input.mechanism, mechanismNote, 'input.mechanismNote', problems);
      const targetServiceAreaIds = await this.checkServiceAreas(ctx, input.targetServiceAreaIds ?? [], problems);
      const cost = await this.costOf(ctx, input, problems);
      if (problems.length) throw new BadInputError(problems);

      const plan = await plans.save(
        plans.create({
          pilotId: pilot.id,
          mechanism: input.mechanism,
          mechanismNote,
          targetServiceAreaIds,
          expectedReach: input.expectedReach ?? null,
          transparencyMeasures: input.transparencyMeasures?.trim() ?? '',
          costMinor: cost?.costMinor ?? null,
          costCurrency: cost?.costCurrency ?? null,
        }),
      );
      await this.record(ctx, { plan, pilot, programme }, 'SCALING_PLAN_CREATED', {
        mechanism: plan.mechanism,
        targetServiceAreaIds,
        expectedReach: plan.expectedReach,
      });
      return this.get(ctx, plan.id);
    });
  }

  update(ctx: RequestContext, input: UpdateScalingPlanInput): Promise<ScalingPlan> {
    const changes: Partial<ScalingPlanEntity> = definedOnly({
      mechanism: input.mechanism,
      mechanismNote: input.mechanismNote?.trim(),
      expectedReach: input.expectedReach,
      transparencyMeasures: input.transparencyMeasures?.trim(),
    });
    const problems: FieldProblem[] = [];
    if (input.clearExpectedReach) {
      if (changes.expectedReach !== undefined)
        problems.push({ field: 'input.clearExpectedReach', message: 'cannot be combined with input.expectedReach' });
      changes.expectedReach = null;
    }
    return this.db.transaction(ctx, async (em) => {
      const opened = await this.open(em, ctx, input.scalingPlanId);
      if (input.targetServiceAreaIds)
        changes.targetServiceAreaIds = await this.checkServiceAreas(ctx, input.targetServiceAreaIds, problems);
      const cost = await this.costOf(ctx, input, problems);
      if (cost) Object.assign(changes, cost);
      const mechanismField = changes.mechanismNote !== undefined ? 'input.mechanismNote' : 'input.mechanism';
      checkMechanism(
        changes.mechanism ?? opened.plan.mechanism,
        changes.mechanismNote ?? opened.plan.mechanismNote,
        mechanismField,
        problems,
      );
      if (problems.length) throw new BadInputError(problems);
      if (!Object.keys(changes).length)
        throw BadInputError.field('input', 'names nothing to change: give at least one field besides scalingPlanId and version');

      const plan = await updateVersioned(
        em,
        ScalingPlanEntity,
        'Scaling plan',
        { id: opened.plan.id, organisationId: ctx.tenantId, version: input.version },
        changes,
      );
      const values = Object.fromEntries(
        (['mechanism', 'targetServiceAreaIds', 'expectedReach'] as const).filter((f) => f in changes).map((f) => [f, plan[f]]),
      );
      await this.record(ctx, { ...opened, plan }, 'SCALING_PLAN_UPDATED', { fields: Object.keys(changes), ...values });
      return this.get(ctx, plan.id);
    });
  }

  /**
   * The cost a create or update writes, read in the organisation's currency (growth is paid for by
   * the organisation, whatever currency a pilot keeps); undefined when the input says nothing of it.
   */
  async costOf(
    ctx: RequestContext,
    input: { cost?: string | null; clearCost?: boolean | null },
    problems: FieldProblem[],
  ): Promise<StoredCost | undefined> {
    if ((input.cost === undefined || input.cost === null) && !input.clearCost) return undefined;
    return costChange(input, (await this.organisations.current(ctx)).currency, problems);
  }

  /** The organisation's plan, with its programme and pilot locked (in that order); NOT_FOUND in another organisation. */
  async open(em: EntityManager, ctx: RequestContext, planId: string): Promise<OpenScalingPlan> {
    const plans = this.db.tenant(ctx, ScalingPlanEntity);
    const found = await plans.get({ id: planId }, 'Scaling plan');
    const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: found.pilotId });
    // Again under the locks: the plan as the change that held them left it.
    const plan = await plans.get({ id: planId }, 'Scaling plan');
    return { plan, pilot, programme };
  }

  /** Moves the plan's version on for a change to its training; with `planVersion`, only if it is still the one the client saw. */
  async bump(em: EntityManager, ctx: RequestContext, opened: OpenScalingPlan, planVersion?: number): Promise<OpenScalingPlan> {
    const plan = await updateVersioned(
      em,
      ScalingPlanEntity,
      'Scaling plan',
      { id: opened.plan.id, organisationId: ctx.tenantId, version: planVersion ?? opened.plan.version },
      {},
    );
    return { ...opened, plan };
  }

  /** One event in the programme's history about the plan: ids, kinds and numbers only. */
  record(ctx: RequestContext, opened: OpenScalingPlan, type: string, payload: EventPayload = {}): Promise<void> {
    return this.pilots.record(ctx, opened.programme, type, opened.pilot, { scalingPlanId: opened.plan.id, ...payload });
  }

  async get(ctx: RequestContext, id: string): Promise<ScalingPlan> {
    const [plan] = await this.byIds(ctx, [id]);
    if (!plan) throw new NotFoundError('Scaling plan', id);
    return plan;
  }

  /** The organisation's plans with these ids; others' ids are simply absent. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<ScalingPlan[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<PlanRow>(
      ctx,
      `SELECT ${PLAN_COLUMNS} FROM scaling_plan WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [ctx.tenantId, [...ids]],
    );
    return rows.map(toPlan);
  }

  /** The plans of these pilots (pilots without one are absent). */
  async ofPilots(ctx: RequestContext, pilotIds: readonly string[]): Promise<ScalingPlan[]> {
    if (!pilotIds.length) return [];
    const rows = await this.db.query<PlanRow>(
      ctx,
      `SELECT ${PLAN_COLUMNS} FROM scaling_plan WHERE organisation_id = $1 AND pilot_id = ANY($2::uuid[])`,
      [ctx.tenantId, [...pilotIds]],
    );
    return rows.map(toPlan);
  }

  /** The ids given, each once, in order, if every one is a service area of the organisation; a problem for each that is not. */
  private async checkServiceAreas(ctx: RequestContext, ids: readonly string[], problems: FieldProblem[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const known = new Set((await this.serviceAreas.byIds(ctx, unique)).map((a) => a.id));
    ids.forEach((id, index) => {
      if (!known.has(id))
        problems.push({ field: `input.targetServiceAreaIds[${index}]`, message: "is not one of the organisation's service areas" });
    });
    return unique;
  }
}

type PlanRow = Omit<ScalingPlan, 'cost'> & StoredCost;

function toPlan({ costMinor, costCurrency, ...row }: PlanRow): ScalingPlan {
  return { ...row, cost: toCost({ costMinor, costCurrency }) };
}

function checkMechanism(
  mechanism: ScalingMechanism | ScalingPlanEntity['mechanism'],
  note: string,
  field: string,
  problems: FieldProblem[],
): void {
  if (mechanism === 'OTHER' && !note.trim())
    problems.push({ field, message: 'must say how the pilot will grow when the mechanism is OTHER (give a mechanismNote)' });
}
