import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  DomainError,
  type FieldProblem,
  InvalidTransitionError,
  NotFoundError,
  type RequestContext,
} from '@app/common';
import { Database, tenantRepository, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
import { InitiativesService } from '@app/mapping';
import { PriorityAreasService } from '@app/pilots';
import { ChecklistsService, ProgrammesService, TasksService } from '@app/programmes';
import {
  type WorkshopConversionKind,
  workshopCaptureRefusal,
  workshopOutputChangeRefusal,
  WORKSHOP_OUTPUT_TEXT_MAX_LENGTH,
} from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { WorkshopAgendaItemEntity } from '../workshops/workshop-agenda-item.entity';
import { openWorkshop, recordWorkshopEvent } from '../workshops/workshop-writes';
import { WorkshopEntity } from '../workshops/workshop.entity';
import { WorkshopOutputEntity } from './workshop-output.entity';
import type {
  CaptureWorkshopOutputsInput,
  ConvertWorkshopOutputInput,
  UpdateWorkshopOutputInput,
  WorkshopConversionTarget,
  WorkshopOutputVersionInput,
} from './workshop-output.inputs';
import type { WorkshopOutput } from './workshop-output.model';

/** What another library shows of an output (WorkshopOutputsService.summaries). */
export interface WorkshopOutputSummary {
  programmeId: string;
  title: string;
  text: string;
  on: string;
}

const COLUMNS = `o.id, o.workshop_id AS "workshopId", o.position, o.kind, o.text, o.agenda_item_id AS "agendaItemId",
  o.created_by AS "createdBy", o.guest_id AS "guestId", o.converted_kind AS "convertedKind", o.converted_id AS "convertedId",
  o.converted_at AS "convertedAt", o.version, o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

/** The field of each conversion target, and the kind of record it makes. */
const TARGETS = {
  task: 'TASK',
  initiative: 'INITIATIVE',
  priorityArea: 'PRIORITY_AREA',
  checklistTick: 'CHECKLIST_TICK',
} as const satisfies Record<keyof WorkshopConversionTarget, WorkshopConversionKind>;
type Target = keyof typeof TARGETS;

/**
 * What a workshop's room produced: captured many at once, edited or deleted while unconverted,
 * and converted in one call into the record it describes. The record is made by the library that
 * owns it (tasks, initiatives, priority areas, checklist ticks) inside this service's
 * transaction, so a refused conversion writes nothing and leaves the output as it was. History
 * holds ids, kinds and counts only, never the text.
 */
@Injectable()
export class WorkshopOutputsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly tasks: TasksService,
    private readonly initiatives: InitiativesService,
    private readonly priorityAreas: PriorityAreasService,
    private readonly checklists: ChecklistsService,
    private readonly programmes: ProgrammesService,
  ) {}

  /** All or nothing: a bad output refuses the batch, naming its field (`input.outputs[3].text`). */
  capture(ctx: RequestContext, input: CaptureWorkshopOutputsInput, author: { guestId?: string } = {}): Promise<WorkshopOutput[]> {
    return this.db.transaction(ctx, async (em) => {
      const workshop = await openWorkshop(this.programmes, em, ctx, input.workshopId, workshopCaptureRefusal);
      const agenda = new Set(
        (await tenantRepository(em, ctx, WorkshopAgendaItemEntity).findBy({ workshopId: workshop.id })).map((item) => item.id),
      );
      const problems: FieldProblem[] = [];
      input.outputs.forEach((output, index) => {
        if (output.agendaItemId && !agenda.has(output.agendaItemId))
          problems.push({ field: `input.outputs[${index}].agendaItemId`, message: "is not a section of this workshop's agenda" });
      });
      if (problems.length) throw new BadInputError(problems);
      const [{ last }] = await em.query(
        `SELECT COALESCE(max(position), 0)::int AS last FROM workshop_output WHERE organisation_id = $1 AND workshop_id = $2`,
        [ctx.tenantId, workshop.id],
      );
      const outputs = tenantRepository(em, ctx, WorkshopOutputEntity);
      const saved = await outputs.save(
        input.outputs.map((output, index) =>
          outputs.create({
            workshopId: workshop.id,
            position: last + index + 1,
            kind: output.kind,
            text: output.text.trim(),
            agendaItemId: output.agendaItemId ?? null,
            createdBy: ctx.userIdOrNull,
            guestId: author.guestId ?? null,
            convertedKind: null,
            convertedId: null,
            convertedAt: null,
          }),
        ),
      );
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_OUTPUTS_CAPTURED', {
        outputIds: saved.map((o) => o.id),
        kinds: saved.map((o) => o.kind),
      });
      return this.byIds(
        ctx,
        saved.map((o) => o.id),
      );
    });
  }

  update(ctx: RequestContext, input: UpdateWorkshopOutputInput): Promise<WorkshopOutput> {
    return this.db.transaction(ctx, async (em) => {
      const { output, workshop } = await this.openOutput(em, ctx, input);
      const changes: Partial<WorkshopOutputEntity> = {};
      if (input.kind != null) changes.kind = input.kind;
      if (input.text != null) changes.text = input.text.trim();
      if (input.agendaItemId != null) {
        const item = await tenantRepository(em, ctx, WorkshopAgendaItemEntity).findOneBy({ id: input.agendaItemId });
        if (!item || item.workshopId !== workshop.id)
          throw BadInputError.field('input.agendaItemId', "is not a section of this workshop's agenda");
        changes.agendaItemId = item.id;
      }
      if (!Object.keys(changes).length) throw BadInputError.field('input', 'names nothing to change: give a kind, text or agendaItemId');
      await updateVersioned(em, WorkshopOutputEntity, 'Workshop output', this.key(ctx, input), changes);
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_OUTPUT_CHANGED', {
        outputId: output.id,
        change: 'EDITED',
        fields: Object.keys(changes),
        ...(changes.kind ? { kind: changes.kind, previousKind: output.kind } : {}),
      });
      return this.get(ctx, output.id);
    });
  }

  /** Deletes an output that has not been converted, and answers it as it was. */
  delete(ctx: RequestContext, input: WorkshopOutputVersionInput): Promise<WorkshopOutput> {
    return this.db.transaction(ctx, async (em) => {
      const { output, workshop } = await this.openOutput(em, ctx, input);
      const last = await this.get(ctx, output.id);
      await em.query(`DELETE FROM workshop_output WHERE organisation_id = $1 AND id = $2`, [ctx.tenantId, output.id]);
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_OUTPUT_CHANGED', {
        outputId: output.id,
        change: 'DELETED',
        kind: output.kind,
      });
      return last;
    });
  }

  /**
   * Makes the record the output describes through the library that owns it, and marks the output
   * converted, in one transaction: if the owner refuses (a service area that is not the
   * organisation's, an item already ticked…), its error comes back naming the field under
   * `input.into`, and nothing is written.
   */
  async convert(ctx: RequestContext, input: ConvertWorkshopOutputInput): Promise<WorkshopOutput> {
    const given = (Object.keys(TARGETS) as Target[]).filter((key) => input.into?.[key] != null);
    if (given.length !== 1)
      throw BadInputError.field(
        'input.into',
        given.length
          ? `must name exactly one record to make, not ${given.join(' and ')}`
          : 'must name the record to make: task, initiative, priorityArea or checklistTick',
      );
    const target = given[0];
    return this.db.transaction(ctx, async (em) => {
      const { output, workshop } = await this.openOutput(em, ctx, input);
      const convertedId = await renamingFields(`input.into.${target}`, () => this.make(ctx, workshop, output, input.into, target));
      const convertedKind = TARGETS[target];
      await updateVersioned(em, WorkshopOutputEntity, 'Workshop output', this.key(ctx, input), {
        convertedKind,
        convertedId,
        convertedAt: new Date(),
      });
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_OUTPUT_CONVERTED', {
        outputId: output.id,
        kind: output.kind,
        convertedKind,
        convertedId,
      });
      return this.get(ctx, output.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<WorkshopOutput> {
    const [output] = await this.byIds(ctx, [id]);
    if (!output) throw new NotFoundError('Workshop output', id);
    return output;
  }

  /** The organisation's outputs with these ids, in capture order; others' ids are simply absent. */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<WorkshopOutput[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query<WorkshopOutput>(
      ctx,
      `SELECT ${COLUMNS} FROM workshop_output o WHERE o.organisation_id = $1 AND o.id = ANY($2::uuid[]) ORDER BY o.workshop_id, o.position`,
      [ctx.tenantId, [...new Set(ids)]],
    );
  }

  /**
   * What another library shows of these outputs, by id, in one statement: the programme of the
   * workshop each came from, the workshop's title, the output's words and the workshop's day in
   * `timeZone` (YYYY-MM-DD). Never who wrote it. Others' ids are simply absent.
   */
  async summaries(ctx: RequestContext, ids: readonly string[], timeZone: string): Promise<Map<string, WorkshopOutputSummary>> {
    if (!ids.length) return new Map();
    const rows = await this.db.query<WorkshopOutputSummary & { id: string }>(
      ctx,
      `SELECT o.id, w.programme_id AS "programmeId", w.title, o.text, to_char(w.starts_at AT TIME ZONE $3, 'YYYY-MM-DD') AS "on"
         FROM workshop_output o JOIN workshop w ON w.id = o.workshop_id AND w.organisation_id = o.organisation_id
        WHERE o.organisation_id = $1 AND o.id = ANY($2::uuid[])`,
      [ctx.tenantId, [...new Set(ids)], timeZone],
    );
    return new Map(rows.map(({ id, ...summary }) => [id, summary]));
  }

  /** The outputs of these workshops, each workshop's in capture order (Workshop.outputs). */
  outputsOf(ctx: RequestContext, workshopIds: readonly string[]): Promise<WorkshopOutput[]> {
    if (!workshopIds.length) return Promise.resolve([]);
    return this.db.query<WorkshopOutput>(
      ctx,
      `SELECT ${COLUMNS} FROM workshop_output o WHERE o.organisation_id = $1 AND o.workshop_id = ANY($2::uuid[]) ORDER BY o.workshop_id, o.position`,
      [ctx.tenantId, [...new Set(workshopIds)]],
    );
  }

  /** The outputs that became these records (the other side of the link: Task.workshopOutput and the like). */
  convertedInto(ctx: RequestContext, kind: WorkshopConversionKind, recordIds: readonly string[]): Promise<WorkshopOutput[]> {
    if (!recordIds.length) return Promise.resolve([]);
    return this.db.query<WorkshopOutput>(
      ctx,
      `SELECT ${COLUMNS} FROM workshop_output o WHERE o.organisation_id = $1 AND o.converted_kind = $2 AND o.converted_id = ANY($3::uuid[])
        ORDER BY o.converted_at, o.id`,
      [ctx.tenantId, kind, [...new Set(recordIds)]],
    );
  }

  /**
   * Whether what each converted output became still stands, in the order given (null for an
   * output not converted): the task, initiative or priority area still exists, or the checklist
   * item still holds the tick the conversion made. Asked of each owner's service, one statement per kind.
   */
  async standing(ctx: RequestContext, outputs: readonly WorkshopOutput[]): Promise<Array<boolean | null>> {
    const idsOf = (kind: WorkshopConversionKind) => outputs.filter((o) => o.convertedKind === kind).map((o) => o.convertedId!);
    const [tasks, initiatives, areas, items] = await Promise.all([
      this.tasks.byIds(ctx, idsOf('TASK')),
      this.initiatives.byIds(ctx, idsOf('INITIATIVE')),
      this.priorityAreas.byIds(ctx, idsOf('PRIORITY_AREA')),
      this.checklists.byIds(ctx, idsOf('CHECKLIST_TICK')),
    ]);
    const existing = new Set([...tasks, ...initiatives, ...areas].map((r) => r.id));
    const tickedAt = new Map(items.map((i) => [i.id, i.tickedAt]));
    return outputs.map((o) => {
      if (!o.convertedKind || !o.convertedId) return null;
      if (o.convertedKind === 'CHECKLIST_TICK') return tickStands(tickedAt.get(o.convertedId) ?? null, o.convertedAt);
      return existing.has(o.convertedId);
    });
  }

  /** Makes the record through its owner's service (which joins this transaction); answers its id. */
  private async make(
    ctx: RequestContext,
    workshop: WorkshopEntity,
    output: WorkshopOutputEntity,
    into: WorkshopConversionTarget,
    target: Target,
  ): Promise<string> {
    switch (target) {
      case 'task': {
        const task = into.task!;
        const made = await this.tasks.create(
          ctx,
          {
            programmeId: workshop.programmeId,
            step: workshop.step,
            title: task.title?.trim() || cut(output.text, 200),
            description: output.text,
            assigneeId: task.assigneeId,
            dueDate: task.dueDate,
          },
          { workshopId: workshop.id },
        );
        return made.id;
      }
      case 'initiative': {
        const initiative = into.initiative!;
        const made = await this.initiatives.create(ctx, {
          programmeId: workshop.programmeId,
          serviceAreaId: initiative.serviceAreaId,
          name: initiative.name?.trim() || cut(output.text, 200),
          description: output.text,
          forms: initiative.forms,
        });
        return made.id;
      }
      case 'priorityArea': {
        const made = await this.priorityAreas.create(ctx, {
          programmeId: workshop.programmeId,
          serviceAreaId: into.priorityArea!.serviceAreaId,
          rationale: output.text,
        });
        return made.id;
      }
      case 'checklistTick': {
        const item = await this.checklists.tickByKey(
          ctx,
          { programmeId: workshop.programmeId, cycle: workshop.cycle, key: into.checklistTick!.itemKey, field: 'input.itemKey' },
          { evidenceText: evidenceFrom(workshop, output) },
        );
        return item.id;
      }
    }
  }

  /** The output and its workshop, locked, at the version the caller saw, and not yet converted. */
  private async openOutput(
    em: EntityManager,
    ctx: RequestContext,
    key: WorkshopOutputVersionInput,
  ): Promise<{ output: WorkshopOutputEntity; workshop: WorkshopEntity }> {
    const outputs = tenantRepository(em, ctx, WorkshopOutputEntity);
    const found = await outputs.findOneBy({ id: key.outputId });
    if (!found) throw new NotFoundError('Workshop output', key.outputId);
    const workshop = await openWorkshop(this.programmes, em, ctx, found.workshopId, workshopCaptureRefusal);
    const output = await outputs.queryBuilder('o').setLock('pessimistic_write').andWhere('o.id = :id', { id: key.outputId }).getOne();
    if (!output) throw new NotFoundError('Workshop output', key.outputId);
    const refusal = workshopOutputChangeRefusal(output.convertedKind);
    if (refusal) throw new InvalidTransitionError(refusal);
    if (output.version !== key.version) throw new ConflictError('Workshop output', output.version);
    return { output, workshop };
  }

  private key(ctx: RequestContext, input: WorkshopOutputVersionInput) {
    return { id: input.outputId, organisationId: ctx.tenantId, version: input.version };
  }
}

/** The first line of the text, cut to `max` characters with an ellipsis. */
function cut(text: string, max: number): string {
  const line = text.trim().split(/\r?\n/)[0].trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The tick's evidence: the workshop, by title, date and id, and what the room said. */
function evidenceFrom(workshop: WorkshopEntity, output: WorkshopOutputEntity): string {
  const head = `Agreed at the workshop "${workshop.title}" on ${workshop.startsAt.toISOString().slice(0, 10)} (workshop ${workshop.id}, output ${output.position}): `;
  return head + cut(output.text, Math.max(100, WORKSHOP_OUTPUT_TEXT_MAX_LENGTH - head.length));
}

/**
 * Runs the owner's work and answers its errors under our input: its `input.serviceAreaId`
 * becomes `input.into.initiative.serviceAreaId`, so the client can point at the field it sent.
 */
async function renamingFields<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  const rename = (field: string) => (field === 'input' ? prefix : field.startsWith('input.') ? `${prefix}${field.slice(5)}` : field);
  try {
    return await work();
  } catch (error) {
    if (error instanceof BadInputError) throw new BadInputError(error.problems.map((p) => ({ ...p, field: rename(p.field) })));
    if (error instanceof DomainError && typeof error.details.field === 'string') {
      const field = rename(error.details.field);
      throw new DomainError(error.code, error.message.replace(error.details.field, field), { ...error.details, field });
    }
    throw error;
  }
}

/**
 * Whether a checklist item still holds the tick an output's conversion made: ticked, and not
 * since (tickByKey sets tickedAt just before the conversion sets convertedAt, in one
 * transaction). Unticked, or ticked again later on other evidence, it no longer does.
 */
export function tickStands(tickedAt: Date | null, convertedAt: Date | null): boolean {
  return tickedAt !== null && convertedAt !== null && tickedAt.getTime() <= convertedAt.getTime();
}
