import { Injectable } from '@nestjs/common';
import { BadInputError, definedOnly, type FieldProblem, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { CommunicationActionEntity } from './communication-action.entity';
import { IncentiveEntity } from './incentive.entity';
import { ParticipantResourceEntity } from './participant-resource.entity';
import type {
  AddCommunicationActionInput,
  AddIncentiveInput,
  AddParticipantResourceInput,
  RemoveCommunicationActionInput,
  RemoveIncentiveInput,
  RemoveParticipantResourceInput,
  UpdateCommunicationActionInput,
  UpdateIncentiveInput,
  UpdateParticipantResourceInput,
} from './engagement-plan.inputs';
import type {
  CommunicationAction,
  EngagementPlan,
  Incentive,
  IncentiveKind,
  IncentivePayload,
  ParticipantResource,
  ParticipantResourceKind,
} from './engagement-plan.model';
import { EngagementPlansService, type OpenPlan, toPlan } from './engagement-plans.service';
import { incentiveWarnings } from './incentive-advice';

type PartEntity = IncentiveEntity | CommunicationActionEntity | ParticipantResourceEntity;

/**
 * The parts of an engagement plan: incentives (Alford 2009), communication actions, and the
 * resources the body gives participants (Jakobsen 2012). Each change runs through
 * EngagementPlansService.change, so it moves the plan's version on and writes one history
 * event with ids and kinds only.
 */
@Injectable()
export class EngagementPartsService {
  constructor(
    private readonly db: Database,
    private readonly plans: EngagementPlansService,
  ) {}

  // Incentives ---------------------------------------------------------------------------------

  addIncentive(ctx: RequestContext, input: AddIncentiveInput): Promise<IncentivePayload> {
    return this.db.transaction(ctx, async (em) => {
      const opened = await this.plans.change(em, ctx, input.pilotId, input.planVersion);
      const incentives = this.db.tenant(ctx, IncentiveEntity);
      const row = await incentives.save(
        incentives.create({
          planId: opened.plan.id,
          kind: input.kind,
          description: input.description.trim(),
          audience: input.audience?.trim() ?? '',
        }),
      );
      await this.plans.record(ctx, opened, 'INCENTIVE_ADDED', { incentiveId: row.id, kind: row.kind });
      return incentivePayload(row, opened);
    });
  }

  async updateIncentive(ctx: RequestContext, input: UpdateIncentiveInput): Promise<IncentivePayload> {
    const changes = definedOnly({ kind: input.kind, description: input.description?.trim(), audience: input.audience?.trim() });
    requireSomeChange(changes, 'incentiveId');
    return this.db.transaction(ctx, async (em) => {
      const { opened } = await this.lockPart(em, ctx, IncentiveEntity, 'Incentive', input.incentiveId, input.planVersion);
      const incentives = this.db.tenant(ctx, IncentiveEntity);
      await incentives.update({ id: input.incentiveId }, changes);
      const row = await incentives.get({ id: input.incentiveId }, 'Incentive');
      await this.plans.record(ctx, opened, 'INCENTIVE_UPDATED', { incentiveId: row.id, kind: row.kind, fields: Object.keys(changes) });
      return incentivePayload(row, opened);
    });
  }

  removeIncentive(ctx: RequestContext, input: RemoveIncentiveInput): Promise<EngagementPlan> {
    return this.removePart(ctx, IncentiveEntity, 'Incentive', input.incentiveId, input.planVersion, 'INCENTIVE_REMOVED', (row) => ({
      incentiveId: row.id,
      kind: row.kind,
    }));
  }

  // Communication actions ----------------------------------------------------------------------

  async addCommunicationAction(ctx: RequestContext, input: AddCommunicationActionInput): Promise<CommunicationAction> {
    checkDates(input.startsOn ?? null, input.endsOn ?? null);
    return this.db.transaction(ctx, async (em) => {
      const opened = await this.plans.change(em, ctx, input.pilotId, input.planVersion);
      const actions = this.db.tenant(ctx, CommunicationActionEntity);
      const row = await actions.save(
        actions.create({
          planId: opened.plan.id,
          channel: input.channel.trim(),
          audience: input.audience?.trim() ?? '',
          message: input.message.trim(),
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          done: input.done ?? false,
        }),
      );
      await this.plans.record(ctx, opened, 'COMMUNICATION_ACTION_ADDED', {
        communicationActionId: row.id,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        done: row.done,
      });
      return toCommunicationAction(row);
    });
  }

  async updateCommunicationAction(ctx: RequestContext, input: UpdateCommunicationActionInput): Promise<CommunicationAction> {
    const changes: Partial<CommunicationActionEntity> = definedOnly({
      channel: input.channel?.trim(),
      audience: input.audience?.trim(),
      message: input.message?.trim(),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      done: input.done,
    });
    const problems: FieldProblem[] = [];
    for (const [flag, field] of [
      ['clearStartsOn', 'startsOn'],
      ['clearEndsOn', 'endsOn'],
    ] as const) {
      if (!input[flag]) continue;
      if (changes[field] !== undefined) problems.push({ field: `input.${flag}`, message: `cannot be combined with input.${field}` });
      changes[field] = null;
    }
    if (problems.length) throw new BadInputError(problems);
    requireSomeChange(changes, 'communicationActionId');
    return this.db.transaction(ctx, async (em) => {
      const { row: before, opened } = await this.lockPart(
        em,
        ctx,
        CommunicationActionEntity,
        'Communication action',
        input.communicationActionId,
        input.planVersion,
      );
      const startsOn = changes.startsOn === undefined ? before.startsOn : changes.startsOn;
      const endsOn = changes.endsOn === undefined ? before.endsOn : changes.endsOn;
      checkDates(startsOn, endsOn, changes.endsOn !== undefined ? 'input.endsOn' : 'input.startsOn');
      const actions = this.db.tenant(ctx, CommunicationActionEntity);
      await actions.update({ id: before.id }, changes);
      const row = await actions.get({ id: before.id }, 'Communication action');
      await this.plans.record(ctx, opened, 'COMMUNICATION_ACTION_UPDATED', {
        communicationActionId: row.id,
        fields: Object.keys(changes),
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        done: row.done,
      });
      return toCommunicationAction(row);
    });
  }

  removeCommunicationAction(ctx: RequestContext, input: RemoveCommunicationActionInput): Promise<EngagementPlan> {
    return this.removePart(
      ctx,
      CommunicationActionEntity,
      'Communication action',
      input.communicationActionId,
      input.planVersion,
      'COMMUNICATION_ACTION_REMOVED',
      (row) => ({
        communicationActionId: row.id,
      }),
    );
  }

  // Resources for participants -----------------------------------------------------------------

  addParticipantResource(ctx: RequestContext, input: AddParticipantResourceInput): Promise<ParticipantResource> {
    return this.db.transaction(ctx, async (em) => {
      const opened = await this.plans.change(em, ctx, input.pilotId, input.planVersion);
      const resources = this.db.tenant(ctx, ParticipantResourceEntity);
      const row = await resources.save(
        resources.create({ planId: opened.plan.id, kind: input.kind, description: input.description.trim() }),
      );
      await this.plans.record(ctx, opened, 'PARTICIPANT_RESOURCE_ADDED', { participantResourceId: row.id, kind: row.kind });
      return toResource(row);
    });
  }

  async updateParticipantResource(ctx: RequestContext, input: UpdateParticipantResourceInput): Promise<ParticipantResource> {
    const changes = definedOnly({ kind: input.kind, description: input.description?.trim() });
    requireSomeChange(changes, 'participantResourceId');
    return this.db.transaction(ctx, async (em) => {
      const { opened } = await this.lockPart(
        em,
        ctx,
        ParticipantResourceEntity,
        'Participant resource',
        input.participantResourceId,
        input.planVersion,
      );
      const resources = this.db.tenant(ctx, ParticipantResourceEntity);
      await resources.update({ id: input.participantResourceId }, changes);
      const row = await resources.get({ id: input.participantResourceId }, 'Participant resource');
      await this.plans.record(ctx, opened, 'PARTICIPANT_RESOURCE_UPDATED', {
        participantResourceId: row.id,
        kind: row.kind,
        fields: Object.keys(changes),
      });
      return toResource(row);
    });
  }

  removeParticipantResource(ctx: RequestContext, input: RemoveParticipantResourceInput): Promise<EngagementPlan> {
    return this.removePart(
      ctx,
      ParticipantResourceEntity,
      'Participant resource',
      input.participantResourceId,
      input.planVersion,
      'PARTICIPANT_RESOURCE_REMOVED',
      (row) => ({
        participantResourceId: row.id,
        kind: row.kind,
      }),
    );
  }

  // Reads, a statement per part whatever the number of plans -----------------------------------

  async incentivesOf(ctx: RequestContext, planIds: readonly string[]): Promise<IncentiveEntity[]> {
    return this.partsOf(ctx, IncentiveEntity, planIds);
  }

  async communicationActionsOf(ctx: RequestContext, planIds: readonly string[]): Promise<CommunicationActionEntity[]> {
    if (!planIds.length) return [];
    // In date order, undated ones last, then in the order they were added.
    return this.db
      .tenant(ctx, CommunicationActionEntity)
      .queryBuilder('a')
      .andWhere('a.plan_id IN (:...planIds)', { planIds: [...planIds] })
      .orderBy('a.starts_on', 'ASC', 'NULLS LAST')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  async resourcesOf(ctx: RequestContext, planIds: readonly string[]): Promise<ParticipantResourceEntity[]> {
    return this.partsOf(ctx, ParticipantResourceEntity, planIds);
  }

  private async partsOf<T extends PartEntity>(ctx: RequestContext, entity: EntityTarget<T>, planIds: readonly string[]): Promise<T[]> {
    if (!planIds.length) return [];
    return this.db
      .tenant(ctx, entity)
      .queryBuilder('part')
      .andWhere('part.plan_id IN (:...planIds)', { planIds: [...planIds] })
      .orderBy('part.created_at', 'ASC')
      .addOrderBy('part.id', 'ASC')
      .getMany();
  }

  /**
   * A part of the organisation's plans, with its plan opened for a change (locked, version
   * checked and moved on). Another organisation's part is NOT_FOUND, as is one removed while
   * this change waited for the lock.
   */
  private async lockPart<T extends PartEntity>(
    em: EntityManager,
    ctx: RequestContext,
    entity: EntityTarget<T>,
    what: string,
    id: string,
    planVersion: number,
  ): Promise<{ row: T; opened: OpenPlan }> {
    const parts = this.db.tenant(ctx, entity);
    const found = await parts.get({ id } as FindOptionsWhere<T>, what);
    const opened = await this.plans.changeByPlanId(em, ctx, found.planId, planVersion);
    // Again under the plan's lock: a removal that held it first is NOT_FOUND now.
    return { row: await parts.get({ id } as FindOptionsWhere<T>, what), opened };
  }

  private removePart<T extends PartEntity>(
    ctx: RequestContext,
    entity: EntityTarget<T>,
    what: string,
    id: string,
    planVersion: number,
    eventType: string,
    payload: (row: T) => Record<string, string>,
  ): Promise<EngagementPlan> {
    return this.db.transaction(ctx, async (em) => {
      const { row, opened } = await this.lockPart(em, ctx, entity, what, id, planVersion);
      await this.db.tenant(ctx, entity).delete({ id: row.id } as FindOptionsWhere<T>);
      await this.plans.record(ctx, opened, eventType, payload(row));
      return toPlan(opened.plan);
    });
  }
}

function requireSomeChange(changes: object, idField: string): void {
  if (!Object.keys(changes).length)
    throw BadInputError.field('input', `names nothing to change: give at least one field besides ${idField} and planVersion`);
}

/** `field` is the date at fault: the end, or the start when only the start changed. */
function checkDates(startsOn: string | null, endsOn: string | null, field: 'input.startsOn' | 'input.endsOn' = 'input.endsOn'): void {
  // ISO dates compare as strings.
  if (!startsOn || !endsOn || endsOn >= startsOn) return;
  throw BadInputError.field(
    field,
    field === 'input.startsOn' ? `must be on or before the end date (${endsOn})` : `must be on or after the start date (${startsOn})`,
  );
}

function incentivePayload(row: IncentiveEntity, opened: OpenPlan): IncentivePayload {
  const incentive = toIncentive(row);
  return { incentive, plan: toPlan(opened.plan), warnings: incentiveWarnings(incentive.kind) };
}

export function toIncentive(row: IncentiveEntity): Incentive {
  const kind = row.kind as IncentiveKind;
  return {
    id: row.id,
    planId: row.planId,
    kind,
    description: row.description,
    audience: row.audience,
    warning: incentiveWarnings(kind)[0] ?? null,
    createdAt: row.createdAt,
  };
}

export function toCommunicationAction(row: CommunicationActionEntity): CommunicationAction {
  return {
    id: row.id,
    planId: row.planId,
    channel: row.channel,
    audience: row.audience,
    message: row.message,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    done: row.done,
    createdAt: row.createdAt,
  };
}

export function toResource(row: ParticipantResourceEntity): ParticipantResource {
  return {
    id: row.id,
    planId: row.planId,
    kind: row.kind as ParticipantResourceKind,
    description: row.description,
    createdAt: row.createdAt,
  };
}
