import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ErrorCode, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { LawfulBasis, ParticipantKind, ParticipantsService } from '@app/people';
import { ProgrammesService } from '@app/programmes';
import { WORKSHOP_AGENDAS } from '@app/workflow';
import { actingAs, addMember, eventsAbout, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { WorkshopTemplatesService } from '../templates/workshop-templates.service';
import { WorkshopsModule } from '../workshops.module';
import { WorkshopAgendaService } from './workshop-agenda.service';
import { WorkshopsService } from './workshops.service';

const STARTS = new Date('2027-03-04T09:30:00Z');
const ENDS = new Date('2027-03-04T12:00:00Z');

/** Workshops on a real database: agendas from the step or a personal template, members and lawful participants only, versions, lifecycle, history, tenancy. */
describe('WorkshopsService', () => {
  let module: TestingModule;
  let workshops: WorkshopsService;
  let agendas: WorkshopAgendaService;
  let templates: WorkshopTemplatesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let programmeId: string;
  let consultant: string;

  beforeAll(async () => {
    module = await serviceTestingModule(WorkshopsModule);
    workshops = module.get(WorkshopsService);
    agendas = module.get(WorkshopAgendaService);
    templates = module.get(WorkshopTemplatesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    consultant = (await newUser(db, 'Consultant')).id;
    await addMember(db, ctx.tenantId, consultant, Role.CONSULTANT);
    programmeId = (await module.get(ProgrammesService).create(ctx, { name: 'Libraries together' })).id;
  });
  afterAll(() => module.close());

  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };
  const plan = (extra: Record<string, unknown> = {}) =>
    workshops.plan(ctx, { programmeId, startsAt: STARTS, endsAt: ENDS, facilitatorUserId: consultant, ...extra });

  it("plans a workshop of the programme's current step with the step's suggested agenda, and records ids and times only", async () => {
    const workshop = await plan({ place: ' Town hall ' });
    expect(workshop).toMatchObject({
      programmeId,
      step: 'MAP',
      cycle: 1,
      status: 'PLANNED',
      title: 'Map it workshop',
      place: 'Town hall',
      version: 1,
    });
    const agenda = await agendas.agendaOf(ctx, [workshop.id]);
    expect(agenda.map((a) => [a.position, a.title, a.minutes, a.checklistKeys])).toEqual(
      WORKSHOP_AGENDAS.MAP.map((s, i) => [i + 1, s.title, s.minutes, [...s.checklistKeys]]),
    );
    const [event] = await eventsAbout(db, 'workshopId', workshop.id);
    expect(event).toMatchObject({
      type: 'WORKSHOP_PLANNED',
      programmeId,
      payload: { step: 'MAP', facilitatorUserId: consultant, agendaItems: agenda.length },
    });
    expect(JSON.stringify(event.payload)).not.toContain('Town hall');
  });

  it('copies one of the caller’s own templates into the organisation, and no one else may use it', async () => {
    const mine = await templates.create(ctx, {
      title: 'Quick map',
      step: 'MAP',
      sections: [
        { title: 'Warm up', minutes: 5 },
        { title: 'Walk the map', minutes: 40, checklistKeys: ['map.record_existing', 'nowhere.at_all'] },
      ],
    });
    const workshop = await plan({ templateId: mine.id });
    expect(workshop).toMatchObject({ title: 'Quick map', step: 'MAP', templateId: mine.id });
    // A key the programme's checklist does not hold is dropped on the way in.
    expect((await agendas.agendaOf(ctx, [workshop.id])).map((a) => [a.title, a.checklistKeys])).toEqual([
      ['Warm up', []],
      ['Walk the map', ['map.record_existing']],
    ]);
    const someoneElse = actingAs(consultant, ctx.tenantId, Role.CONSULTANT);
    expect(
      await problemsOf(
        workshops.plan(someoneElse, { programmeId, templateId: mine.id, startsAt: STARTS, endsAt: ENDS, facilitatorUserId: consultant }),
      ),
    ).toEqual([{ field: 'input.templateId', message: 'is not one of your workshop templates' }]);
    await expect(templates.get(someoneElse, mine.id)).rejects.toThrow(NotFoundError);
    expect((await templates.page(someoneElse, {}))[1]).toBe(0);
  });

  it('changes and deletes a template only for its owner and at the version seen', async () => {
    const mine = await templates.create(ctx, { title: 'Focus day', step: 'FOCUS' });
    expect(mine.sections.map((section) => section.title)).toEqual(WORKSHOP_AGENDAS.FOCUS.map((section) => section.title));
    const someoneElse = actingAs(consultant, otherCtx.tenantId, Role.CONSULTANT);
    await expect(templates.update(someoneElse, { templateId: mine.id, version: 1, title: 'Taken' })).rejects.toThrow(NotFoundError);
    const changed = await templates.update(ctx, {
      templateId: mine.id,
      version: 1,
      title: ' Focus morning ',
      sections: [{ title: 'Score', minutes: 30 }],
    });
    expect(changed).toMatchObject({
      title: 'Focus morning',
      step: 'FOCUS',
      version: 2,
      sections: [{ title: 'Score', minutes: 30, checklistKeys: [] }],
    });
    await expect(templates.update(ctx, { templateId: mine.id, version: 1, title: 'Stale' })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { currentVersion: 2 },
    });
    await expect(templates.delete(someoneElse, { templateId: mine.id, version: 2 })).rejects.toThrow(NotFoundError);
    await expect(templates.delete(ctx, { templateId: mine.id, version: 2 })).resolves.toMatchObject({ id: mine.id });
    await expect(templates.get(ctx, mine.id)).rejects.toThrow(NotFoundError);
  });

  it('names each field at fault: times the wrong way round, a facilitator or attendee who is not a member, a participant without a lawful basis', async () => {
    const participants = module.get(ParticipantsService);
    const lawful = await participants.register(ctx, {
      kind: ParticipantKind.CITIZEN,
      motivation: 3,
      hoursPerMonth: 2,
      lawfulBasis: {
        basis: LawfulBasis.CONSENT,
        consentGivenAt: new Date('2026-01-01T00:00:00Z'),
        consentPurposes: 'workshops',
        consentMeans: 'form',
      },
    });
    const withoutBasis = await participants.register(ctx, { kind: ParticipantKind.STAFF, motivation: 3, hoursPerMonth: 2 });
    const outsider = (await newUser(db, 'Outsider')).id;
    expect(
      await problemsOf(
        plan({
          endsAt: STARTS,
          facilitatorUserId: outsider,
          attendeeUserIds: [ctx.userId, outsider],
          attendeeParticipantIds: [lawful.id, withoutBasis.id],
        }),
      ),
    ).toEqual([
      { field: 'input.endsAt', message: 'must leave the workshop ending after it starts' },
      { field: 'input.facilitatorUserId', message: 'is not a member of this organisation' },
      { field: 'input.attendeeUserIds[1]', message: 'is not a member of this organisation' },
      { field: 'input.attendeeParticipantIds[1]', message: 'has no lawful basis recorded, so cannot be asked to a workshop' },
    ]);
    const workshop = await plan({ attendeeUserIds: [ctx.userId], attendeeParticipantIds: [lawful.id] });
    expect((await workshops.attendeesOf(ctx, [workshop.id])).map((a) => [a.userId, a.participantId])).toEqual([
      [ctx.userId, null],
      [null, lawful.id],
    ]);
    // History says how many participants, never which: it outlives a participant's erasure.
    const [planned] = await eventsAbout(db, 'workshopId', workshop.id);
    expect(planned.payload).toMatchObject({ attendeeUserIds: [ctx.userId], attendeeParticipants: 1 });
    expect(JSON.stringify(planned.payload)).not.toContain(lawful.id);
  });

  it('refuses every change to a workshop once its programme is archived, and planning one there', async () => {
    const programmes = module.get(ProgrammesService);
    const archived = await programmes.create(ctx, { name: 'Archived programme' });
    const workshop = await plan({ programmeId: archived.id });
    await programmes.move(ctx, { programmeId: archived.id, version: archived.version }, () => ({ type: 'ARCHIVE' }), 'no longer run');
    const refused = { code: ErrorCode.INVALID_TRANSITION };
    await expect(plan({ programmeId: archived.id })).rejects.toMatchObject(refused);
    await expect(workshops.update(ctx, { workshopId: workshop.id, version: workshop.version, title: 'Too late' })).rejects.toMatchObject(
      refused,
    );
    expect((await workshops.get(ctx, workshop.id)).title).toBe(workshop.title);
  });

  it('starts and ends a workshop as the lifecycle allows, then keeps it as it was', async () => {
    const workshop = await plan();
    await expect(workshops.move(ctx, { workshopId: workshop.id, version: 1 }, 'END')).rejects.toThrow(InvalidTransitionError);
    const running = await workshops.move(ctx, { workshopId: workshop.id, version: 1 }, 'START');
    expect(running).toMatchObject({ status: 'RUNNING', version: 2 });
    const done = await workshops.move(ctx, { workshopId: workshop.id, version: 2 }, 'END');
    expect(done.status).toBe('DONE');
    await expect(workshops.update(ctx, { workshopId: workshop.id, version: done.version, title: 'Later' })).rejects.toThrow(
      /kept as they were/,
    );
    const cancelled = await workshops.move(ctx, { workshopId: (await plan()).id, version: 1 }, 'CANCEL');
    expect(cancelled.status).toBe('CANCELLED');
  });

  it("keeps a workshop when its facilitator's account is deleted: the facilitator becomes unknown until another is named", async () => {
    const leaving = (await newUser(db, 'Leaving consultant')).id;
    await addMember(db, ctx.tenantId, leaving, Role.CONSULTANT);
    const workshop = await plan({ facilitatorUserId: leaving });
    await ownerQuery(db, 'DELETE FROM app_user WHERE id = $1', [leaving]);
    const kept = await workshops.get(ctx, workshop.id);
    expect(kept).toMatchObject({ id: workshop.id, facilitatorUserId: null, version: workshop.version });
    expect((await agendas.agendaOf(ctx, [workshop.id])).length).toBeGreaterThan(0);
    const named = await workshops.update(ctx, { workshopId: workshop.id, version: kept.version, facilitatorUserId: consultant });
    expect(named.facilitatorUserId).toBe(consultant);
  });

  it('updates details with a version check, and shows another organisation nothing', async () => {
    const workshop = await plan();
    const changed = await workshops.update(ctx, {
      workshopId: workshop.id,
      version: 1,
      title: ' Mapping morning ',
      onlineUrl: 'https://meet.example.org/abc',
    });
    expect(changed).toMatchObject({ title: 'Mapping morning', onlineUrl: 'https://meet.example.org/abc', version: 2 });
    await expect(workshops.update(ctx, { workshopId: workshop.id, version: 1, title: 'Stale' })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect(
      await problemsOf(workshops.update(ctx, { workshopId: workshop.id, version: 2, startsAt: new Date('2027-03-05T09:00:00Z') })),
    ).toEqual([{ field: 'input.startsAt', message: 'must leave the workshop ending after it starts' }]);
    await expect(workshops.get(otherCtx, workshop.id)).rejects.toThrow(NotFoundError);
    await expect(workshops.update(otherCtx, { workshopId: workshop.id, version: 2, title: 'Theirs' })).rejects.toThrow(NotFoundError);
    expect(await workshops.page(otherCtx, {}, {})).toEqual([[], 0]);
    const [mine, total] = await workshops.page(ctx, { programmeId, status: 'PLANNED' }, { first: 100 });
    expect(total).toBeGreaterThan(0);
    expect(mine.every((w) => w.status === 'PLANNED' && w.programmeId === programmeId)).toBe(true);
    const pages = await workshops.pageByProgramme(ctx, [programmeId], {}, { first: 2 });
    expect(pages.get(programmeId)?.[0]).toHaveLength(2);
  });
});
