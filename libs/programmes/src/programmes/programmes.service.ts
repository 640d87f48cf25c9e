import { Injectable } from '@nestjs/common';
import {
  Action,
  BadInputError,
  ConflictError,
  definedOnly,
  GateNotMetError,
  InvalidTransitionError,
  NotFoundError,
  pageWindow,
  type PageArgs,
  type RequestContext,
  requireAction,
} from '@app/common';
import { Database, tenantRepository, updateVersioned } from '@app/database';
import { type EventPayload, HistoryService } from '@app/history';
import { MembershipsService } from '@app/identity';
import {
  applyProgrammeMove,
  type GateResult,
  type ProgrammeMove,
  type ProgrammeState,
  type Refusal,
  STEPS,
  type Step,
  type StepChange,
  type WorkflowTemplateSpec,
} from '@app/workflow';
import { type EntityManager, In } from 'typeorm';
import { ChecklistItemEntity } from '../checklists/checklist-item.entity';
import { WorkflowTemplatesService } from '../templates/workflow-templates.service';
import { GateRecordEntity } from './gate-record.entity';
import { GatesService, type StepEvaluation } from './gates.service';
import { ProgrammeStepEntity } from './programme-step.entity';
import { ProgrammeEntity } from './programme.entity';
import type { CreateProgrammeInput, UpdateProgrammeInput, UpdateProgrammeStepInput } from './programme.inputs';

/** The history event each move writes. */
const MOVE_EVENTS: Record<ProgrammeMove['type'], string> = {
  ADVANCE: 'STEP_ADVANCED',
  COMPLETE: 'PROGRAMME_COMPLETED',
  START_NEXT_CYCLE: 'CYCLE_STARTED',
  REOPEN: 'STEP_REOPENED',
  PAUSE: 'PROGRAMME_PAUSED',
  RESUME: 'PROGRAMME_RESUMED',
  ARCHIVE: 'PROGRAMME_ARCHIVED',
};

export interface ProgrammeFilter {
  status?: string;
  step?: string;
}

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly gates: GatesService,
    private readonly memberships: MembershipsService,
    private readonly templates: WorkflowTemplatesService,
  ) {}

  async create(ctx: RequestContext, input: CreateProgrammeInput): Promise<ProgrammeEntity> {
    return this.db.transaction(ctx, async () => {
      const ownerId = input.ownerId ?? ctx.userIdOrNull;
      if (input.ownerId) await this.requireMember(ctx, input.ownerId, 'input.ownerId');
      const targets = new Map((input.targets ?? []).map((t) => [t.step as Step, t.targetDate ?? null]));
      if (targets.size !== (input.targets ?? []).length) throw BadInputError.field('input.targets', 'names a step more than once');
      const template = await this.templates.resolveForNewProgramme(ctx, input.templateId ?? null);

      const programmes = this.db.tenant(ctx, ProgrammeEntity);
      const programme = await programmes.save(
        programmes.create({
          name: input.name.trim(),
          description: input.description ?? '',
          ownerId,
          status: 'ACTIVE',
          currentStep: 'MAP',
          cycle: 1,
          templateId: template.templateId,
          templateVersion: template.templateVersion,
          templateSnapshot: template.spec,
          createdBy: ctx.userIdOrNull,
        }),
      );
      await this.createCycle(ctx, programme, 1, targets);
      await this.record(ctx, programme, 'PROGRAMME_CREATED', {
        templateId: template.templateId,
        templateVersion: template.templateVersion,
      });
      return programme;
    });
  }

  async update(ctx: RequestContext, input: UpdateProgrammeInput): Promise<ProgrammeEntity> {
    return this.db.transaction(ctx, async (em) => {
      if (input.ownerId) await this.requireMember(ctx, input.ownerId, 'input.ownerId');
      const { programmeId, version, ...changes } = input;
      // Trimmed as create trims it.
      const fields = definedOnly({ ...changes, name: changes.name?.trim() });
      const programme = await updateVersioned(
        em,
        ProgrammeEntity,
        'Programme',
        { id: programmeId, organisationId: ctx.tenantId, version },
        fields,
      );
      await this.record(ctx, programme, 'PROGRAMME_UPDATED', { fields: Object.keys(fields) });
      return programme;
    });
  }

  /** Sets (or clears) the owner and target date of a step in the current cycle. */
  async updateStep(ctx: RequestContext, input: UpdateProgrammeStepInput): Promise<ProgrammeEntity> {
    const changes: Partial<ProgrammeStepEntity> = {
      ...definedOnly({ ownerId: input.ownerId, targetDate: input.targetDate }),
      ...(input.clearOwner ? { ownerId: null } : {}),
      ...(input.clearTargetDate ? { targetDate: null } : {}),
    };
    if (!Object.keys(changes).length)
      throw BadInputError.field('input', 'changes nothing: give ownerId, targetDate, clearOwner or clearTargetDate');
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.lock(em, ctx, input.programmeId, input.version);
      if (input.ownerId) await this.requireMember(ctx, input.ownerId, 'input.ownerId');
      await this.db
        .tenant(ctx, ProgrammeStepEntity)
        .update({ programmeId: programme.id, cycle: programme.cycle, step: input.step }, changes);
      const saved = await this.bump(ctx, programme);
      await this.record(ctx, saved, 'STEP_UPDATED', { step: input.step, cycle: programme.cycle, fields: Object.keys(changes) });
      return saved;
    });
  }

  /**
   * Every lifecycle move: lock the programme, check the version the client saw, let
   * libs/workflow decide from the current gate, then write the step changes and one event.
   */
  async move(
    ctx: RequestContext,
    key: { programmeId: string; version: number },
    build: (gate: GateResult) => ProgrammeMove,
    reasonField: string,
  ): Promise<ProgrammeEntity> {
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.lock(em, ctx, key.programmeId, key.version);
      const steps = await this.db.tenant(ctx, ProgrammeStepEntity).find({ where: { programmeId: programme.id, cycle: programme.cycle } });
      const current = steps.find((s) => s.step === programme.currentStep)!;
      const evaluation = await this.gates.evaluateOne(ctx, current);
      const { gate } = evaluation.live;
      const move = build(gate);
      const overriding = 'overrideReason' in move && !!move.overrideReason?.trim() && !gate.open;
      if (overriding) requireAction(ctx.role, Action.OVERRIDE_GATE);

      const before = stateOf(programme, steps);
      const outcome = applyProgrammeMove(before, move);
      if (!outcome.ok) throw refusalError(outcome.refusal, reasonField);

      const reason =
        move.type === 'REOPEN'
          ? move.reason.trim()
          : outcome.overridden
            ? (move as { overrideReason: string }).overrideReason.trim()
            : null;
      // One instant for the whole move: a step's completedAt is its gate record's passedAt, and a reopen's startedAt the setAsideAt.
      const at = new Date();
      await this.applyStepChanges(ctx, programme, steps, outcome.stepChanges, outcome.overridden ? reason : null, at);
      const records = await this.keepGateRecords(
        ctx,
        em,
        programme,
        steps,
        outcome.stepChanges,
        evaluation,
        outcome.overridden ? reason : null,
        at,
      );
      if (outcome.state.cycle !== programme.cycle) await this.createCycle(ctx, programme, outcome.state.cycle, new Map(), true);

      Object.assign(programme, { status: outcome.state.status, currentStep: outcome.state.currentStep, cycle: outcome.state.cycle });
      const saved = await this.bump(ctx, programme);
      await this.record(ctx, saved, MOVE_EVENTS[move.type], {
        ...movedBetween(before, outcome.state),
        cycle: outcome.state.cycle,
        overridden: outcome.overridden,
        reason,
        ...(move.type === 'REOPEN' ? { step: move.step } : {}),
        ...(records.written ? { gateRecordId: records.written } : {}),
        ...(records.setAside.length ? { gateRecordsSetAside: records.setAside } : {}),
      });
      return saved;
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ProgrammeEntity> {
    return this.db.tenant(ctx, ProgrammeEntity).get({ id }, 'Programme');
  }

  /** The organisation's programmes with these ids (others' ids are simply absent). */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<ProgrammeEntity[]> {
    const unique = [...new Set(ids)];
    return unique.length ? this.db.tenant(ctx, ProgrammeEntity).findBy({ id: In(unique) }) : [];
  }

  /** Those of `ids` that are programmes of the request's organisation, in one statement (for other libraries' checks). */
  async ownIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Set();
    const rows = await this.db.query<{ id: string }>(ctx, `SELECT id FROM programme WHERE organisation_id = $1 AND id = ANY($2::uuid[])`, [
      ctx.tenantId,
      unique,
    ]);
    return new Set(rows.map((r) => r.id));
  }

  async page(ctx: RequestContext, args: PageArgs, filter: ProgrammeFilter = {}): Promise<[ProgrammeEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    return this.db.tenant(ctx, ProgrammeEntity).findAndCount({
      where: definedOnly({ status: filter.status, currentStep: filter.step }) as never,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /** Steps of many programmes at once (for DataLoaders), each programme's current cycle unless one is given. */
  async stepsOf(ctx: RequestContext, keys: readonly { programmeId: string; cycle: number }[]): Promise<ProgrammeStepEntity[]> {
    if (!keys.length) return [];
    return this.db.tenant(ctx, ProgrammeStepEntity).find({
      where: keys.map((k) => ({ programmeId: k.programmeId, cycle: k.cycle })),
    });
  }

  /**
   * The programme row, locked for the rest of the transaction; a stale version is CONFLICT.
   * Read through `em`, the transaction the caller holds the lock in.
   */
  async lock(em: EntityManager, ctx: RequestContext, programmeId: string, version?: number): Promise<ProgrammeEntity> {
    const programme = await tenantRepository(em, ctx, ProgrammeEntity)
      .queryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :programmeId', { programmeId })
      .getOne();
    if (!programme) throw new NotFoundError('Programme', programmeId);
    if (version !== undefined && programme.version !== version) throw new ConflictError('Programme', programme.version);
    return programme;
  }

  async record(ctx: RequestContext, programme: ProgrammeEntity, type: string, payload: EventPayload = {}): Promise<void> {
    const event = await this.history.record(ctx, { type, programmeId: programme.id, payload: { programmeId: programme.id, ...payload } });
    // The programme answered to the mutation then names the event just written, as a fresh read would.
    programme.lastEventSequence = event.sequence ?? programme.lastEventSequence;
  }

  private async requireMember(ctx: RequestContext, userId: string, field: string): Promise<void> {
    if (!(await this.memberships.isMember(ctx, userId))) throw BadInputError.field(field, 'is not a member of this organisation');
  }

  /** Saves a locked programme with its version moved on by one. */
  private async bump(ctx: RequestContext, programme: ProgrammeEntity): Promise<ProgrammeEntity> {
    programme.version += 1;
    const programmes = this.db.tenant(ctx, ProgrammeEntity);
    await programmes.update(
      { id: programme.id },
      { status: programme.status, currentStep: programme.currentStep, cycle: programme.cycle, version: programme.version },
    );
    return programmes.get({ id: programme.id }, 'Programme');
  }

  /** Step rows and checklist items for a new cycle, from the template the programme started with. */
  private async createCycle(
    ctx: RequestContext,
    programme: ProgrammeEntity,
    cycle: number,
    targets: Map<Step, string | null>,
    carryOwners = false,
  ): Promise<void> {
    const steps = this.db.tenant(ctx, ProgrammeStepEntity);
    const previous = carryOwners ? await steps.find({ where: { programmeId: programme.id, cycle: cycle - 1 } }) : [];
    const rows = await steps.save(
      STEPS.map((step) =>
        steps.create({
          programmeId: programme.id,
          cycle,
          step,
          state: step === 'MAP' ? 'IN_PROGRESS' : 'NOT_STARTED',
          startedAt: step === 'MAP' ? new Date() : null,
          ownerId: previous.find((p) => p.step === step)?.ownerId ?? null,
          targetDate: targets.get(step) ?? null,
        }),
      ),
    );
    const items = this.db.tenant(ctx, ChecklistItemEntity);
    await items.save(checklistFor(programme, rows, programme.templateSnapshot).map((item) => items.create(item)));
  }

  /**
   * A step that completes gets a record of its gate as it was just evaluated (each item's verdict
   * and explanation, whether overridden); a step that leaves COMPLETED (reopened, or reset behind
   * a reopened one) has its record set aside, kept with the time. Same transaction as the move.
   */
  private async keepGateRecords(
    ctx: RequestContext,
    em: EntityManager,
    programme: ProgrammeEntity,
    steps: ProgrammeStepEntity[],
    changes: StepChange[],
    evaluation: StepEvaluation,
    overrideReason: string | null,
    now: Date,
  ): Promise<{ written: string | null; setAside: string[] }> {
    let written: string | null = null;
    const setAside: string[] = [];
    for (const change of changes.filter((c) => c.cycle === programme.cycle)) {
      const row = steps.find((s) => s.step === change.step)!;
      if (change.from === 'COMPLETED') {
        const rows: Array<{ id: string }> = await em
          .createQueryBuilder()
          .update(GateRecordEntity)
          .set({ setAsideAt: now })
          .where('programme_step_id = :stepId AND organisation_id = :organisationId AND set_aside_at IS NULL', {
            stepId: row.id,
            organisationId: programme.organisationId,
          })
          .returning(['id'])
          .execute()
          .then((result) => result.raw as Array<{ id: string }>);
        setAside.push(...rows.map((r) => r.id));
      }
      if (change.to === 'COMPLETED') {
        // Only the current step completes, and `evaluation` is its live evaluation under the programme lock.
        const verdicts = Object.fromEntries(
          [...evaluation.live.verdicts].map(([itemId, v]) => [itemId, { satisfied: v.satisfied, explanation: v.explanation }]),
        );
        const records = this.db.tenant(ctx, GateRecordEntity);
        const saved = await records.save(
          records.create({
            programmeId: programme.id,
            programmeStepId: row.id,
            cycle: row.cycle,
            step: row.step,
            passedAt: now,
            passedBy: ctx.userIdOrNull,
            passedByOverride: overrideReason !== null,
            overrideReason,
            verdicts,
            setAsideAt: null,
          }),
        );
        written = saved.id;
      }
    }
    return { written, setAside };
  }

  private async applyStepChanges(
    ctx: RequestContext,
    programme: ProgrammeEntity,
    steps: ProgrammeStepEntity[],
    changes: StepChange[],
    overrideReason: string | null,
    now: Date,
  ) {
    for (const change of changes.filter((c) => c.cycle === programme.cycle)) {
      const row = steps.find((s) => s.step === change.step)!;
      const update: Partial<ProgrammeStepEntity> = { state: change.to };
      if (change.to === 'IN_PROGRESS') Object.assign(update, { startedAt: now, completedAt: null, overrideReason: null });
      if (change.to === 'COMPLETED') Object.assign(update, { completedAt: now, overrideReason });
      if (change.to === 'NOT_STARTED') Object.assign(update, { startedAt: null, completedAt: null, overrideReason: null });
      await this.db.tenant(ctx, ProgrammeStepEntity).update({ id: row.id }, update);
    }
  }
}

function stateOf(programme: ProgrammeEntity, steps: ProgrammeStepEntity[]): ProgrammeState {
  return {
    status: programme.status,
    cycle: programme.cycle,
    currentStep: programme.currentStep,
    steps: Object.fromEntries(steps.map((s) => [s.step, s.state])) as ProgrammeState['steps'],
  };
}

/**
 * What a move changed, and only that: steps `from`/`to` when the programme changed step,
 * `fromStatus`/`toStatus` (with the `step` it stood at) when its status changed, so that no
 * event claims a move from a step to the same step.
 */
function movedBetween(before: ProgrammeState, after: ProgrammeState): EventPayload {
  const stepChanged = before.currentStep !== after.currentStep || before.cycle !== after.cycle;
  const statusChanged = before.status !== after.status;
  return {
    ...(stepChanged ? { from: before.currentStep, to: after.currentStep } : { step: before.currentStep }),
    ...(statusChanged ? { fromStatus: before.status, toStatus: after.status } : {}),
  };
}

function refusalError(refusal: Refusal, reasonField: string) {
  switch (refusal.code) {
    case 'GATE_NOT_MET':
      return new GateNotMetError(refusal.message, refusal.openItems ?? []);
    case 'REASON_REQUIRED':
      return BadInputError.field(`input.${reasonField}`, refusal.message);
    default:
      return new InvalidTransitionError(refusal.message);
  }
}

function checklistFor(
  programme: ProgrammeEntity,
  steps: ProgrammeStepEntity[],
  spec: WorkflowTemplateSpec,
): Partial<ChecklistItemEntity>[] {
  return steps.flatMap((row) =>
    spec.items
      .filter((item) => item.step === row.step)
      .map((item, position) => ({
        programmeId: programme.id,
        programmeStepId: row.id,
        cycle: row.cycle,
        step: row.step,
        key: item.key,
        position,
        title: item.title,
        guidance: item.guidance,
        required: item.required,
        kind: item.kind,
        rule: item.rule ?? null,
        source: item.source,
        tickedAt: null,
        tickedBy: null,
        evidenceText: null,
        evidenceUrl: null,
      })),
  );
}
