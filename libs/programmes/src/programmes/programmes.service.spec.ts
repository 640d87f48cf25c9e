import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  GateNotMetError,
  InvalidTransitionError,
  NotFoundError,
  type RequestContext,
  Role,
} from '@app/common';
import { Database } from '@app/database';
import type { GateResult, ProgrammeMove, WorkflowTemplateSpec } from '@app/workflow';
import { actingAs, newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { ProgrammesModule } from '../programmes.module';
import { StepName } from '../step.enum';
import type { ProgrammeEntity } from './programme.entity';
import { ProgrammesService } from './programmes.service';

/** A small template: one required manual item per step, and at Map it an owner (required) and its tasks (advisory). */
const SMALL: WorkflowTemplateSpec = {
  name: 'Small',
  version: 3,
  items: [
    ...(['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'] as const).map((step) => ({
      key: `${step.toLowerCase()}.do`,
      step,
      title: `Do ${step}`,
      guidance: '',
      required: true,
      kind: 'MANUAL' as const,
      source: 'test',
    })),
    {
      key: 'map.owner',
      step: 'MAP',
      title: 'Owned',
      guidance: '',
      required: true,
      kind: 'EVIDENCED',
      rule: 'STEP_HAS_OWNER',
      source: 'test',
    },
    {
      key: 'map.tasks',
      step: 'MAP',
      title: 'Tasks done',
      guidance: '',
      required: false,
      kind: 'EVIDENCED',
      rule: 'STEP_TASKS_DONE',
      source: 'test',
    },
  ],
  taskSuggestions: [],
};

const REASON = 'the board agreed to move on';

/** Lifecycle, versions, gate records and history of programmes, on a real database. */
describe('ProgrammesService', () => {
  let module: TestingModule;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let templateId: string;

  const events = (programmeId: string): Promise<Array<{ type: string; sequence: number; payload: Record<string, unknown> }>> =>
    ownerQuery(db, `SELECT type, sequence, payload FROM event WHERE programme_id = $1 ORDER BY sequence`, [programmeId]);
  const steps = (
    programmeId: string,
    cycle = 1,
  ): Promise<Array<{ step: string; state: string; owner_id: string | null; override_reason: string | null }>> =>
    ownerQuery(
      db,
      `SELECT step, state, owner_id, override_reason FROM programme_step WHERE programme_id = $1 AND cycle = $2 ORDER BY started_at NULLS LAST, step`,
      [programmeId, cycle],
    );
  const gateRecords = (programmeId: string) =>
    ownerQuery<{
      id: string;
      step: string;
      passed_by_override: boolean;
      override_reason: string | null;
      set_aside_at: Date | null;
      verdicts: Record<string, { satisfied: boolean }>;
    }>(
      db,
      `SELECT id, step, passed_by_override, override_reason, set_aside_at, verdicts FROM gate_record WHERE programme_id = $1 ORDER BY passed_at, id`,
      [programmeId],
    );

  /** Makes the current step's gate open: its manual items ticked and an owner named. */
  async function satisfy(programme: ProgrammeEntity, context = ctx): Promise<void> {
    await ownerQuery(
      db,
      `UPDATE checklist_item SET ticked_at = now(), evidence_text = 'done' WHERE programme_id = $1 AND step = $2 AND kind = 'MANUAL'`,
      [programme.id, programme.currentStep],
    );
    await ownerQuery(db, `UPDATE programme_step SET owner_id = $3 WHERE programme_id = $1 AND step = $2`, [
      programme.id,
      programme.currentStep,
      context.userId,
    ]);
  }

  const move = (
    context: RequestContext,
    programme: ProgrammeEntity,
    build: (gate: GateResult) => ProgrammeMove,
    field = 'overrideReason',
  ) => programmes.move(context, { programmeId: programme.id, version: programme.version }, build, field);
  const advance = (programme: ProgrammeEntity, overrideReason?: string, context = ctx) =>
    move(context, programme, (gate) => ({ type: 'ADVANCE', gate, overrideReason }));

  beforeAll(async () => {
    module = await serviceTestingModule(ProgrammesModule);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    [{ id: templateId }] = await ownerQuery(
      db,
      `INSERT INTO workflow_template (organisation_id, name, template_version, spec, version) VALUES ($1, 'Small', 3, $2, 1) RETURNING id`,
      [ctx.tenantId, JSON.stringify(SMALL)],
    );
  });
  afterAll(() => module.close());

  const create = (name = 'Libraries together', context = ctx) => programmes.create(context, { name, templateId });

  it("starts at Map it with the template's checklists, the caller as owner, and one event", async () => {
    const programme = await programmes.create(ctx, {
      name: '  Libraries together  ',
      templateId,
      targets: [{ step: StepName.FOCUS, targetDate: '2031-05-01' }],
    });
    expect(programme).toMatchObject({
      name: 'Libraries together',
      status: 'ACTIVE',
      currentStep: 'MAP',
      cycle: 1,
      ownerId: ctx.userId,
      templateId,
      templateVersion: 3,
      version: 1,
    });
    const rows = await ownerQuery(
      db,
      `SELECT step, state, target_date::text AS target FROM programme_step WHERE programme_id = $1 ORDER BY step`,
      [programme.id],
    );
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.step === 'MAP')).toMatchObject({ state: 'IN_PROGRESS', target: null });
    expect(rows.find((r) => r.step === 'FOCUS')).toMatchObject({ state: 'NOT_STARTED', target: '2031-05-01' });
    const items = await ownerQuery(
      db,
      `SELECT key, position FROM checklist_item WHERE programme_id = $1 AND step = 'MAP' ORDER BY position`,
      [programme.id],
    );
    expect(items).toEqual([
      { key: 'map.do', position: 0 },
      { key: 'map.owner', position: 1 },
      { key: 'map.tasks', position: 2 },
    ]);
    expect(await events(programme.id)).toEqual([
      { type: 'PROGRAMME_CREATED', sequence: 1, payload: { programmeId: programme.id, templateId, templateVersion: 3 } },
    ]);
    expect(programme.lastEventSequence).toBe(1);
  });

  it('refuses an owner from outside the organisation and a step targeted twice, naming the field', async () => {
    const stranger = (otherCtx.actor as { userId: string }).userId;
    const owner = await programmes.create(ctx, { name: 'X', ownerId: stranger }).catch((e: unknown) => e);
    expect(owner).toBeInstanceOf(BadInputError);
    expect((owner as BadInputError).problems).toEqual([{ field: 'input.ownerId', message: 'is not a member of this organisation' }]);
    const twice = await programmes
      .create(ctx, { name: 'X', targets: [{ step: StepName.MAP, targetDate: '2031-01-01' }, { step: StepName.MAP }] })
      .catch((e: unknown) => e);
    expect((twice as BadInputError).problems.map((p) => p.field)).toEqual(['input.targets']);
    expect(await ownerQuery(db, `SELECT 1 FROM programme WHERE organisation_id = $1 AND name = 'X'`, [ctx.tenantId])).toEqual([]);
  });

  it('updates at the version seen, records the fields changed, and keeps other organisations out', async () => {
    const programme = await create();
    const updated = await programmes.update(ctx, {
      programmeId: programme.id,
      version: 1,
      name: '  Reading together ',
      description: 'Reading groups',
    });
    expect(updated).toMatchObject({ name: 'Reading together', description: 'Reading groups', version: 2 });
    await expect(programmes.update(ctx, { programmeId: programme.id, version: 1, name: 'Stale' })).rejects.toThrow(ConflictError);
    await expect(programmes.update(otherCtx, { programmeId: programme.id, version: 2, name: 'Theirs' })).rejects.toThrow(NotFoundError);
    await expect(programmes.get(otherCtx, programme.id)).rejects.toThrow(NotFoundError);
    expect((await events(programme.id)).map((e) => [e.type, e.payload.fields])).toEqual([
      ['PROGRAMME_CREATED', undefined],
      ['PROGRAMME_UPDATED', ['name', 'description']],
    ]);
  });

  it("sets and clears a step's owner, refusing an empty change and a stale version", async () => {
    const programme = await create();
    await expect(programmes.updateStep(ctx, { programmeId: programme.id, version: 1, step: StepName.FOCUS })).rejects.toThrow(
      BadInputError,
    );
    const owned = await programmes.updateStep(ctx, {
      programmeId: programme.id,
      version: 1,
      step: StepName.FOCUS,
      ownerId: ctx.userId,
      targetDate: '2031-02-03',
    });
    expect(owned.version).toBe(2);
    await expect(
      programmes.updateStep(ctx, { programmeId: programme.id, version: 1, step: StepName.FOCUS, clearOwner: true }),
    ).rejects.toThrow(ConflictError);
    await programmes.updateStep(ctx, { programmeId: programme.id, version: 2, step: StepName.FOCUS, clearOwner: true });
    const [focus] = await ownerQuery(
      db,
      `SELECT owner_id, target_date::text AS target FROM programme_step WHERE programme_id = $1 AND step = 'FOCUS'`,
      [programme.id],
    );
    expect(focus).toEqual({ owner_id: null, target: '2031-02-03' });
    expect((await events(programme.id)).slice(1).map((e) => e.payload.fields)).toEqual([['ownerId', 'targetDate'], ['ownerId']]);
  });

  it('refuses to advance past a shut gate, naming the open items, and changes nothing', async () => {
    const programme = await create();
    const error = await advance(programme).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateNotMetError);
    expect((error as GateNotMetError).details.openItems).toEqual([
      expect.objectContaining({ key: 'map.do' }),
      expect.objectContaining({ key: 'map.owner' }),
    ]);
    expect((await programmes.get(ctx, programme.id)).version).toBe(1);
    expect(await gateRecords(programme.id)).toEqual([]);
  });

  it('overrides a shut gate only with a reason and a role that may, and records both', async () => {
    const programme = await create();
    const short = await advance(programme, 'go').catch((e: unknown) => e);
    expect(short).toBeInstanceOf(BadInputError);
    expect((short as BadInputError).problems.map((p) => p.field)).toEqual(['input.overrideReason']);
    const consultant = actingAs(ctx.userId, ctx.tenantId, Role.CONSULTANT);
    await expect(advance(programme, REASON, consultant)).rejects.toThrow(ForbiddenError);

    const moved = await advance(programme, `  ${REASON} `);
    expect(moved).toMatchObject({ currentStep: 'FOCUS', version: 2 });
    const [record] = await gateRecords(programme.id);
    expect(record).toMatchObject({ step: 'MAP', passed_by_override: true, override_reason: REASON, set_aside_at: null });
    const [map] = (await steps(programme.id)).filter((s) => s.step === 'MAP');
    expect(map).toMatchObject({ state: 'COMPLETED', override_reason: REASON });
    expect((await events(programme.id)).at(-1)).toMatchObject({
      type: 'STEP_ADVANCED',
      sequence: 2,
      payload: { from: 'MAP', to: 'FOCUS', cycle: 1, overridden: true, reason: REASON, gateRecordId: record.id },
    });
    expect(moved.lastEventSequence).toBe(2);
  });

  it("advances through an open gate without a reason, keeping each item's verdict", async () => {
    const programme = await create();
    await satisfy(programme);
    const moved = await advance(programme, REASON); // a reason given for an open gate is no override
    expect(moved.currentStep).toBe('FOCUS');
    const [record] = await gateRecords(programme.id);
    expect(record).toMatchObject({ passed_by_override: false, override_reason: null });
    const items = await ownerQuery(db, `SELECT id, key FROM checklist_item WHERE programme_id = $1 AND step = 'MAP'`, [programme.id]);
    const verdictOf = (key: string) => record.verdicts[items.find((i) => i.key === key).id].satisfied;
    // The advisory item (no tasks yet) may stay open; the required ones hold.
    expect([verdictOf('map.do'), verdictOf('map.owner'), verdictOf('map.tasks')]).toEqual([true, true, false]);
    expect((await events(programme.id)).at(-1)?.payload).toMatchObject({ overridden: false, reason: null });
    // A stale version is refused even for a move the lifecycle would allow.
    await expect(advance(programme, REASON)).rejects.toThrow(ConflictError);
  });

  it('reopens an earlier step with a reason, setting its gate record aside and the later steps back', async () => {
    let programme = await create();
    await satisfy(programme);
    programme = await advance(programme);
    const reopen = (reason: string, step = StepName.MAP) => move(ctx, programme, () => ({ type: 'REOPEN', step, reason }), 'reason');
    const noReason = await reopen(' ').catch((e: unknown) => e);
    expect((noReason as BadInputError).problems.map((p) => p.field)).toEqual(['input.reason']);
    await expect(reopen(REASON, StepName.PEOPLE)).rejects.toThrow(InvalidTransitionError);

    programme = await reopen(REASON);
    expect(programme).toMatchObject({ currentStep: 'MAP', status: 'ACTIVE' });
    const [record] = await gateRecords(programme.id);
    expect(record.set_aside_at).toBeInstanceOf(Date);
    expect(Object.fromEntries((await steps(programme.id)).map((s) => [s.step, s.state]))).toMatchObject({
      MAP: 'IN_PROGRESS',
      FOCUS: 'NOT_STARTED',
    });
    expect((await events(programme.id)).at(-1)).toMatchObject({
      type: 'STEP_REOPENED',
      payload: { from: 'FOCUS', to: 'MAP', step: 'MAP', reason: REASON, gateRecordsSetAside: [record.id] },
    });
    // Ticks are kept: the gate is open again at once.
    programme = await advance(programme);
    expect((await gateRecords(programme.id)).map((r) => r.set_aside_at === null)).toEqual([false, true]);
  });

  it('pauses, refuses moves while paused, resumes and archives for good', async () => {
    let programme = await create();
    programme = await move(ctx, programme, () => ({ type: 'PAUSE' }), 'reason');
    expect(programme.status).toBe('PAUSED');
    await expect(advance(programme, REASON)).rejects.toThrow(InvalidTransitionError);
    await expect(move(ctx, programme, () => ({ type: 'PAUSE' }), 'reason')).rejects.toThrow(InvalidTransitionError);
    programme = await move(ctx, programme, () => ({ type: 'RESUME' }), 'reason');
    programme = await move(ctx, programme, () => ({ type: 'ARCHIVE' }), 'reason');
    expect(programme.status).toBe('ARCHIVED');
    await expect(move(ctx, programme, () => ({ type: 'RESUME' }), 'reason')).rejects.toThrow(InvalidTransitionError);
    expect((await events(programme.id)).map((e) => [e.type, e.payload.fromStatus, e.payload.toStatus, e.payload.step])).toEqual([
      ['PROGRAMME_CREATED', undefined, undefined, undefined],
      ['PROGRAMME_PAUSED', 'ACTIVE', 'PAUSED', 'MAP'],
      ['PROGRAMME_RESUMED', 'PAUSED', 'ACTIVE', 'MAP'],
      ['PROGRAMME_ARCHIVED', 'ACTIVE', 'ARCHIVED', 'MAP'],
    ]);
  });

  it('starts the next cycle at Grow it with fresh checklists and the step owners carried over', async () => {
    let programme = await create();
    for (let i = 0; i < 4; i++) programme = await advance(programme, REASON);
    expect(programme.currentStep).toBe('GROW');
    await expect(move(ctx, programme, (gate) => ({ type: 'START_NEXT_CYCLE', gate }))).rejects.toThrow(GateNotMetError);
    await satisfy(programme);
    programme = await move(ctx, programme, (gate) => ({ type: 'START_NEXT_CYCLE', gate }));
    expect(programme).toMatchObject({ cycle: 2, currentStep: 'MAP', status: 'ACTIVE' });
    const next = await steps(programme.id, 2);
    expect(next.find((s) => s.step === 'MAP')).toMatchObject({ state: 'IN_PROGRESS', owner_id: null });
    expect(next.find((s) => s.step === 'GROW')).toMatchObject({ state: 'NOT_STARTED', owner_id: ctx.userId });
    const [{ n }] = await ownerQuery(
      db,
      `SELECT count(*)::int AS n FROM checklist_item WHERE programme_id = $1 AND cycle = 2 AND ticked_at IS NULL`,
      [programme.id],
    );
    expect(n).toBe(SMALL.items.length);
    expect((await events(programme.id)).at(-1)).toMatchObject({ type: 'CYCLE_STARTED', payload: { from: 'GROW', to: 'MAP', cycle: 2 } });
  });

  it("pages and filters only the organisation's programmes", async () => {
    const theirs = await programmes.create(otherCtx, { name: 'Theirs' });
    const [rows, total] = await programmes.page(ctx, { first: 100 }, { status: 'ACTIVE', step: 'MAP' });
    expect(rows.every((p) => p.organisationId === ctx.tenantId && p.status === 'ACTIVE' && p.currentStep === 'MAP')).toBe(true);
    expect(total).toBe(rows.length);
    expect(rows.map((p) => p.id)).not.toContain(theirs.id);
    await expect(advance(theirs, REASON)).rejects.toThrow(NotFoundError);
  });
});
