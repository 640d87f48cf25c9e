import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import type { PilotMove, PilotStatus } from '@app/workflow';
import { newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { PilotsModule } from '../pilots.module';
import { PilotsService } from './pilots.service';
import { ProgrammePilotsService } from './programme-pilots.service';

const DECIDED = 'the evaluation showed a clear result';
const MOVES_TO: Partial<Record<PilotStatus, PilotMove[]>> = {
  PROPOSED: [],
  APPROVED: [{ type: 'APPROVE' }],
  REJECTED: [{ type: 'REJECT', reason: 'the panel chose another pilot' }],
  RUNNING: [{ type: 'APPROVE' }, { type: 'START' }],
  SCALE: [{ type: 'APPROVE' }, { type: 'START' }, { type: 'BEGIN_EVALUATION' }, { type: 'DECIDE', decision: 'SCALE', reason: DECIDED }],
  STOP: [{ type: 'APPROVE' }, { type: 'START' }, { type: 'BEGIN_EVALUATION' }, { type: 'DECIDE', decision: 'STOP', reason: DECIDED }],
};

/** What other features read of pilots, on a real database: by status, going ahead, counted with their evidence, one organisation only. */
describe('ProgrammePilotsService', () => {
  let module: TestingModule;
  let service: ProgrammePilotsService;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  const ids: Record<string, string> = {};
  let [first, second, empty, theirs] = ['', '', '', ''];

  const pilot = async (context: RequestContext, programmeId: string, name: string, status: PilotStatus) => {
    const pilots = module.get(PilotsService);
    let made = await pilots.create(context, { programmeId, name });
    for (const move of MOVES_TO[status]!) made = await pilots.move(context, { pilotId: made.id, version: made.version }, move);
    ids[name] = made.id;
  };
  const named = (rows: Array<{ programmeId: string; pilotName: string; status: string }>) =>
    rows.map((r) => [r.programmeId, r.pilotName, r.status]);

  beforeAll(async () => {
    module = await serviceTestingModule(PilotsModule);
    service = module.get(ProgrammePilotsService);
    const db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const programmes = module.get(ProgrammesService);
    // One after another: a transaction binds itself to the context that opens it.
    const made: string[] = [];
    for (const name of ['First', 'Second', 'Empty']) made.push((await programmes.create(ctx, { name })).id);
    [first, second, empty] = made;
    theirs = (await programmes.create(otherCtx, { name: 'Theirs' })).id;
    await pilot(ctx, first, 'walking group', 'APPROVED');
    await pilot(ctx, first, 'Reading circle', 'RUNNING');
    await pilot(ctx, first, 'Not yet', 'PROPOSED');
    await pilot(ctx, first, 'Stopped', 'STOP');
    await pilot(ctx, second, 'Scaled', 'SCALE');
    await pilot(ctx, second, 'Rejected', 'REJECTED');
    await pilot(otherCtx, theirs, 'Theirs approved', 'APPROVED');
  });
  afterAll(() => module.close());

  it('lists the pilots in the statuses asked for, by programme then name, for any number of programmes at once', async () => {
    expect(named(await service.withStatus(ctx, [first, second, empty], ['SCALE', 'PROPOSED']))).toEqual(
      [
        [first, 'Not yet', 'PROPOSED'],
        [second, 'Scaled', 'SCALE'],
      ].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
    const ahead = await service.goingAhead(ctx, [first, second, empty, first]);
    expect(named(ahead.filter((p) => p.programmeId === first))).toEqual([
      [first, 'Reading circle', 'RUNNING'],
      [first, 'walking group', 'APPROVED'],
    ]);
    expect(named(ahead.filter((p) => p.programmeId !== first))).toEqual([[second, 'Scaled', 'SCALE']]);
    expect(ahead.find((p) => p.pilotName === 'Scaled')?.pilotId).toBe(ids.Scaled);
  });

  it("never lists another organisation's pilots, even when asked for its programme", async () => {
    expect(await service.goingAhead(ctx, [theirs])).toEqual([]);
    expect(named(await service.goingAhead(otherCtx, [theirs, first]))).toEqual([[theirs, 'Theirs approved', 'APPROVED']]);
  });

  it("puts the caller's own figures beside each pilot, with the caller's parameters, in the same statement", async () => {
    const rows = await service.withStatus<{ mark: string; isScaled: boolean }>(
      ctx,
      [first, second],
      ['SCALE', 'RUNNING'],
      (param) => `SELECT ${param('seen')}::text AS mark, pp.pilot_id = ${param(ids.Scaled)}::uuid AS "isScaled"`,
    );
    expect(rows.map((r) => [r.pilotName, r.mark, r.isScaled]).sort()).toEqual([
      ['Reading circle', 'seen', false],
      ['Scaled', 'seen', true],
    ]);
  });

  it('counts the pilots going ahead per programme and those the evidence says yes for', async () => {
    const counts = await service.countGoingAhead(
      ctx,
      [first, second, empty, first],
      (param) => `SELECT pp.pilot_id = ANY(${param([ids['Reading circle'], ids.Stopped])}::uuid[]) AS evidenced`,
    );
    expect(Object.fromEntries(counts)).toEqual({
      [first]: { goingAhead: 2, evidenced: 1 }, // the stopped pilot is not going ahead, so its evidence does not count
      [second]: { goingAhead: 1, evidenced: 0 },
      [empty]: { goingAhead: 0, evidenced: 0 },
    });
    expect(Object.fromEntries(await service.countGoingAhead(otherCtx, [first, theirs], () => `SELECT true AS evidenced`))).toEqual({
      [first]: { goingAhead: 0, evidenced: 0 },
      [theirs]: { goingAhead: 1, evidenced: 1 },
    });
  });

  it('answers empty for no programmes or no statuses', async () => {
    expect(await service.withStatus(ctx, [], ['APPROVED'])).toEqual([]);
    expect(await service.withStatus(ctx, [first], [])).toEqual([]);
    expect((await service.countGoingAhead(ctx, [], () => `SELECT true AS evidenced`)).size).toBe(0);
  });
});
