import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { ProgrammesService } from '../programmes/programmes.service';
import { ProgrammesModule } from '../programmes.module';
import { ChecklistsService } from './checklists.service';

/** Ticking and unticking on a real database: evidence, what the lifecycle refuses, and the history. */
describe('ChecklistsService', () => {
  let module: TestingModule;
  let checklists: ChecklistsService;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(ProgrammesModule);
    checklists = module.get(ChecklistsService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  /** A programme on the default template, and its Map it items by key. */
  async function programmeWithItems(): Promise<{ programme: ProgrammeEntity; item: (key: string) => string }> {
    const programme = await programmes.create(ctx, { name: 'Checked' });
    const rows = await ownerQuery(db, `SELECT id, key FROM checklist_item WHERE programme_id = $1 AND step = 'MAP'`, [programme.id]);
    return { programme, item: (key) => rows.find((r) => r.key === key)!.id };
  }
  const events = (programmeId: string) =>
    ownerQuery<{ type: string; payload: Record<string, unknown> }>(
      db,
      `SELECT type, payload FROM event WHERE programme_id = $1 ORDER BY sequence`,
      [programmeId],
    );

  it('ticks with trimmed evidence, by whoever ticked, and records it', async () => {
    const { programme, item } = await programmeWithItems();
    const ticked = await checklists.tick(ctx, {
      itemId: item('map.record_existing'),
      evidenceText: '  Workshop notes  ',
      evidenceUrl: '  ',
    });
    expect(ticked).toMatchObject({ evidenceText: 'Workshop notes', evidenceUrl: null, tickedBy: ctx.userId });
    expect(ticked.tickedAt).toBeInstanceOf(Date);
    expect((await events(programme.id)).at(-1)).toEqual({
      type: 'CHECKLIST_ITEM_TICKED',
      payload: { programmeId: programme.id, itemId: ticked.id, key: 'map.record_existing', step: 'MAP', cycle: 1 },
    });
  });

  it('asks for evidence, and refuses items checked from the records, naming the field', async () => {
    const { programme, item } = await programmeWithItems();
    const bare = await checklists.tick(ctx, { itemId: item('map.record_existing'), evidenceText: ' ' }).catch((e: unknown) => e);
    expect((bare as BadInputError).problems.map((p) => p.field)).toEqual(['input.evidenceText']);
    const evidenced = await checklists.tick(ctx, { itemId: item('map.step_owner'), evidenceText: 'Me' }).catch((e: unknown) => e);
    expect(evidenced).toBeInstanceOf(BadInputError);
    expect((evidenced as BadInputError).problems.map((p) => p.field)).toEqual(['input.itemId']);
    await expect(checklists.untick(ctx, item('map.step_owner'))).rejects.toThrow(BadInputError);
    expect((await events(programme.id)).map((e) => e.type)).toEqual(['PROGRAMME_CREATED']);
  });

  it('unticks, and unticking an open item changes nothing and records nothing', async () => {
    const { programme, item } = await programmeWithItems();
    await checklists.tick(ctx, { itemId: item('map.check_with_citizens'), evidenceUrl: 'https://example.org/survey' });
    const unticked = await checklists.untick(ctx, item('map.check_with_citizens'));
    expect(unticked).toMatchObject({ tickedAt: null, tickedBy: null, evidenceText: null, evidenceUrl: null });
    await checklists.untick(ctx, item('map.check_with_citizens'));
    expect((await events(programme.id)).map((e) => e.type)).toEqual([
      'PROGRAMME_CREATED',
      'CHECKLIST_ITEM_TICKED',
      'CHECKLIST_ITEM_UNTICKED',
    ]);
  });

  it("keeps a completed step's required items ticked until it is reopened, and an archived programme's for good", async () => {
    const { programme, item } = await programmeWithItems();
    await checklists.tick(ctx, { itemId: item('map.record_existing'), evidenceText: 'Done' });
    await checklists.tick(ctx, { itemId: item('map.check_with_citizens'), evidenceText: 'Done' });
    let moved = await programmes.move(
      ctx,
      { programmeId: programme.id, version: programme.version },
      (gate) => ({ type: 'ADVANCE', gate, overrideReason: 'agreed by the board today' }),
      'overrideReason',
    );
    const refused = await checklists.untick(ctx, item('map.record_existing')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidTransitionError);
    expect((refused as Error).message).toMatch(/reopen the step/);
    // An advisory item may still be unticked.
    expect((await checklists.untick(ctx, item('map.check_with_citizens'))).tickedAt).toBeNull();

    moved = await programmes.move(ctx, { programmeId: programme.id, version: moved.version }, () => ({ type: 'ARCHIVE' }), 'reason');
    expect(moved.status).toBe('ARCHIVED');
    await expect(checklists.tick(ctx, { itemId: item('map.check_with_citizens'), evidenceText: 'Late' })).rejects.toThrow(
      InvalidTransitionError,
    );
  });

  it("answers NOT_FOUND for another organisation's item and leaves it alone", async () => {
    const { item } = await programmeWithItems();
    await expect(checklists.tick(otherCtx, { itemId: item('map.record_existing'), evidenceText: 'Theirs' })).rejects.toThrow(NotFoundError);
    const [row] = await ownerQuery(db, `SELECT ticked_at FROM checklist_item WHERE id = $1`, [item('map.record_existing')]);
    expect(row.ticked_at).toBeNull();
  });
});
