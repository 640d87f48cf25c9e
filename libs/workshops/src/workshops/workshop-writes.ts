import { InvalidTransitionError, NotFoundError, type RequestContext } from '@app/common';
import { tenantRepository, updateVersioned } from '@app/database';
import { type EventPayload, HistoryService } from '@app/history';
import { ProgrammesService } from '@app/programmes';
import type { WorkshopStatus } from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { lockLiveProgramme } from './live-programme';
import { WorkshopEntity } from './workshop.entity';

/**
 * The workshop row, then its programme, locked until the transaction ends (the order of
 * live-programme.ts); another organisation's is NOT_FOUND, an archived programme's refused.
 * `refusal` says why the change at hand cannot be made in the workshop's status (a rule of
 * libs/workflow: editing, capture, the room), or null to take any status.
 */
export async function openWorkshop(
  programmes: ProgrammesService,
  em: EntityManager,
  ctx: RequestContext,
  id: string,
  refusal: ((status: WorkshopStatus) => string | null) | null,
): Promise<WorkshopEntity> {
  const row = await tenantRepository(em, ctx, WorkshopEntity)
    .queryBuilder('w')
    .setLock('pessimistic_write')
    .andWhere('w.id = :id', { id })
    .getOne();
  if (!row) throw new NotFoundError('Workshop', id);
  await lockLiveProgramme(programmes, em, ctx, row.programmeId);
  const refused = refusal?.(row.status);
  if (refused) throw new InvalidTransitionError(refused);
  return row;
}

/** Moves the workshop's version on from the one the caller saw (a stale one is CONFLICT), with any changes. */
export function bumpWorkshop(
  em: EntityManager,
  ctx: RequestContext,
  workshop: WorkshopEntity,
  version: number,
  changes: Partial<WorkshopEntity> = {},
): Promise<WorkshopEntity> {
  return updateVersioned(em, WorkshopEntity, 'Workshop', { id: workshop.id, organisationId: ctx.tenantId, version }, changes);
}

/** One event in the programme's history about the workshop: ids and non-personal values only. */
export async function recordWorkshopEvent(
  history: HistoryService,
  ctx: RequestContext,
  workshop: WorkshopEntity,
  type: string,
  payload: EventPayload,
): Promise<void> {
  await history.record(ctx, {
    type,
    programmeId: workshop.programmeId,
    payload: { programmeId: workshop.programmeId, workshopId: workshop.id, ...payload },
  });
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
