import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ErrorCode, InvalidTransitionError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import type { Pilot } from '@app/pilots';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { LawfulBasis, ParticipantKind } from '../participants/participant.entity';
import { ParticipantsService } from '../participants/participants.service';
import { PeopleModule } from '../people.module';
import { EnrolmentsService } from './enrolments.service';

/** Enrolment and self-efficacy on a real database: who may join, dates, rejoining, history with ids only, per-pilot reads, tenancy. */
describe('EnrolmentsService', () => {
  let module: TestingModule;
  let enrolments: EnrolmentsService;
  let participants: ParticipantsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let pilot: Pilot;

  beforeAll(async () => {
    module = await serviceTestingModule(PeopleModule);
    enrolments = module.get(EnrolmentsService);
    participants = module.get(ParticipantsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    pilot = await newPilot(module, ctx, 'RUNNING', 'Repair café');
  });
  afterAll(() => module.close());

  const person = (withBasis = true, context = ctx) =>
    participants.register(context, {
      kind: ParticipantKind.CITIZEN,
      motivation: 3,
      hoursPerMonth: 2,
      ...(withBasis ? { displayName: 'Rhys Evans', lawfulBasis: { basis: LawfulBasis.PUBLIC_TASK } } : {}),
    });
  const fieldsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems.map((p) => p.field);
  };
  const enrol = (participantId: string, extra: { recordedOn?: string; pilotId?: string } = {}) =>
    enrolments.enrol(ctx, { pilotId: pilot.id, participantId, role: '  fixer ', selfEfficacy: 2, ...extra });

  it('enrols with a role and a first reading; history holds ids only, with who acted, in the programme', async () => {
    const p = await person();
    const enrolment = await enrol(p.id, { recordedOn: '2025-01-10' });
    expect(enrolment).toMatchObject({ pilotId: pilot.id, participantId: p.id, role: 'fixer', active: true, withdrawnAt: null });
    expect((await enrolments.readingsOf(ctx, [enrolment.id])).get(enrolment.id)).toEqual([
      expect.objectContaining({ score: 2, recordedOn: '2025-01-10' }),
    ]);
    const events = await eventsAbout(db, 'enrolmentId', enrolment.id);
    expect(events).toEqual([
      {
        type: 'PARTICIPANT_ENROLLED',
        programmeId: pilot.programmeId,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: {
          programmeId: pilot.programmeId,
          pilotId: pilot.id,
          participantId: p.id,
          enrolmentId: enrolment.id,
          readingId: expect.any(String),
          rejoined: false,
        },
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Rhys|fixer/);
  });

  it('refuses someone without a basis, someone erased, someone already enrolled, and a reading in the future, naming the field', async () => {
    expect(await fieldsOf(enrol((await person(false)).id))).toEqual(['input.participantId']);
    const erased = await person();
    await ownerQuery(db, `UPDATE participant SET display_name = NULL, erased_at = now() WHERE id = $1`, [erased.id]);
    expect(await fieldsOf(enrol(erased.id))).toEqual(['input.participantId']);
    const twice = await person();
    await enrol(twice.id);
    expect(await fieldsOf(enrol(twice.id))).toEqual(['input.participantId']);
    expect(await fieldsOf(enrol((await person()).id, { recordedOn: '2999-01-01' }))).toEqual(['input.recordedOn']);
  });

  it('refuses to enrol in a pilot that ended without going ahead, whatever the participant', async () => {
    const stopped = await newPilot(module, ctx, 'STOP', 'Stopped');
    const p = await person();
    await expect(enrol(p.id, { pilotId: stopped.id })).rejects.toThrow(InvalidTransitionError);
    const rejected = await newPilot(module, ctx, 'REJECTED', 'Rejected');
    await expect(enrol(p.id, { pilotId: rejected.id })).rejects.toThrow(InvalidTransitionError);
    expect((await enrolments.ofParticipants(ctx, [p.id])).get(p.id)).toEqual([]);
  });

  it('records later readings, not before the first nor in the future, and summarises the change per pilot', async () => {
    const own = await newPilot(module, ctx, 'RUNNING', 'Readings');
    const [a, b] = [await person(), await person()];
    const ea = await enrolments.enrol(ctx, { pilotId: own.id, participantId: a.id, role: 'r', selfEfficacy: 2, recordedOn: '2025-03-01' });
    await enrolments.enrol(ctx, { pilotId: own.id, participantId: b.id, role: 'r', selfEfficacy: 3, recordedOn: '2025-03-01' });
    expect(await fieldsOf(enrolments.recordSelfEfficacy(ctx, { enrolmentId: ea.id, score: 4, recordedOn: '2025-02-28' }))).toEqual([
      'input.recordedOn',
    ]);
    expect(await fieldsOf(enrolments.recordSelfEfficacy(ctx, { enrolmentId: ea.id, score: 4, recordedOn: '2999-01-01' }))).toEqual([
      'input.recordedOn',
    ]);
    await enrolments.recordSelfEfficacy(ctx, { enrolmentId: ea.id, score: 3, recordedOn: '2025-04-01' });
    await enrolments.recordSelfEfficacy(ctx, { enrolmentId: ea.id, score: 5, recordedOn: '2025-05-01' });
    expect((await eventsAbout(db, 'enrolmentId', ea.id)).map((e) => [e.type, e.payload.recordedOn])).toEqual([
      ['PARTICIPANT_ENROLLED', undefined],
      ['SELF_EFFICACY_RECORDED', '2025-04-01'],
      ['SELF_EFFICACY_RECORDED', '2025-05-01'],
    ]);
    // One with two readings or more (2 → 5), one with a single reading.
    expect((await enrolments.selfEfficacyOf(ctx, [own.id, pilot.id])).get(own.id)).toMatchObject({
      participantsWithReadings: 2,
      participantsWithTwoReadings: 1,
      meanFirstReading: 2,
      meanLatestReading: 5,
      meanChange: 3,
    });
    // No reading is taken about someone erased, though their readings stay in the figures.
    await ownerQuery(db, `UPDATE participant SET display_name = NULL, erased_at = now() WHERE id = $1`, [a.id]);
    expect(await fieldsOf(enrolments.recordSelfEfficacy(ctx, { enrolmentId: ea.id, score: 1, recordedOn: '2025-06-01' }))).toEqual([
      'input.enrolmentId',
    ]);
    expect((await enrolments.selfEfficacyOf(ctx, [own.id])).get(own.id)?.meanChange).toBe(3);
  });

  it('withdraws once, keeping the readings; rejoining reopens the same enrolment and keeps the first reading', async () => {
    const p = await person();
    const first = await enrol(p.id, { recordedOn: '2025-01-01' });
    const withdrawn = await enrolments.withdraw(ctx, { enrolmentId: first.id });
    expect(withdrawn).toMatchObject({ active: false, withdrawnAt: expect.any(Date) });
    expect(await fieldsOf(enrolments.withdraw(ctx, { enrolmentId: first.id }))).toEqual(['input.enrolmentId']);
    const again = await enrolments.enrol(ctx, {
      pilotId: pilot.id,
      participantId: p.id,
      role: 'mender',
      selfEfficacy: 4,
      recordedOn: '2025-02-01',
    });
    expect(again).toMatchObject({ id: first.id, role: 'mender', active: true });
    expect((await enrolments.readingsOf(ctx, [first.id])).get(first.id)?.map((r) => r.score)).toEqual([2, 4]);
    expect((await eventsAbout(db, 'enrolmentId', first.id)).map((e) => [e.type, e.payload.rejoined])).toEqual([
      ['PARTICIPANT_ENROLLED', false],
      ['PARTICIPANT_WITHDRAWN', undefined],
      ['PARTICIPANT_ENROLLED', true],
    ]);
  });

  it("pages each pilot's enrolments oldest first with its own total", async () => {
    const [one, two] = [await newPilot(module, ctx, 'APPROVED', 'One'), await newPilot(module, ctx, 'APPROVED', 'Two')];
    const people = [await person(), await person(), await person()];
    for (const p of people) await enrolments.enrol(ctx, { pilotId: one.id, participantId: p.id, role: 'r', selfEfficacy: 3 });
    await enrolments.enrol(ctx, { pilotId: two.id, participantId: people[0].id, role: 'r', selfEfficacy: 3 });
    const pages = await enrolments.pagesOf(ctx, [one.id, two.id], { first: 2 });
    expect(pages.get(one.id)?.totalCount).toBe(3);
    expect(pages.get(one.id)?.edges.map((e) => e.node.participantId)).toEqual([people[0].id, people[1].id]);
    expect(pages.get(one.id)?.pageInfo.hasNextPage).toBe(true);
    expect(pages.get(two.id)?.totalCount).toBe(1);
  });

  it("reaches nothing of another organisation's: their pilot, participant or enrolment is NOT_FOUND", async () => {
    const theirs = await person(true, otherCtx);
    const theirPilot = await newPilot(module, otherCtx, 'RUNNING', 'Theirs');
    const theirEnrolment = await enrolments.enrol(otherCtx, {
      pilotId: theirPilot.id,
      participantId: theirs.id,
      role: 'r',
      selfEfficacy: 3,
    });
    await expect(enrol(theirs.id)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'input.participantId' } });
    await expect(
      enrolments.enrol(ctx, { pilotId: theirPilot.id, participantId: (await person()).id, role: 'r', selfEfficacy: 3 }),
    ).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    await expect(enrolments.withdraw(ctx, { enrolmentId: theirEnrolment.id })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
      details: { field: 'input.enrolmentId' },
    });
    await expect(
      enrolments.recordSelfEfficacy(ctx, { enrolmentId: theirEnrolment.id, score: 1, recordedOn: '2025-01-01' }),
    ).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    expect((await enrolments.pagesOf(ctx, [theirPilot.id], { first: 10 })).get(theirPilot.id)?.totalCount).toBe(0);
    expect((await enrolments.ofParticipants(ctx, [theirs.id])).get(theirs.id)).toEqual([]);
    expect((await enrolments.get(otherCtx, theirEnrolment.id)).active).toBe(true);
  });
});
