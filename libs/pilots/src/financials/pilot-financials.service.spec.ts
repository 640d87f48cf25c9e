import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, encodeCursor, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { PilotsModule } from '../pilots.module';
import type { Pilot } from '../pilots/pilot.model';
import { PilotsService } from '../pilots/pilots.service';
import { FinancialLineKind } from './pilot-financial.model';
import { economicsOf, PilotFinancialsService } from './pilot-financials.service';

const { COST, SAVING, WIDER_BENEFIT } = FinancialLineKind;

/** Financial lines on a real database: one currency per pilot, exact minor units, sums in SQL, history, tenancy. */
describe('PilotFinancialsService', () => {
  let module: TestingModule;
  let financials: PilotFinancialsService;
  let pilots: PilotsService;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let programmeId: string;

  const problemFields = (error: unknown) => (error as BadInputError).problems.map((p) => p.field);
  const newPilot = (name: string, extra: Partial<Parameters<PilotsService['create']>[1]> = {}): Promise<Pilot> =>
    pilots.create(ctx, { programmeId, name, ...extra });
  const add = (
    pilot: Pilot,
    kind: FinancialLineKind,
    amount: string,
    extra: Partial<Parameters<PilotFinancialsService['add']>[1]> = {},
    context = ctx,
  ) => financials.add(context, { pilotId: pilot.id, kind, amount, date: '2031-01-01', ...extra });

  beforeAll(async () => {
    module = await serviceTestingModule(PilotsModule);
    financials = module.get(PilotFinancialsService);
    pilots = module.get(PilotsService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    programmeId = (await programmes.create(ctx, { name: 'Costed' })).id;
  });
  afterAll(() => module.close());

  it("adds a line in the pilot's currency, exactly, and records its amount but not its description", async () => {
    const pilot = await newPilot('Lines', { currency: 'EUR' });
    const line = await add(pilot, COST, '1000.5', { description: '  Room hire for the launch  ', date: '2031-02-03' });
    expect(line).toMatchObject({
      pilotId: pilot.id,
      kind: 'COST',
      amount: { amount: '1000.50', currency: 'EUR' },
      date: '2031-02-03',
      description: 'Room hire for the launch',
    });
    expect(await eventsAbout(db, 'lineId', line.id)).toEqual([
      {
        type: 'FINANCIAL_LINE_ADDED',
        programmeId,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: { programmeId, pilotId: pilot.id, lineId: line.id, kind: 'COST', amount: '1000.50', currency: 'EUR', date: '2031-02-03' },
      },
    ]);
    // Naming the pilot's own currency, in any case, is the same as leaving it out.
    expect((await add(pilot, SAVING, '1', { currency: ' eur ' })).amount.currency).toBe('EUR');
  });

  it('refuses another currency, a negative or over-precise amount, naming the field, and writes nothing', async () => {
    const pilot = await newPilot('Refusals');
    const other = await add(pilot, COST, '10', { currency: 'USD' }).catch((e: unknown) => e);
    expect((other as BadInputError).problems).toEqual([{ field: 'input.currency', message: expect.stringMatching(/GBP.*USD|USD.*GBP/) }]);
    expect(problemFields(await add(pilot, COST, '10', { currency: 'pounds' }).catch((e: unknown) => e))).toEqual(['input.currency']);
    expect(problemFields(await add(pilot, COST, '-10').catch((e: unknown) => e))).toEqual(['input.amount']);
    expect(problemFields(await add(pilot, COST, '10.005').catch((e: unknown) => e))).toEqual(['input.amount']);
    expect(problemFields(await add(pilot, COST, '£10').catch((e: unknown) => e))).toEqual(['input.amount']);
    expect(await ownerQuery(db, `SELECT 1 FROM pilot_financial WHERE pilot_id = $1`, [pilot.id])).toEqual([]);
  });

  it('refuses an amount too large to keep, naming the field, rather than failing in the database', async () => {
    const pilot = await newPilot('Too large');
    const error = await add(pilot, COST, '100000000000000000000').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect(problemFields(error)).toEqual(['input.amount']);
  });

  it('sums by kind in SQL to the penny, past what a float holds, and hands the sums to the economics', async () => {
    const pilot = await pilots.update(ctx, { pilotId: (await newPilot('Summed')).id, version: 1, participantsReached: 3 });
    await add(pilot, COST, '0.10');
    await add(pilot, COST, '0.20');
    await add(pilot, SAVING, '90071992547409.93');
    await add(pilot, SAVING, '0.01');
    await add(pilot, WIDER_BENEFIT, '0.30');
    const totals = (await financials.totalsOf(ctx, [pilot.id])).get(pilot.id)!;
    expect([...totals].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'COST', currency: 'GBP', group: 'SERVICE_USERS', amountMinor: '30' },
      { kind: 'SAVING', currency: 'GBP', group: 'MANAGERS', amountMinor: '9007199254740994' },
      { kind: 'WIDER_BENEFIT', currency: 'GBP', group: 'SERVICE_USERS', amountMinor: '30' },
    ]);
    const economics = economicsOf(pilot, totals);
    expect(economics).toMatchObject({
      currency: 'GBP',
      totalCost: { amount: '0.30' },
      totalSavings: { amount: '90071992547409.94' },
      totalBenefits: { amount: '90071992547410.24' },
      netBenefit: { amount: '90071992547409.94' },
      costPerParticipant: { amount: '0.10' },
      perParticipantNote: null,
    });
    // No participants: no per-participant figures, and a note that says why.
    expect(economicsOf({ ...pilot, participantsReached: null }, totals)).toMatchObject({
      costPerParticipant: null,
      perParticipantNote: expect.stringContaining('participants'),
    });
    expect(await financials.totalsOf(ctx, [])).toEqual(new Map());
  });

  it('pages lines by the day they arose, and removes one once, answering it as it was', async () => {
    const pilot = await newPilot('Paged');
    const late = await add(pilot, COST, '3', { date: '2031-03-01' });
    const early = await add(pilot, COST, '1', { date: '2031-01-01' });
    const middle = await add(pilot, SAVING, '2', { date: '2031-02-01' });
    const page = (await financials.linePages(ctx, [pilot.id], { first: 2 })).get(pilot.id)!;
    expect([page.edges.map((e) => e.node.id), page.totalCount, page.pageInfo.hasNextPage]).toEqual([[early.id, middle.id], 3, true]);
    expect(
      (await financials.linePages(ctx, [pilot.id], { first: 2, after: encodeCursor(2) })).get(pilot.id)!.edges.map((e) => e.node.id),
    ).toEqual([late.id]);

    expect(await financials.remove(ctx, { lineId: middle.id })).toEqual(middle);
    await expect(financials.remove(ctx, { lineId: middle.id })).rejects.toThrow(NotFoundError);
    expect((await eventsAbout(db, 'lineId', middle.id)).map((e) => [e.type, e.payload.amount, e.payload.kind])).toEqual([
      ['FINANCIAL_LINE_ADDED', '2.00', 'SAVING'],
      ['FINANCIAL_LINE_REMOVED', '2.00', 'SAVING'],
    ]);
    expect((await financials.totalsOf(ctx, [pilot.id])).get(pilot.id)).toEqual([
      { kind: 'COST', currency: 'GBP', group: 'SERVICE_USERS', amountMinor: '400' },
    ]);
  });

  it("keeps another organisation's lines out of reach, from reads, sums and changes", async () => {
    const pilot = await newPilot('Private');
    const line = await add(pilot, COST, '5');
    await expect(financials.get(otherCtx, line.id)).rejects.toThrow(NotFoundError);
    await expect(financials.remove(otherCtx, { lineId: line.id })).rejects.toThrow(NotFoundError);
    await expect(add(pilot, COST, '5', {}, otherCtx)).rejects.toThrow(NotFoundError);
    expect(await financials.totalsOf(otherCtx, [pilot.id])).toEqual(new Map([[pilot.id, []]]));
    expect((await financials.linePages(otherCtx, [pilot.id], {})).get(pilot.id)).toMatchObject({ edges: [], totalCount: 0 });
    expect(await financials.get(ctx, line.id)).toEqual(line);
  });

  it('refuses new and removed lines once the programme is archived', async () => {
    const archived = await programmes.create(ctx, { name: 'Archived' });
    const pilot = await pilots.create(ctx, { programmeId: archived.id, name: 'Left over' });
    const line = await add(pilot, COST, '5');
    await programmes.move(ctx, { programmeId: archived.id, version: archived.version }, () => ({ type: 'ARCHIVE' }), 'reason');
    await expect(add(pilot, COST, '1')).rejects.toThrow(InvalidTransitionError);
    await expect(financials.remove(ctx, { lineId: line.id })).rejects.toThrow(InvalidTransitionError);
    expect(await financials.get(ctx, line.id)).toEqual(line);
  });
});
