import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { ErrorCode, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import type { Pilot } from '@app/pilots';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { PeopleModule } from '../people.module';
import { PeopleService } from '../people.service';
import { LawfulBasis, ParticipantKind } from './participant.entity';
import { ERASED_PARTICIPANT } from './participant.model';
import { ParticipantPrivacyService } from './participant-privacy.service';
import { ParticipantsService } from './participants.service';
import { SkillsService } from './skills.service';

/** Erasure and subject access on a real database: what goes, what stays, history untouched, tenancy. */
describe('ParticipantPrivacyService', () => {
  let module: TestingModule;
  let privacy: ParticipantPrivacyService;
  let participants: ParticipantsService;
  let enrolments: EnrolmentsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let pilot: Pilot;
  let skillId: string;

  beforeAll(async () => {
    module = await serviceTestingModule(PeopleModule);
    privacy = module.get(ParticipantPrivacyService);
    participants = module.get(ParticipantsService);
    enrolments = module.get(EnrolmentsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    pilot = await newPilot(module, ctx, 'RUNNING', 'Library buddies');
    skillId = (await module.get(SkillsService).create(ctx, { name: 'Welsh' })).id;
  });
  afterAll(() => module.close());

  /** A consenting participant with a skill, enrolled in the pilot with two readings. */
  async function enrolledPerson() {
    const person = await participants.register(ctx, {
      kind: ParticipantKind.CITIZEN,
      displayName: 'Morwenna Pryce',
      contact: '07700 900123',
      notes: 'Walks with a stick',
      motivation: 4,
      hoursPerMonth: 5,
      skillIds: [skillId],
      lawfulBasis: {
        basis: LawfulBasis.CONSENT,
        consentGivenAt: new Date('2025-01-02T09:00:00Z'),
        consentPurposes: 'buddying',
        consentMeans: 'paper form',
      },
    });
    const enrolment = await enrolments.enrol(ctx, {
      pilotId: pilot.id,
      participantId: person.id,
      role: 'buddy',
      selfEfficacy: 2,
      recordedOn: '2025-01-05',
    });
    await enrolments.recordSelfEfficacy(ctx, { enrolmentId: enrolment.id, score: 4, recordedOn: '2025-02-05' });
    return { person, enrolment };
  }

  it('gives everything held about a participant: record, skills, enrolments with readings, and the history about them', async () => {
    const { person, enrolment } = await enrolledPerson();
    const exported = await privacy.exportData(ctx, person.id);
    expect(exported).toMatchObject({
      organisation: { id: ctx.tenantId },
      participant: {
        id: person.id,
        displayName: 'Morwenna Pryce',
        contact: '07700 900123',
        notes: 'Walks with a stick',
        lawfulBasis: { basis: 'CONSENT', consentPurposes: 'buddying', consentMeans: 'paper form', otherBasis: null },
        erasedAt: null,
      },
      skills: [{ id: skillId, name: 'Welsh' }],
      enrolments: [
        {
          id: enrolment.id,
          pilotId: pilot.id,
          pilotName: 'Library buddies',
          programmeId: pilot.programmeId,
          role: 'buddy',
          withdrawnAt: null,
          selfEfficacyReadings: [
            expect.objectContaining({ score: 2, recordedOn: '2025-01-05' }),
            expect.objectContaining({ score: 4, recordedOn: '2025-02-05' }),
          ],
        },
      ],
    });
    expect((exported.history as Array<{ type: string }>).map((e) => e.type)).toEqual([
      'PARTICIPANT_REGISTERED',
      'PARTICIPANT_ENROLLED',
      'SELF_EFFICACY_RECORDED',
    ]);
  });

  it('erases the personal fields and the free text of the basis for good, keeping the anonymous facts, enrolments and readings', async () => {
    const { person, enrolment } = await enrolledPerson();
    const reachedBefore = (await module.get(PeopleService).enrolledCount(ctx, [pilot.id])).get(pilot.id);
    const erased = await privacy.erase(ctx, { participantId: person.id });
    expect(erased).toMatchObject({
      erased: true,
      displayName: ERASED_PARTICIPANT,
      contact: null,
      notes: null,
      motivation: 4,
      hoursPerMonth: 5,
    });
    const [row] = await ownerQuery(
      db,
      `SELECT display_name, contact, notes, consent_purposes, consent_method, basis_note, lawful_basis, consent_given_at, kind, motivation, hours_per_month, erased_at
         FROM participant WHERE id = $1`,
      [person.id],
    );
    expect(row).toMatchObject({
      display_name: null,
      contact: null,
      notes: null,
      consent_purposes: null,
      consent_method: null,
      basis_note: null,
      lawful_basis: 'CONSENT',
      consent_given_at: new Date('2025-01-02T09:00:00Z'),
      kind: 'CITIZEN',
      motivation: 4,
      hours_per_month: 5,
    });
    expect(row.erased_at).toBeInstanceOf(Date);
    expect((await module.get(SkillsService).ofParticipants(ctx, [person.id])).get(person.id)?.map((s) => s.id)).toEqual([skillId]);
    expect((await enrolments.readingsOf(ctx, [enrolment.id])).get(enrolment.id)?.map((r) => r.score)).toEqual([2, 4]);
    expect((await module.get(PeopleService).enrolledCount(ctx, [pilot.id])).get(pilot.id)).toBe(reachedBefore);

    const exported = await privacy.exportData(ctx, person.id);
    expect(JSON.stringify(exported)).not.toMatch(/Morwenna|07700|stick|buddying|paper form/);
    expect(exported.participant).toMatchObject({ displayName: null, erasedAt: expect.any(Date) });
  });

  it('records the erasure once, with the id only and who erased, and leaves the earlier history as it was', async () => {
    const { person } = await enrolledPerson();
    const before = await eventsAbout(db, 'participantId', person.id);
    await privacy.erase(ctx, { participantId: person.id });
    const again = await privacy.erase(ctx, { participantId: person.id });
    expect(again.erased).toBe(true);
    const after = await eventsAbout(db, 'participantId', person.id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      { type: 'PARTICIPANT_ERASED', programmeId: null, actorType: 'USER', actorUserId: ctx.userId, payload: { participantId: person.id } },
    ]);
  });

  it("neither erases nor exports another organisation's participant", async () => {
    const theirs = await participants.register(otherCtx, {
      kind: ParticipantKind.STAFF,
      displayName: 'Kept',
      motivation: 3,
      hoursPerMonth: 1,
      lawfulBasis: { basis: LawfulBasis.PUBLIC_TASK },
    });
    await expect(privacy.erase(ctx, { participantId: theirs.id })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
      details: { field: 'input.participantId' },
    });
    await expect(privacy.exportData(ctx, theirs.id)).rejects.toThrow(NotFoundError);
    expect((await participants.get(otherCtx, theirs.id)).displayName).toBe('Kept');
  });
});
