import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, encodeCursor, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { type ProgrammeEntity, ProgrammesService } from '@app/programmes';
import { eventsAbout, newOrganisation, newServiceArea } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { PilotFinancialsService } from '../financials/pilot-financials.service';
import { FinancialLineKind } from '../financials/pilot-financial.model';
import { PilotsModule } from '../pilots.module';
import { PriorityAreasService } from '../priorities/priority-areas.service';
import { PilotsService } from './pilots.service';

const REASON = 'the evaluation showed a clear gain';

/** Pilots on a real database: defaults, money and dates refused by field, versions, the lifecycle's wiring, history, tenancy. */
describe('PilotsService', () => {
  let module: TestingModule;
  let pilots: PilotsService;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let programme: ProgrammeEntity;

  const problemFields = (error: unknown) => (error as BadInputError).problems.map((p) => p.field);
  const create = (name = 'Reading circle', extra: Partial<Parameters<PilotsService['create']>[1]> = {}, context = ctx) =>
    pilots.create(context, { programmeId: programme.id, name, ...extra });

  beforeAll(async () => {
    module = await serviceTestingModule(PilotsModule);
    pilots = module.get(PilotsService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    programme = await programmes.create(ctx, { name: 'Pilots' });
  });
  afterAll(() => module.close());

  it("proposes a pilot in the organisation's currency, trimmed, with exact money, and records who did", async () => {
    const pilot = await create('  Reading circle  ', {
      budget: '12500.5',
      hypothesis: '  People read more together ',
      startDate: '2031-01-01',
      endDate: '2031-01-01',
    });
    expect(pilot).toMatchObject({
      name: 'Reading circle',
      hypothesis: 'People read more together',
      currency: 'GBP',
      budget: { amount: '12500.50', currency: 'GBP' },
      status: 'PROPOSED',
      iteration: 1,
      lastDecision: null,
      createdBy: ctx.userId,
      version: 1,
    });
    expect(await eventsAbout(db, 'pilotId', pilot.id)).toEqual([
      {
        type: 'PILOT_CREATED',
        programmeId: programme.id,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: { programmeId: programme.id, pilotId: pilot.id, priorityAreaId: null, status: 'PROPOSED', currency: 'GBP' },
      },
    ]);
    // A currency given in lower case is kept upper; a yen budget has no minor unit.
    expect((await create('Yen', { currency: ' jpy', budget: '1200' })).budget).toEqual({ amount: '1200', currency: 'JPY' });
  });

  it('refuses bad money, dates and a foreign priority area, naming each field, and creates nothing', async () => {
    const name = 'Refused pilot';
    expect(problemFields(await create(name, { currency: 'XYZ' }).catch((e: unknown) => e))).toEqual(['input.currency']);
    const several = await create(name, { startDate: '2031-02-01', endDate: '2031-01-31', budget: '10.001' }).catch((e: unknown) => e);
    expect(problemFields(several)).toEqual(['input.endDate', 'input.budget']);
    expect(problemFields(await create(name, { budget: '-5' }).catch((e: unknown) => e))).toEqual(['input.budget']);
    expect(problemFields(await create(name, { currency: 'JPY', budget: '5.5' }).catch((e: unknown) => e))).toEqual(['input.budget']);

    // An area of another programme, or of another organisation, is not this programme's.
    const elsewhere = await programmes.create(ctx, { name: 'Elsewhere' });
    const area = await module
      .get(PriorityAreasService)
      .create(ctx, { programmeId: elsewhere.id, serviceAreaId: await newServiceArea(db, ctx.tenantId, 'Libraries') });
    expect(problemFields(await create(name, { priorityAreaId: area.id }).catch((e: unknown) => e))).toEqual(['input.priorityAreaId']);
    const [{ n }] = await ownerQuery(db, `SELECT count(*)::int AS n FROM pilot WHERE organisation_id = $1 AND name = $2`, [
      ctx.tenantId,
      name,
    ]);
    expect(n).toBe(0);
  });

  it('refuses a budget too large to keep, naming the field, rather than failing in the database', async () => {
    const error = await create('Too rich', { budget: '99999999999999999999' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect(problemFields(error)).toEqual(['input.budget']);
  });

  it('edits at the version seen; history names the fields and only the values that are not free text', async () => {
    const pilot = await create('Edited', { budget: '100' });
    const edited = await pilots.update(ctx, {
      pilotId: pilot.id,
      version: 1,
      name: ' Renamed ',
      hypothesis: 'A secret plan',
      targetParticipants: 40,
      endDate: '2031-06-30',
    });
    expect(edited).toMatchObject({ name: 'Renamed', targetParticipants: 40, endDate: '2031-06-30', version: 2 });
    await expect(pilots.update(ctx, { pilotId: pilot.id, version: 1, name: 'Stale' })).rejects.toThrow(ConflictError);
    const [, updated] = await eventsAbout(db, 'pilotId', pilot.id);
    expect(updated).toMatchObject({
      type: 'PILOT_UPDATED',
      actorUserId: ctx.userId,
      payload: {
        pilotId: pilot.id,
        fields: ['name', 'hypothesis', 'targetParticipants', 'endDate'],
        endDate: '2031-06-30',
        targetParticipants: 40,
      },
    });
    expect(JSON.stringify(updated.payload)).not.toMatch(/secret|Renamed/);

    // A start date after the stored end date names the start date, the field that moved.
    expect(
      problemFields(await pilots.update(ctx, { pilotId: pilot.id, version: 2, startDate: '2031-07-01' }).catch((e: unknown) => e)),
    ).toEqual(['input.startDate']);
    expect(problemFields(await pilots.update(ctx, { pilotId: pilot.id, version: 2 }).catch((e: unknown) => e))).toEqual(['input']);
    const contradictions = await pilots
      .update(ctx, { pilotId: pilot.id, version: 2, budget: '5', clearBudget: true, targetParticipants: 3, clearTargetParticipants: true })
      .catch((e: unknown) => e);
    expect(problemFields(contradictions)).toEqual(['input.clearTargetParticipants', 'input.clearBudget']);
    const cleared = await pilots.update(ctx, { pilotId: pilot.id, version: 2, clearBudget: true, clearTargetParticipants: true });
    expect(cleared).toMatchObject({ budget: null, targetParticipants: null, version: 3 });
  });

  it('changes currency only while the pilot has no lines, and then only with the budget given again', async () => {
    const pilot = await create('Moving money', { budget: '100' });
    expect(problemFields(await pilots.update(ctx, { pilotId: pilot.id, version: 1, currency: 'EUR' }).catch((e: unknown) => e))).toEqual([
      'input.budget',
    ]);
    const euros = await pilots.update(ctx, { pilotId: pilot.id, version: 1, currency: 'eur', budget: '90' });
    expect(euros).toMatchObject({ currency: 'EUR', budget: { amount: '90.00', currency: 'EUR' }, version: 2 });
    await module
      .get(PilotFinancialsService)
      .add(ctx, { pilotId: pilot.id, kind: FinancialLineKind.COST, amount: '10', date: '2031-01-01' });
    const locked = await pilots.update(ctx, { pilotId: pilot.id, version: 2, currency: 'GBP', clearBudget: true }).catch((e: unknown) => e);
    expect((locked as BadInputError).problems).toEqual([
      { field: 'input.currency', message: expect.stringContaining('1 financial line(s) in EUR') },
    ]);
    // Naming the currency it already has is no change of currency.
    expect((await pilots.update(ctx, { pilotId: pilot.id, version: 2, currency: 'EUR', budget: '95' })).budget).toEqual({
      amount: '95.00',
      currency: 'EUR',
    });
  });

  it("wires the lifecycle: refusals explained, a decision's reason and next iteration kept and recorded", async () => {
    let pilot = await create('Lifecycle');
    const noReason = await pilots.move(ctx, { pilotId: pilot.id, version: 1 }, { type: 'REJECT', reason: 'no' }).catch((e: unknown) => e);
    expect(problemFields(noReason)).toEqual(['input.reason']);
    await expect(pilots.move(ctx, { pilotId: pilot.id, version: 1 }, { type: 'START' })).rejects.toThrow(InvalidTransitionError);
    for (const move of [{ type: 'APPROVE' }, { type: 'START' }, { type: 'BEGIN_EVALUATION' }] as const) {
      pilot = await pilots.move(ctx, { pilotId: pilot.id, version: pilot.version }, move);
    }
    await expect(
      pilots.move(ctx, { pilotId: pilot.id, version: 1 }, { type: 'DECIDE', decision: 'ADAPT', reason: REASON }),
    ).rejects.toThrow(ConflictError);
    pilot = await pilots.move(
      ctx,
      { pilotId: pilot.id, version: pilot.version },
      { type: 'DECIDE', decision: 'ADAPT', reason: `  ${REASON} ` },
    );
    expect(pilot).toMatchObject({ status: 'APPROVED', iteration: 2, lastDecision: 'ADAPT', lastReason: REASON, version: 5 });
    const events = await eventsAbout(db, 'pilotId', pilot.id);
    expect(events.map((e) => e.type)).toEqual([
      'PILOT_CREATED',
      'PILOT_APPROVED',
      'PILOT_STARTED',
      'PILOT_EVALUATION_STARTED',
      'PILOT_DECIDED',
    ]);
    expect(events.at(-1)).toMatchObject({
      actorUserId: ctx.userId,
      payload: { pilotId: pilot.id, from: 'EVALUATING', to: 'APPROVED', iteration: 1, nextIteration: 2, decision: 'ADAPT', reason: REASON },
    });
    expect(events[2].payload).toEqual({
      programmeId: pilot.programmeId,
      pilotId: pilot.id,
      from: 'APPROVED',
      to: 'RUNNING',
      iteration: 1,
      reason: null,
    });
  });

  it("keeps another organisation's pilots out of reach, and its programme's list NOT_FOUND", async () => {
    const pilot = await create('Ours');
    await expect(pilots.get(otherCtx, pilot.id)).rejects.toThrow(NotFoundError);
    expect(await pilots.byIds(otherCtx, [pilot.id])).toEqual([]);
    await expect(pilots.update(otherCtx, { pilotId: pilot.id, version: 1, name: 'Theirs' })).rejects.toThrow(NotFoundError);
    await expect(pilots.move(otherCtx, { pilotId: pilot.id, version: 1 }, { type: 'APPROVE' })).rejects.toThrow(NotFoundError);
    await expect(pilots.create(otherCtx, { programmeId: programme.id, name: 'Theirs' })).rejects.toThrow(NotFoundError);
    await expect(pilots.page(otherCtx, { programmeId: programme.id }, {})).rejects.toThrow(NotFoundError);
    expect((await pilots.page(otherCtx, {}, { first: 100 }))[0].map((p) => p.id)).not.toContain(pilot.id);
    expect(await pilots.get(ctx, pilot.id)).toMatchObject({ name: 'Ours', version: 1 });
  });

  it('pages newest first, filtered by programme and status, with the total', async () => {
    const listed = await programmes.create(ctx, { name: 'Listed' });
    const make = (name: string) => pilots.create(ctx, { programmeId: listed.id, name });
    const first = await make('First');
    const second = await make('Second');
    const third = await make('Third');
    await pilots.move(ctx, { pilotId: second.id, version: 1 }, { type: 'APPROVE' });
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

    const [page, total] = await pilots.page(ctx, { programmeId: listed.id }, { first: 2 });
    expect([ids(page), total]).toEqual([[third.id, second.id], 3]);
    expect(ids((await pilots.page(ctx, { programmeId: listed.id }, { first: 2, after: encodeCursor(2) }))[0])).toEqual([first.id]);
    const [proposed, proposedTotal] = await pilots.page(ctx, { programmeId: listed.id, status: ['PROPOSED'] }, {});
    expect([ids(proposed), proposedTotal]).toEqual([[third.id, first.id], 2]);
    expect((await pilots.page(ctx, { programmeId: listed.id, status: [] }, {}))[1]).toBe(3);
  });

  it('keeps the pilots of an archived programme readable and unchanged', async () => {
    const archived = await programmes.create(ctx, { name: 'Archived' });
    const pilot = await pilots.create(ctx, { programmeId: archived.id, name: 'Left over' });
    await programmes.move(ctx, { programmeId: archived.id, version: archived.version }, () => ({ type: 'ARCHIVE' }), 'reason');
    await expect(pilots.create(ctx, { programmeId: archived.id, name: 'Too late' })).rejects.toThrow(InvalidTransitionError);
    await expect(pilots.update(ctx, { pilotId: pilot.id, version: 1, name: 'Too late' })).rejects.toThrow(InvalidTransitionError);
    await expect(pilots.move(ctx, { pilotId: pilot.id, version: 1 }, { type: 'APPROVE' })).rejects.toThrow(InvalidTransitionError);
    expect(await pilots.get(ctx, pilot.id)).toMatchObject({ name: 'Left over', status: 'PROPOSED', version: 1 });
  });
});
