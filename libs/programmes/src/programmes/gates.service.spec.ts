import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { In } from 'typeorm';
import { type RequestContext, Role } from '@app/common';
import { Database, QueryCounter } from '@app/database';
import { newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { ProgrammesModule } from '../programmes.module';
import { ChecklistItemEntity } from '../checklists/checklist-item.entity';
import { type FactsOf, GateFactsRegistry } from './gate-facts.registry';
import { GatesService } from './gates.service';
import type { ProgrammeEntity } from './programme.entity';
import { ProgrammeStepEntity } from './programme-step.entity';
import { ProgrammesService } from './programmes.service';

const REASON = 'the steering group agreed it';

/**
 * Gates gathered from the records on a real database: the facts of many steps at once in one
 * statement, only the features' facts that the checklists need, and a passed step shown as it
 * was passed. (Each rule's verdict on given facts is libs/workflow's, tested there.)
 */
describe('GatesService', () => {
  let module: TestingModule;
  let gates: GatesService;
  let programmes: ProgrammesService;
  let db: Database;
  let counter: QueryCounter;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  /** When set, the fake map source's SQL fails if it runs (a division by zero on each row). */
  let mapFailsIfRun = false;
  /** The fake map source's scope (per programme unless set), and how many times its facts were read. */
  let mapScope: 'organisation' | undefined;
  let mapReads = 0;

  beforeAll(async () => {
    module = await serviceTestingModule(ProgrammesModule);
    gates = module.get(GatesService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    counter = module.get(QueryCounter);
    // What libs/mapping would say: one active area, with initiatives; nothing published.
    module.get(GateFactsRegistry).register({
      provides: 'mapping',
      none: { activeServiceAreas: 0, activeAreasWithInitiatives: 0, publishedInitiatives: 0 },
      get scope() {
        return mapScope;
      },
      readFacts: (json) => {
        mapReads++;
        return json as FactsOf<'mapping'>;
      },
      gateFactsSql: (q) =>
        `SELECT id AS programme_id,
                json_build_object('activeServiceAreas', ${mapFailsIfRun ? '1 / (length(id::text) - 36)' : '1'},
                                  'activeAreasWithInitiatives', 1, 'publishedInitiatives', 0) AS facts
           FROM unnest(${q.programmeIds}) AS id`,
    });
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const stepRow = async (programme: ProgrammeEntity, step: string, cycle = 1) => {
    const [row] = await ownerQuery(db, `SELECT id FROM programme_step WHERE programme_id = $1 AND step = $2 AND cycle = $3`, [
      programme.id,
      step,
      cycle,
    ]);
    return row.id as string;
  };
  const itemId = async (programme: ProgrammeEntity, key: string) =>
    (await ownerQuery(db, `SELECT id FROM checklist_item WHERE programme_id = $1 AND key = $2 AND cycle = 1`, [programme.id, key]))[0]
      .id as string;
  const addTask = (programme: ProgrammeEntity, step: string, status: string) =>
    ownerQuery(
      db,
      `INSERT INTO task (organisation_id, programme_id, cycle, step, title, status, priority, version) VALUES ($1, $2, 1, $3, 'T', $4, 'MEDIUM', 1)`,
      [programme.organisationId, programme.id, step, status],
    );

  it('evaluates the steps of several programmes in one call, each from its own records', async () => {
    const first = await programmes.create(ctx, { name: 'First' });
    const second = await programmes.create(ctx, { name: 'Second' });
    await addTask(first, 'MAP', 'DONE');
    await addTask(second, 'MAP', 'DONE');
    await addTask(second, 'MAP', 'TODO');
    await addTask(second, 'FOCUS', 'TODO'); // another step's task counts for that step only
    await ownerQuery(db, `UPDATE programme_step SET owner_id = $2 WHERE programme_id = $1 AND step = 'MAP'`, [first.id, ctx.userId]);
    await ownerQuery(
      db,
      `UPDATE checklist_item SET ticked_at = now(), evidence_text = 'ok' WHERE programme_id = $1 AND key = 'map.record_existing'`,
      [first.id],
    );
    const [firstMap, secondMap] = [await stepRow(first, 'MAP'), await stepRow(second, 'MAP')];
    const steps = await db.tenant(ctx, ProgrammeStepEntity).findBy({ id: In([firstMap, secondMap]) });
    const before = counter.total;
    const result = await gates.evaluate(ctx, steps);
    // Checklists, records, tasks and the map's facts of both programmes: one statement.
    expect(counter.total - before).toBe(1);
    const verdict = async (programme: ProgrammeEntity, stepId: string, key: string) =>
      result.get(stepId)!.verdicts.get(await itemId(programme, key));

    expect(result.get(firstMap)!.gate).toMatchObject({ open: true, requiredTotal: 3, requiredSatisfied: 3 });
    expect(await verdict(first, firstMap, 'map.tasks_done')).toEqual({
      satisfied: true,
      explanation: 'The one task in this step is done.',
    });
    expect(await verdict(second, secondMap, 'map.tasks_done')).toEqual({
      satisfied: false,
      explanation: '1 of 2 tasks in this step are done.',
    });
    expect(result.get(secondMap)!.gate.openItems.map((i) => i.key)).toEqual(['map.record_existing', 'map.step_owner']);
    expect(await verdict(first, firstMap, 'map.describe_initiatives')).toMatchObject({ satisfied: true });
    expect(result.get(firstMap)!.passed).toBeNull();
  });

  it('asks a feature for its facts only when a checklist in play needs them', async () => {
    const programme = await programmes.create(ctx, { name: 'Focus only' });
    mapFailsIfRun = true;
    try {
      // The map's SQL is in the statement but never runs: no Focus-it item reads the map.
      // Focus it reads pilots, which no source here provides: those items stay open, saying why.
      const focus = await gates.evaluateByIds(ctx, [await stepRow(programme, 'FOCUS')]);
      // Where a Map-it item reads it, it runs (and here fails), so the case above proves something.
      await expect(gates.evaluateByIds(ctx, [await stepRow(programme, 'MAP')])).rejects.toThrow(/division by zero/);
      const pilot = focus.get(await stepRow(programme, 'FOCUS'))!.verdicts.get(await itemId(programme, 'focus.small_pilot'));
      expect(pilot).toMatchObject({ satisfied: false, explanation: expect.stringContaining('could not be checked') });
    } finally {
      mapFailsIfRun = false;
    }
    expect(await gates.evaluate(ctx, [])).toEqual(new Map());
  });

  it("reads an organisation's facts once for all its programmes when its source says they are the organisation's", async () => {
    const listed: ProgrammeEntity[] = [];
    for (const name of ['North', 'South', 'East']) listed.push(await programmes.create(ctx, { name }));
    const ids: string[] = [];
    for (const programme of listed) ids.push(await stepRow(programme, 'MAP'));
    const steps = await db.tenant(ctx, ProgrammeStepEntity).findBy({ id: In(ids) });
    try {
      mapScope = 'organisation';
      mapReads = 0;
      const once = await gates.evaluate(ctx, steps);
      expect(mapReads).toBe(1);
      mapScope = undefined;
      mapReads = 0;
      const each = await gates.evaluate(ctx, steps);
      expect(mapReads).toBe(listed.length);
      // The same verdicts either way, the map's among them.
      for (const id of ids) expect(once.get(id)!.verdicts).toEqual(each.get(id)!.verdicts);
      const describeItem = await itemId(listed[0], 'map.describe_initiatives');
      expect(once.get(ids[0])!.verdicts.get(describeItem)).toMatchObject({ satisfied: true });
    } finally {
      mapScope = undefined;
    }
  });

  it('shows a passed step as it was passed, while `live` follows the records', async () => {
    const programme = await programmes.create(ctx, { name: 'Passed' });
    await programmes.move(
      ctx,
      { programmeId: programme.id, version: 1 },
      (gate) => ({ type: 'ADVANCE', gate, overrideReason: REASON }),
      'overrideReason',
    );
    await ownerQuery(db, `UPDATE programme_step SET owner_id = $2 WHERE programme_id = $1 AND step = 'MAP'`, [programme.id, ctx.userId]);
    const mapId = await stepRow(programme, 'MAP');
    const owner = await itemId(programme, 'map.step_owner');

    const evaluation = (await gates.evaluateByIds(ctx, [mapId])).get(mapId)!;
    expect(evaluation.passed).toMatchObject({ passedByOverride: true, overrideReason: REASON });
    expect(evaluation.verdicts.get(owner)).toEqual({ satisfied: false, explanation: 'No one owns this step yet; assign an owner.' });
    expect(evaluation.gate.open).toBe(false);
    expect(evaluation.live.verdicts.get(owner)).toEqual({ satisfied: true, explanation: 'This step has an owner.' });
  });

  it('reads each step once, with its items in order and whole, its record in force beside it, and a step without items as such', async () => {
    const programme = await programmes.create(ctx, { name: 'Shapes' });
    await programmes.move(
      ctx,
      { programmeId: programme.id, version: 1 },
      (gate) => ({ type: 'ADVANCE', gate, overrideReason: REASON }),
      'overrideReason',
    );
    const [mapId, focusId, growId] = [await stepRow(programme, 'MAP'), await stepRow(programme, 'FOCUS'), await stepRow(programme, 'GROW')];
    await ownerQuery(db, `DELETE FROM checklist_item WHERE programme_step_id = $1`, [growId]);
    await ownerQuery(
      db,
      `UPDATE checklist_item SET ticked_at = now(), ticked_by = $2, evidence_text = 'seen', evidence_url = 'https://example.org/a' WHERE programme_step_id = $1 AND position = 0`,
      [focusId, ctx.userId],
    );
    const stored = await db
      .tenant(ctx, ChecklistItemEntity)
      .find({ where: { programmeStepId: In([mapId, focusId]) }, order: { position: 'ASC' } });
    const fields = (item: ChecklistItemEntity) => ({
      id: item.id,
      organisationId: item.organisationId,
      programmeId: item.programmeId,
      programmeStepId: item.programmeStepId,
      cycle: item.cycle,
      step: item.step,
      key: item.key,
      position: item.position,
      title: item.title,
      guidance: item.guidance,
      required: item.required,
      kind: item.kind,
      rule: item.rule,
      source: item.source,
      tickedAt: item.tickedAt,
      tickedBy: item.tickedBy,
      evidenceText: item.evidenceText,
      evidenceUrl: item.evidenceUrl,
    });

    const steps = await db.tenant(ctx, ProgrammeStepEntity).findBy({ id: In([mapId, focusId, growId]) });
    const result = await gates.evaluate(ctx, [...steps, steps[0]]); // a step asked twice is answered once
    expect(result.size).toBe(3);
    const map = result.get(mapId)!;
    const focus = result.get(focusId)!;
    expect(map.items.map(fields)).toEqual(stored.filter((i) => i.programmeStepId === mapId).map(fields));
    expect(focus.items.map(fields)).toEqual(stored.filter((i) => i.programmeStepId === focusId).map(fields));
    expect(focus.items[0].tickedAt).toBeInstanceOf(Date);
    // The record is MAP's alone: its verdicts are MAP's items', and FOCUS shows what the records say now.
    expect(map.passed).toMatchObject({ passedByOverride: true, overrideReason: REASON });
    expect([...map.verdicts.keys()]).toEqual(map.items.map((i) => i.id));
    expect(focus.passed).toBeNull();
    expect(focus.verdicts).toBe(focus.live.verdicts);
    expect(result.get(growId)).toMatchObject({ items: [], passed: null, gate: { open: true, requiredTotal: 0, advisoryTotal: 0 } });
    expect(result.get(growId)!.verdicts.size).toBe(0);
  });

  it('lists every gate record of the steps, set-aside ones too, newest first, with each item named', async () => {
    let programme = await programmes.create(ctx, { name: 'Recorded' });
    const advance = (p: ProgrammeEntity) =>
      programmes.move(
        ctx,
        { programmeId: p.id, version: p.version },
        (gate) => ({ type: 'ADVANCE', gate, overrideReason: REASON }),
        'overrideReason',
      );
    programme = await advance(programme);
    programme = await programmes.move(
      ctx,
      { programmeId: programme.id, version: programme.version },
      () => ({ type: 'REOPEN', step: 'MAP', reason: REASON }),
      'reason',
    );
    programme = await advance(programme);
    const mapId = await stepRow(programme, 'MAP');
    // A verdict the record lacks (an item added to the step later) reads as not recorded.
    const existing = await itemId(programme, 'map.record_existing');
    await ownerQuery(db, `UPDATE gate_record SET verdicts = verdicts - $2 WHERE programme_step_id = $1`, [mapId, existing]);

    const records = await gates.recordsOf(ctx, [mapId]);
    expect(records.map((r) => r.setAsideAt === null)).toEqual([true, false]);
    expect(records[0].passedAt.getTime()).toBeGreaterThan(records[1].passedAt.getTime());
    expect(records[0].gate).toMatchObject({ recorded: true, passedByOverride: true, overrideReason: REASON });
    expect(records[0].verdicts.map((v) => v.key)).toEqual([
      'map.record_existing',
      'map.describe_initiatives',
      'map.publish_findings',
      'map.check_with_citizens',
      'map.look_here_first',
      'map.step_owner',
      'map.tasks_done',
    ]);
    expect(records[0].verdicts[0]).toMatchObject({ checklistItemId: existing, required: true, satisfied: false });
    expect(records[0].verdicts[0].explanation).not.toBe(records[0].verdicts[4].explanation);
    expect(await gates.recordsOf(ctx, [])).toEqual([]);
  });

  it("finds nothing of another organisation's steps", async () => {
    const programme = await programmes.create(ctx, { name: 'Private' });
    await programmes.move(
      ctx,
      { programmeId: programme.id, version: 1 },
      (gate) => ({ type: 'ADVANCE', gate, overrideReason: REASON }),
      'overrideReason',
    );
    const mapId = await stepRow(programme, 'MAP');
    expect(await gates.evaluateByIds(otherCtx, [mapId])).toEqual(new Map());
    expect(await gates.recordsOf(otherCtx, [mapId])).toEqual([]);
  });
});
