import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ErrorCode, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { AGENDA_MAX_SECTIONS } from '@app/workflow';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { WorkshopsModule } from '../workshops.module';
import { WorkshopAgendaService } from './workshop-agenda.service';
import { WorkshopsService } from './workshops.service';

/** A workshop's agenda on a real database: each change takes the workshop's version and moves it on, with one event; over or archived, it is kept as it was; another organisation reaches nothing. */
describe('WorkshopAgendaService', () => {
  let module: TestingModule;
  let agendas: WorkshopAgendaService;
  let workshops: WorkshopsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let programmeId: string;

  beforeAll(async () => {
    module = await serviceTestingModule(WorkshopsModule);
    agendas = module.get(WorkshopAgendaService);
    workshops = module.get(WorkshopsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    programmeId = (await module.get(ProgrammesService).create(ctx, { name: 'Libraries together' })).id;
  });
  afterAll(() => module.close());

  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };
  const plan = (extra: Record<string, unknown> = {}) =>
    workshops.plan(ctx, {
      programmeId,
      startsAt: new Date('2027-03-04T09:30:00Z'),
      endsAt: new Date('2027-03-04T12:00:00Z'),
      facilitatorUserId: ctx.userId,
      ...extra,
    });

  it('edits, adds, removes and reorders agenda sections, each taking the version seen and moving it on', async () => {
    const workshop = await plan();
    const [first, second, third] = await agendas.agendaOf(ctx, [workshop.id]);
    let now = await agendas.add(ctx, { workshopId: workshop.id, version: 1, title: 'Tea', minutes: 15, position: 2 });
    expect(now.version).toBe(2);
    await expect(agendas.update(ctx, { agendaItemId: first.id, version: 1, minutes: 20 })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    now = await agendas.update(ctx, { agendaItemId: first.id, version: 2, minutes: 20 });
    expect(
      await problemsOf(agendas.update(ctx, { agendaItemId: first.id, version: now.version, checklistKeys: ['focus.small_pilot'] })),
    ).toEqual([{ field: 'input.checklistKeys[0]', message: 'is not a checklist item of the Map it step' }]);
    now = await agendas.remove(ctx, { agendaItemId: second.id, version: now.version });
    const remaining = await agendas.agendaOf(ctx, [workshop.id]);
    expect(remaining.map((a) => a.position)).toEqual(remaining.map((_, i) => i + 1));
    expect(remaining[0]).toMatchObject({ id: first.id, minutes: 20 });
    expect(remaining[1].title).toBe('Tea');
    const order = [third.id, ...remaining.map((a) => a.id).filter((id) => id !== third.id)];
    expect(
      await problemsOf(agendas.reorder(ctx, { workshopId: workshop.id, version: now.version, agendaItemIds: order.slice(1) })),
    ).toEqual([{ field: 'input.agendaItemIds', message: "must list every item of the workshop's agenda, each once" }]);
    now = await agendas.reorder(ctx, { workshopId: workshop.id, version: now.version, agendaItemIds: order });
    expect((await agendas.agendaOf(ctx, [workshop.id])).map((a) => a.id)).toEqual(order);
    expect(now.version).toBe(5);
    expect((await workshops.get(ctx, workshop.id)).version).toBe(5);
    expect((await eventsAbout(db, 'workshopId', workshop.id)).map((e) => e.payload.change ?? e.type)).toEqual([
      'WORKSHOP_PLANNED',
      'ADDED',
      'CHANGED',
      'REMOVED',
      'REORDERED',
    ]);
  });

  it('refuses a section beyond the most an agenda may hold, so the agenda can still be reordered', async () => {
    let workshop = await plan();
    const held = (await agendas.agendaOf(ctx, [workshop.id])).length;
    for (let i = held; i < AGENDA_MAX_SECTIONS; i++) {
      workshop = await agendas.add(ctx, { workshopId: workshop.id, version: workshop.version, title: `Part ${i}`, minutes: 5 });
    }
    expect(await agendas.agendaOf(ctx, [workshop.id])).toHaveLength(AGENDA_MAX_SECTIONS);
    const problems = await problemsOf(
      agendas.add(ctx, { workshopId: workshop.id, version: workshop.version, title: 'One too many', minutes: 5 }),
    );
    expect(problems).toEqual([{ field: 'input', message: `would give the agenda more than ${AGENDA_MAX_SECTIONS} sections` }]);
    expect(await agendas.agendaOf(ctx, [workshop.id])).toHaveLength(AGENDA_MAX_SECTIONS);
  });

  it("keeps the agenda of a workshop that is over, or whose programme is archived, as it was; another organisation's is NOT_FOUND", async () => {
    const running = await workshops.move(ctx, { workshopId: (await plan()).id, version: 1 }, 'START');
    const done = await workshops.move(ctx, { workshopId: running.id, version: running.version }, 'END');
    const [section] = await agendas.agendaOf(ctx, [done.id]);
    await expect(agendas.update(ctx, { agendaItemId: section.id, version: done.version, minutes: 3 })).rejects.toMatchObject({
      code: ErrorCode.INVALID_TRANSITION,
    });

    const programmes = module.get(ProgrammesService);
    const archived = await programmes.create(ctx, { name: 'Archived programme' });
    const workshop = await plan({ programmeId: archived.id });
    await programmes.move(ctx, { programmeId: archived.id, version: archived.version }, () => ({ type: 'ARCHIVE' }), 'no longer run');
    const before = await agendas.agendaOf(ctx, [workshop.id]);
    await expect(agendas.add(ctx, { workshopId: workshop.id, version: workshop.version, title: 'Tea', minutes: 10 })).rejects.toMatchObject(
      {
        code: ErrorCode.INVALID_TRANSITION,
      },
    );
    await expect(
      agendas.reorder(ctx, { workshopId: workshop.id, version: workshop.version, agendaItemIds: before.map((a) => a.id).reverse() }),
    ).rejects.toMatchObject({ code: ErrorCode.INVALID_TRANSITION });
    expect(await agendas.agendaOf(ctx, [workshop.id])).toEqual(before);

    const mine = await plan();
    const [first] = await agendas.agendaOf(ctx, [mine.id]);
    await expect(agendas.remove(otherCtx, { agendaItemId: first.id, version: 1 })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    await expect(agendas.add(otherCtx, { workshopId: mine.id, version: 1, title: 'Theirs', minutes: 5 })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    expect(await agendas.agendaOf(otherCtx, [mine.id])).toEqual([]);
    expect((await workshops.get(ctx, mine.id)).version).toBe(1);
  });
});
