import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { type Pilot, PilotReach, participantsReached } from '@app/pilots';
import { newOrganisation, newPilot } from '../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../test/support/service-module';
import { EnrolmentsService } from './enrolments/enrolments.service';
import { ParticipantPrivacyService } from './participants/participant-privacy.service';
import { LawfulBasis, ParticipantKind } from './participants/participant.entity';
import { ParticipantsService } from './participants/participants.service';
import { PeopleModule } from './people.module';
import { PeopleService } from './people.service';

/** What People it tells other features, on a real database: the people each pilot reached through enrolment, and only the organisation's own. */
describe('PeopleService', () => {
  let module: TestingModule;
  let people: PeopleService;
  let enrolments: EnrolmentsService;
  let participants: ParticipantsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(PeopleModule);
    await module.init(); // PeopleService registers as the pilots' reach
    people = module.get(PeopleService);
    enrolments = module.get(EnrolmentsService);
    participants = module.get(ParticipantsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  /** A new participant of the context's organisation enrolled in `pilot`; answers the enrolment's id and the participant's. */
  const enrolSomeone = async (pilot: Pilot, context = ctx) => {
    const participant = await participants.register(context, {
      kind: ParticipantKind.CITIZEN,
      displayName: 'Sam Okafor',
      motivation: 4,
      hoursPerMonth: 3,
      lawfulBasis: { basis: LawfulBasis.PUBLIC_TASK },
    });
    const enrolment = await enrolments.enrol(context, {
      pilotId: pilot.id,
      participantId: participant.id,
      role: 'Volunteer',
      selfEfficacy: 3,
    });
    return { enrolmentId: enrolment.id, participantId: participant.id };
  };

  it('counts everyone ever enrolled in each pilot, withdrawn and erased ones included, and 0 for a pilot with nobody', async () => {
    const [busy, quiet] = [await newPilot(module, ctx, 'RUNNING', 'Busy'), await newPilot(module, ctx, 'APPROVED', 'Quiet')];
    await enrolSomeone(busy);
    const withdraws = await enrolSomeone(busy);
    const erased = await enrolSomeone(busy);
    await enrolments.withdraw(ctx, { enrolmentId: withdraws.enrolmentId });
    await module.get(ParticipantPrivacyService).erase(ctx, { participantId: erased.participantId });

    expect(await people.enrolledCount(ctx, [busy.id, quiet.id])).toEqual(
      new Map([
        [busy.id, 3],
        [quiet.id, 0],
      ]),
    );
  });

  it('counts someone who withdrew and rejoined once, since rejoining reopens the same enrolment', async () => {
    const pilot = await newPilot(module, ctx, 'RUNNING', 'Rejoin');
    const { enrolmentId, participantId } = await enrolSomeone(pilot);
    await enrolments.withdraw(ctx, { enrolmentId });
    await enrolments.enrol(ctx, { pilotId: pilot.id, participantId, role: 'Volunteer', selfEfficacy: 4 });
    expect(await people.enrolledCount(ctx, [pilot.id])).toEqual(new Map([[pilot.id, 1]]));
  });

  it('answers each pilot asked about once, however often it is named, and nothing when asked about none', async () => {
    const pilot = await newPilot(module, ctx, 'RUNNING', 'Twice named');
    await enrolSomeone(pilot);
    const unknown = randomUUID();
    expect(await people.enrolledCount(ctx, [pilot.id, unknown, pilot.id])).toEqual(
      new Map([
        [pilot.id, 1],
        [unknown, 0],
      ]),
    );
    expect(await people.enrolledCount(ctx, [])).toEqual(new Map());
  });

  it("never counts another organisation's enrolments: their pilot is 0 to us, and theirs to them", async () => {
    const ours = await newPilot(module, ctx, 'RUNNING', 'Ours');
    const theirs = await newPilot(module, otherCtx, 'RUNNING', 'Theirs');
    await enrolSomeone(ours);
    await enrolSomeone(theirs, otherCtx);
    await enrolSomeone(theirs, otherCtx);
    expect(await people.enrolledCount(ctx, [ours.id, theirs.id])).toEqual(
      new Map([
        [ours.id, 1],
        [theirs.id, 0],
      ]),
    );
    expect((await people.enrolledCount(otherCtx, [theirs.id])).get(theirs.id)).toBe(2);
  });

  it("is the pilots' reach once the module starts: enrolments replace the hand-recorded number once there are any", async () => {
    const pilot = await newPilot(module, ctx, 'RUNNING', 'Economics');
    const reach = module.get(PilotReach);
    const enrolledNow = async () => (await reach.enrolled(ctx, [pilot.id])).get(pilot.id) ?? 0;
    expect(participantsReached(40, await enrolledNow())).toBe(40);
    await enrolSomeone(pilot);
    await enrolSomeone(pilot);
    expect(await enrolledNow()).toBe(2);
    expect(participantsReached(40, await enrolledNow())).toBe(2);
  });
});
