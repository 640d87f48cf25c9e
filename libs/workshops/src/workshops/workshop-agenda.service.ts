import { Injectable } from '@nestjs/common';
import { BadInputError, type FieldProblem, type RequestContext } from '@app/common';
import { Database, tenantRepository } from '@app/database';
import { HistoryService } from '@app/history';
import { ProgrammesService } from '@app/programmes';
import { AGENDA_MAX_SECTIONS, STEP_INFO, workshopEditRefusal } from '@app/workflow';
import { WorkshopAgendaItemEntity } from './workshop-agenda-item.entity';
import type { WorkshopEntity } from './workshop.entity';
import type {
  AddWorkshopAgendaItemInput,
  RemoveWorkshopAgendaItemInput,
  ReorderWorkshopAgendaInput,
  UpdateWorkshopAgendaItemInput,
} from './workshop.inputs';
import type { Workshop, WorkshopAgendaItem } from './workshop.model';
import { checklistKeysOf, insertAgenda } from './agenda-sections';
import { bumpWorkshop, openWorkshop, recordWorkshopEvent, unique } from './workshop-writes';
import { WorkshopsService } from './workshops.service';

/**
 * A workshop's agenda: its first sections when it is planned, then sections added, changed,
 * removed and put in order. Each change locks the workshop and then its programme (live-programme.ts),
 * takes the workshop's version and moves it on, and records one WORKSHOP_AGENDA_CHANGED event.
 */
@Injectable()
export class WorkshopAgendaService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly programmes: ProgrammesService,
    private readonly workshops: WorkshopsService,
  ) {}

  add(ctx: RequestContext, input: AddWorkshopAgendaItemInput): Promise<Workshop> {
    return this.db.transaction(ctx, async (em) => {
      const current = await openWorkshop(this.programmes, em, ctx, input.workshopId, workshopEditRefusal);
      const items = await this.agendaOf(ctx, [current.id]);
      if (items.length >= AGENDA_MAX_SECTIONS)
        throw BadInputError.field('input', `would give the agenda more than ${AGENDA_MAX_SECTIONS} sections`);
      const keys = await this.checkKeys(ctx, current, input.checklistKeys ?? [], 'input.checklistKeys');
      const position = Math.min(input.position ?? items.length + 1, items.length + 1);
      const workshop = await bumpWorkshop(em, ctx, current, input.version);
      await em.query(
        `UPDATE workshop_agenda_item SET position = position + 1 WHERE organisation_id = $1 AND workshop_id = $2 AND position >= $3`,
        [ctx.tenantId, current.id, position],
      );
      const [added] = await insertAgenda(
        em,
        ctx,
        current.id,
        [{ title: input.title, minutes: input.minutes, checklistKeys: keys }],
        position,
      );
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_AGENDA_CHANGED', {
        change: 'ADDED',
        agendaItemId: added,
        position,
        minutes: input.minutes,
      });
      return this.workshops.get(ctx, workshop.id);
    });
  }

  update(ctx: RequestContext, input: UpdateWorkshopAgendaItemInput): Promise<Workshop> {
    return this.db.transaction(ctx, async (em) => {
      const item = await this.db.tenant(ctx, WorkshopAgendaItemEntity).get({ id: input.agendaItemId }, 'Agenda item');
      const current = await openWorkshop(this.programmes, em, ctx, item.workshopId, workshopEditRefusal);
      const changes: Partial<WorkshopAgendaItemEntity> = {};
      if (input.title != null) changes.title = input.title.trim();
      if (input.minutes != null) changes.minutes = input.minutes;
      if (input.checklistKeys != null)
        changes.checklistKeys = await this.checkKeys(ctx, current, input.checklistKeys, 'input.checklistKeys');
      if (!Object.keys(changes).length)
        throw BadInputError.field('input', 'names nothing to change: give a title, minutes or checklistKeys');
      const workshop = await bumpWorkshop(em, ctx, current, input.version);
      await tenantRepository(em, ctx, WorkshopAgendaItemEntity).update({ id: item.id }, changes);
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_AGENDA_CHANGED', {
        change: 'CHANGED',
        agendaItemId: item.id,
        fields: Object.keys(changes),
      });
      return this.workshops.get(ctx, workshop.id);
    });
  }

  remove(ctx: RequestContext, input: RemoveWorkshopAgendaItemInput): Promise<Workshop> {
    return this.db.transaction(ctx, async (em) => {
      const item = await this.db.tenant(ctx, WorkshopAgendaItemEntity).get({ id: input.agendaItemId }, 'Agenda item');
      const current = await openWorkshop(this.programmes, em, ctx, item.workshopId, workshopEditRefusal);
      const workshop = await bumpWorkshop(em, ctx, current, input.version);
      await em.query(`DELETE FROM workshop_agenda_item WHERE organisation_id = $1 AND id = $2`, [ctx.tenantId, item.id]);
      await em.query(
        `UPDATE workshop_agenda_item SET position = position - 1 WHERE organisation_id = $1 AND workshop_id = $2 AND position > $3`,
        [ctx.tenantId, current.id, item.position],
      );
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_AGENDA_CHANGED', { change: 'REMOVED', agendaItemId: item.id });
      return this.workshops.get(ctx, workshop.id);
    });
  }

  reorder(ctx: RequestContext, input: ReorderWorkshopAgendaInput): Promise<Workshop> {
    return this.db.transaction(ctx, async (em) => {
      const current = await openWorkshop(this.programmes, em, ctx, input.workshopId, workshopEditRefusal);
      const items = await this.agendaOf(ctx, [current.id]);
      const known = new Set(items.map((i) => i.id));
      const given = new Set(input.agendaItemIds);
      if (given.size !== input.agendaItemIds.length || given.size !== known.size || [...given].some((id) => !known.has(id)))
        throw BadInputError.field('input.agendaItemIds', "must list every item of the workshop's agenda, each once");
      const workshop = await bumpWorkshop(em, ctx, current, input.version);
      await em.query(
        `UPDATE workshop_agenda_item a SET position = o.position FROM unnest($3::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE a.organisation_id = $1 AND a.workshop_id = $2 AND a.id = o.id`,
        [ctx.tenantId, current.id, input.agendaItemIds],
      );
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_AGENDA_CHANGED', {
        change: 'REORDERED',
        agendaItemIds: input.agendaItemIds,
      });
      return this.workshops.get(ctx, workshop.id);
    });
  }

  /** The agendas of these workshops, in agenda order. */
  agendaOf(ctx: RequestContext, workshopIds: readonly string[]): Promise<WorkshopAgendaItem[]> {
    if (!workshopIds.length) return Promise.resolve([]);
    return this.db.query<WorkshopAgendaItem>(
      ctx,
      `SELECT id, workshop_id AS "workshopId", position, title, minutes, checklist_keys AS "checklistKeys" FROM workshop_agenda_item
        WHERE organisation_id = $1 AND workshop_id = ANY($2::uuid[]) ORDER BY workshop_id, position`,
      [ctx.tenantId, unique(workshopIds)],
    );
  }

  /** The keys given, each once, if every one is a checklist item of the workshop's step in its programme. */
  private async checkKeys(ctx: RequestContext, workshop: WorkshopEntity, keys: readonly string[], field: string): Promise<string[]> {
    const known = checklistKeysOf(await this.programmes.get(ctx, workshop.programmeId), workshop.step);
    const problems: FieldProblem[] = [];
    keys.forEach((key, index) => {
      if (!known.has(key))
        problems.push({ field: `${field}[${index}]`, message: `is not a checklist item of the ${STEP_INFO[workshop.step].name} step` });
    });
    if (problems.length) throw new BadInputError(problems);
    return unique(keys);
  }
}
