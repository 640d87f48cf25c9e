import type { RequestContext } from '@app/common';
import { tenantRepository } from '@app/database';
import type { ProgrammeEntity } from '@app/programmes';
import type { Step } from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { WorkshopAgendaItemEntity } from './workshop-agenda-item.entity';
import { unique } from './workshop-writes';

export interface AgendaSection {
  title: string;
  minutes: number;
  checklistKeys: readonly string[];
}

/**
 * The first agenda of a workshop being planned (WorkshopsService.plan, inside its transaction),
 * keeping only checklist keys of its step; answers the sections written. Kept out of
 * workshop-agenda.service.ts, which imports WorkshopsService, so neither file imports the other.
 */
export async function seedAgenda(
  em: EntityManager,
  ctx: RequestContext,
  workshopId: string,
  programme: ProgrammeEntity,
  step: Step,
  sections: readonly AgendaSection[],
): Promise<AgendaSection[]> {
  const keys = checklistKeysOf(programme, step);
  const kept = sections.map((s) => ({ ...s, checklistKeys: s.checklistKeys.filter((k) => keys.has(k)) }));
  await insertAgenda(em, ctx, workshopId, kept, 1);
  return kept;
}

/** Inserts sections from `position` on; answers their ids in order. */
export async function insertAgenda(
  em: EntityManager,
  ctx: RequestContext,
  workshopId: string,
  sections: readonly AgendaSection[],
  position: number,
): Promise<string[]> {
  if (!sections.length) return [];
  const items = tenantRepository(em, ctx, WorkshopAgendaItemEntity);
  const saved = await items.save(
    sections.map((s, i) =>
      items.create({
        workshopId,
        position: position + i,
        title: s.title.trim(),
        minutes: s.minutes,
        checklistKeys: unique(s.checklistKeys),
      }),
    ),
  );
  return saved.map((s) => s.id);
}

/** The checklist item keys of a step in the template the programme started with. */
export function checklistKeysOf(programme: ProgrammeEntity, step: Step): Set<string> {
  return new Set(programme.templateSnapshot.items.filter((item) => item.step === step).map((item) => item.key));
}
