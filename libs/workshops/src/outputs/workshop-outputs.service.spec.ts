import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ErrorCode, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { InitiativesService } from '@app/mapping';
import { PriorityAreasService } from '@app/pilots';
import { ProgrammesService, TasksService } from '@app/programmes';
import { addMember, eventsAbout, newOrganisation, newServiceArea, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { WorkshopsModule } from '../workshops.module';
import { WorkshopAgendaService } from '../workshops/workshop-agenda.service';
import { WorkshopsService } from '../workshops/workshops.service';
import type { WorkshopOutput } from './workshop-output.model';
import { WorkshopOutputsService } from './workshop-outputs.service';

/** Capture and conversion on a real database: order, all-or-nothing batches, each owner's record made in one transaction, history, tenancy. */
describe('WorkshopOutputsService', () => {
  let module: TestingModule;
  let outputs: WorkshopOutputsService;
  let workshops: WorkshopsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let programmeId: string;
  let helper: string;
  let parks: string;

  beforeAll(async () => {
    module = await serviceTestingModule(WorkshopsModule);
    outputs = module.get(WorkshopOutputsService);
    workshops = module.get(WorkshopsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.CONSULTANT);
    otherCtx = await newOrganisation(db, Role.ADMIN);
    helper = (await newUser(db, 'Helper')).id;
    await addMember(db, ctx.tenantId, helper, Role.CONTRIBUTOR);
    programmeId = (await module.get(ProgrammesService).create(ctx, { name: 'Parks together' })).id;
    parks = await newServiceArea(db, ctx.tenantId, 'Parks and open spaces', 50);
  });
  afterAll(() => module.close());

  const newWorkshop = () =>
    workshops.plan(ctx, {
      programmeId,
      startsAt: new Date('2027-03-04T09:30:00Z'),
      endsAt: new Date('2027-03-04T12:00:00Z'),
      facilitatorUserId: ctx.userId,
    });
  const captureOne = async (workshopId: string, text = 'Ask the friends group to map the ponds'): Promise<WorkshopOutput> =>
    (await outputs.capture(ctx, { workshopId, outputs: [{ kind: 'ACTION', text }] }))[0];
  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };
  const countOf = async (table: string) =>
    (await ownerQuery(db, `SELECT count(*)::int AS n FROM ${table} WHERE organisation_id = $1`, [ctx.tenantId]))[0].n as number;

  it('captures many outputs at once, in the order given after those already captured, and records ids and kinds only', async () => {
    const workshop = await newWorkshop();
    const [section] = await module.get(WorkshopAgendaService).agendaOf(ctx, [workshop.id]);
    await captureOne(workshop.id, 'First thought');
    const batch = await outputs.capture(ctx, {
      workshopId: workshop.id,
      outputs: [
        { kind: 'DECISION', text: ' Meet monthly in the library ', agendaItemId: section.id },
        { kind: 'RISK', text: 'Volunteers may drift away over the summer' },
        { kind: 'NOTE', text: 'Bring maps next time' },
      ],
    });
    expect(batch.map((o) => [o.position, o.kind, o.text, o.agendaItemId, o.convertedKind, o.version])).toEqual([
      [2, 'DECISION', 'Meet monthly in the library', section.id, null, 1],
      [3, 'RISK', 'Volunteers may drift away over the summer', null, null, 1],
      [4, 'NOTE', 'Bring maps next time', null, null, 1],
    ]);
    expect((await outputs.outputsOf(ctx, [workshop.id])).map((o) => o.text)).toEqual([
      'First thought',
      'Meet monthly in the library',
      'Volunteers may drift away over the summer',
      'Bring maps next time',
    ]);
    const events = (await eventsAbout(db, 'workshopId', workshop.id)).filter((e) => e.type === 'WORKSHOP_OUTPUTS_CAPTURED');
    expect(events[1].payload).toMatchObject({ outputIds: batch.map((o) => o.id), kinds: ['DECISION', 'RISK', 'NOTE'] });
    expect(JSON.stringify(events)).not.toContain('library');
  });

  it("refuses the whole batch when one output names another workshop's agenda section, naming that output's field", async () => {
    const workshop = await newWorkshop();
    const [elsewhere] = await module.get(WorkshopAgendaService).agendaOf(ctx, [(await newWorkshop()).id]);
    const before = await countOf('workshop_output');
    expect(
      await problemsOf(
        outputs.capture(ctx, {
          workshopId: workshop.id,
          outputs: [
            { kind: 'NOTE', text: 'Fine' },
            { kind: 'NOTE', text: 'Wrong section', agendaItemId: elsewhere.id },
          ],
        }),
      ),
    ).toEqual([{ field: 'input.outputs[1].agendaItemId', message: "is not a section of this workshop's agenda" }]);
    expect(await countOf('workshop_output')).toBe(before);
  });

  it('takes capture in a running or finished workshop but not in a cancelled one', async () => {
    const running = await workshops.move(ctx, { workshopId: (await newWorkshop()).id, version: 1 }, 'START');
    expect((await captureOne(running.id)).workshopId).toBe(running.id);
    const done = await workshops.move(ctx, { workshopId: running.id, version: running.version }, 'END');
    expect((await captureOne(done.id, 'Typed up afterwards')).position).toBe(2);
    const cancelled = await workshops.move(ctx, { workshopId: (await newWorkshop()).id, version: 1 }, 'CANCEL');
    await expect(captureOne(cancelled.id)).rejects.toThrow(/cancelled and never met/);
  });

  it('edits and deletes an unconverted output with its version; a stale version is a CONFLICT', async () => {
    const workshop = await newWorkshop();
    const output = await captureOne(workshop.id);
    const edited = await outputs.update(ctx, { outputId: output.id, version: 1, kind: 'DECISION', text: ' Map the ponds together ' });
    expect(edited).toMatchObject({ kind: 'DECISION', text: 'Map the ponds together', version: 2 });
    await expect(outputs.update(ctx, { outputId: output.id, version: 1, text: 'Stale' })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect(await problemsOf(outputs.update(ctx, { outputId: output.id, version: 2 }))).toEqual([
      { field: 'input', message: 'names nothing to change: give a kind, text or agendaItemId' },
    ]);
    const gone = await outputs.delete(ctx, { outputId: output.id, version: 2 });
    expect(gone.text).toBe('Map the ponds together');
    await expect(outputs.get(ctx, output.id)).rejects.toThrow(NotFoundError);
    expect((await eventsAbout(db, 'outputId', output.id)).map((e) => e.payload.change)).toEqual(['EDITED', 'DELETED']);
  });

  it('converts an output into a task of the workshop with assignee and due date, linked both ways, in history', async () => {
    const workshop = await newWorkshop();
    const output = await captureOne(workshop.id, 'Ask the friends group to map the ponds\nand the paths too');
    const converted = await outputs.convert(ctx, {
      outputId: output.id,
      version: 1,
      into: { task: { assigneeId: helper, dueDate: '2027-04-01' } },
    });
    expect(converted).toMatchObject({ convertedKind: 'TASK', version: 2 });
    const task = await module.get(TasksService).get(ctx, converted.convertedId!);
    expect(task).toMatchObject({
      programmeId,
      step: 'MAP',
      title: 'Ask the friends group to map the ponds',
      description: 'Ask the friends group to map the ponds\nand the paths too',
      assigneeId: helper,
      dueDate: '2027-04-01',
      workshopId: workshop.id,
    });
    expect((await outputs.convertedInto(ctx, 'TASK', [task.id])).map((o) => o.id)).toEqual([output.id]);
    const [event] = (await eventsAbout(db, 'outputId', output.id)).filter((e) => e.type === 'WORKSHOP_OUTPUT_CONVERTED');
    expect(event.payload).toMatchObject({ workshopId: workshop.id, kind: 'ACTION', convertedKind: 'TASK', convertedId: task.id });
    expect(JSON.stringify(event.payload)).not.toContain('ponds');
  });

  it('converts outputs into an initiative, a priority area and a checklist tick with the workshop as its evidence', async () => {
    const workshop = await newWorkshop();
    const [heard, priority, agreed] = await outputs.capture(ctx, {
      workshopId: workshop.id,
      outputs: [
        { kind: 'INITIATIVE', text: 'Pond dippers run Saturday sessions' },
        { kind: 'PRIORITY', text: 'Parks matter most to the people in the room' },
        { kind: 'DECISION', text: 'The existing coproduction has been recorded' },
      ],
    });
    const initiative = await outputs.convert(ctx, {
      outputId: heard.id,
      version: 1,
      into: { initiative: { serviceAreaId: parks, forms: ['CO_DELIVERY'] } },
    });
    expect(await module.get(InitiativesService).get(ctx, initiative.convertedId!)).toMatchObject({
      name: 'Pond dippers run Saturday sessions',
      serviceAreaId: parks,
      programmeId,
      published: false,
    });
    const area = await outputs.convert(ctx, { outputId: priority.id, version: 1, into: { priorityArea: { serviceAreaId: parks } } });
    expect(await module.get(PriorityAreasService).get(ctx, area.convertedId!)).toMatchObject({
      programmeId,
      serviceAreaId: parks,
      rationale: 'Parks matter most to the people in the room',
    });
    const tick = await outputs.convert(ctx, {
      outputId: agreed.id,
      version: 1,
      into: { checklistTick: { itemKey: 'map.record_existing' } },
    });
    const [item] = await ownerQuery(
      db,
      `SELECT id, key, ticked_at AS "tickedAt", evidence_text AS "evidenceText" FROM checklist_item WHERE id = $1`,
      [tick.convertedId],
    );
    expect(item.key).toBe('map.record_existing');
    expect(item.tickedAt).not.toBeNull();
    expect(item.evidenceText).toContain(`workshop ${workshop.id}`);
    expect(item.evidenceText).toContain('The existing coproduction has been recorded');
    expect((await outputs.outputsOf(ctx, [workshop.id])).map((o) => o.convertedKind)).toEqual([
      'INITIATIVE',
      'PRIORITY_AREA',
      'CHECKLIST_TICK',
    ]);
  });

  it('leaves the output unconverted and writes nothing when the owning library refuses, naming the field under input.into', async () => {
    const workshop = await newWorkshop();
    const output = await captureOne(workshop.id, 'Libraries should come first');
    const [areas, tasks, events] = [
      await countOf('priority_area'),
      await countOf('task'),
      (await eventsAbout(db, 'workshopId', workshop.id)).length,
    ];
    expect(
      await problemsOf(outputs.convert(ctx, { outputId: output.id, version: 1, into: { task: { assigneeId: otherCtx.userId } } })),
    ).toEqual([{ field: 'input.into.task.assigneeId', message: 'is not a member of this organisation' }]);
    const theirArea = await newServiceArea(db, otherCtx.tenantId, 'Their parks');
    expect(
      await problemsOf(outputs.convert(ctx, { outputId: output.id, version: 1, into: { priorityArea: { serviceAreaId: theirArea } } })),
    ).toEqual([{ field: 'input.into.priorityArea.serviceAreaId', message: "is not one of the organisation's service areas" }]);
    await expect(
      outputs.convert(ctx, { outputId: output.id, version: 1, into: { initiative: { serviceAreaId: theirArea } } }),
    ).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'input.into.initiative.serviceAreaId' } });
    expect(
      await problemsOf(
        outputs.convert(ctx, { outputId: output.id, version: 1, into: { checklistTick: { itemKey: 'map.describe_initiatives' } } }),
      ),
    ).toEqual([{ field: 'input.into.checklistTick.itemKey', message: 'is checked from the records, so it cannot be ticked by hand' }]);
    expect(await outputs.get(ctx, output.id)).toMatchObject({ convertedKind: null, convertedId: null, version: 1 });
    expect([await countOf('priority_area'), await countOf('task'), (await eventsAbout(db, 'workshopId', workshop.id)).length]).toEqual([
      areas,
      tasks,
      events,
    ]);
  });

  it('refuses a tick of an item already ticked, and a second conversion or a change of a converted output', async () => {
    const workshop = await newWorkshop();
    const [first, second] = await outputs.capture(ctx, {
      workshopId: workshop.id,
      outputs: [
        { kind: 'DECISION', text: 'The map was checked with residents' },
        { kind: 'DECISION', text: 'Residents agreed the map again' },
      ],
    });
    const ticked = await outputs.convert(ctx, {
      outputId: first.id,
      version: 1,
      into: { checklistTick: { itemKey: 'map.check_with_citizens' } },
    });
    expect(
      await problemsOf(
        outputs.convert(ctx, { outputId: second.id, version: 1, into: { checklistTick: { itemKey: 'map.check_with_citizens' } } }),
      ),
    ).toEqual([{ field: 'input.into.checklistTick.itemKey', message: 'is already ticked: untick it first to give other evidence' }]);
    expect((await outputs.get(ctx, second.id)).convertedKind).toBeNull();
    await expect(outputs.convert(ctx, { outputId: first.id, version: ticked.version, into: { task: {} } })).rejects.toThrow(
      InvalidTransitionError,
    );
    await expect(outputs.update(ctx, { outputId: first.id, version: ticked.version, text: 'Later' })).rejects.toThrow(
      /already become a record/,
    );
    await expect(outputs.delete(ctx, { outputId: first.id, version: ticked.version })).rejects.toThrow(InvalidTransitionError);
  });

  it('asks for exactly one record to make', async () => {
    const output = await captureOne((await newWorkshop()).id);
    expect(await problemsOf(outputs.convert(ctx, { outputId: output.id, version: 1, into: {} }))).toEqual([
      { field: 'input.into', message: 'must name the record to make: task, initiative, priorityArea or checklistTick' },
    ]);
    expect(
      await problemsOf(
        outputs.convert(ctx, { outputId: output.id, version: 1, into: { task: {}, priorityArea: { serviceAreaId: parks } } }),
      ),
    ).toEqual([{ field: 'input.into', message: 'must name exactly one record to make, not task and priorityArea' }]);
  });

  it('shows another organisation none of the outputs and lets it change none of them', async () => {
    const workshop = await newWorkshop();
    const output = await captureOne(workshop.id);
    await expect(outputs.get(otherCtx, output.id)).rejects.toThrow(NotFoundError);
    expect(await outputs.outputsOf(otherCtx, [workshop.id])).toEqual([]);
    await expect(outputs.capture(otherCtx, { workshopId: workshop.id, outputs: [{ kind: 'NOTE', text: 'Ours' }] })).rejects.toThrow(
      NotFoundError,
    );
    await expect(outputs.update(otherCtx, { outputId: output.id, version: 1, text: 'Ours' })).rejects.toThrow(NotFoundError);
    await expect(outputs.convert(otherCtx, { outputId: output.id, version: 1, into: { task: {} } })).rejects.toThrow(NotFoundError);
    expect(await outputs.get(ctx, output.id)).toMatchObject({ text: 'Ask the friends group to map the ponds', version: 1 });
  });
});
