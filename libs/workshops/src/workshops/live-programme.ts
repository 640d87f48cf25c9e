import { InvalidTransitionError, type RequestContext } from '@app/common';
import { type ProgrammeEntity, ProgrammesService } from '@app/programmes';
import { programmeChangeRefusal } from '@app/workflow';
import type { EntityManager } from 'typeorm';

/**
 * Locks a workshop's programme for a change to the workshop, its agenda or its outputs, and
 * refuses one that is archived (final, as its tasks and pilots are). Every change locks the
 * workshop first and the programme second, as conversions do (the task or tick they make locks
 * the programme), so two changes never wait on each other in opposite orders.
 */
export async function lockLiveProgramme(
  programmes: ProgrammesService,
  em: EntityManager,
  ctx: RequestContext,
  programmeId: string,
): Promise<ProgrammeEntity> {
  const programme = await programmes.lock(em, ctx, programmeId);
  const refusal = programmeChangeRefusal(programme.status, 'workshops');
  if (refusal) throw new InvalidTransitionError(refusal);
  return programme;
}
