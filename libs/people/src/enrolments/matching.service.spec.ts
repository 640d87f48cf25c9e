import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { ConflictError, ErrorCode, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import type { Pilot } from '@app/pilots';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { LawfulBasis, ParticipantKind } from '../participants/participant.entity';
import { ParticipantsService } from '../participants/participants.service';
import { SkillsService } from '../participants/skills.service';
import { PeopleModule } from '../people.module';
import { EnrolmentsService } from './enrolments.service';
import { MatchingService } from './matching.service';

/** Pilot needs and matching on a real database: needs' versions, who is a candidate, the ranking's wiring, tenancy. */
describe('MatchingService', () => {
  let module: TestingModule;
  let matching: MatchingService;
  let participants: ParticipantsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let pilot: Pilot;
  let cooking: string;
  let driving: string;

  beforeAll(async () => {
    module = await serviceTestingModule(PeopleModule);
    matching = module.get(MatchingService);
    participants = module.get(ParticipantsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    pilot = await newPilot(module, ctx, 'APPROVED', 'Lunch club');
    const skills = module.get(SkillsService);
    cooking = (await skills.create(ctx, { name: 'Cooking' })).id;
    driving = (await skills.create(ctx, { name: 'Driving' })).id;
  });
  afterAll(() => module.close());

  const basis = { basis: LawfulBasis.PUBLIC_TASK };
  const person = (skillIds: string[], motivation: number, hoursPerMonth: number, withBasis = true, context = ctx) =>
    participants.register(context, {
      kind: ParticipantKind.CITIZEN,
      skillIds,
      motivation,
      hoursPerMonth,
      ...(withBasis ? { lawfulBasis: basis } : {}),
    });

  it('sets needs without a version the first time, then only at the version read; records ids and numbers', async () => {
    const other = await newPilot(module, ctx, 'PROPOSED', 'Needs');
    const first = await matching.setNeeds(ctx, { pilotId: other.id, skillIds: [driving, cooking, driving], hoursPerMonth: 4 });
    expect(first).toMatchObject({ version: 1, hoursPerMonth: 4 });
    expect(first.skills.map((s) => s.id)).toEqual([driving, cooking]);
    await expect(matching.setNeeds(ctx, { pilotId: other.id, skillIds: [], hoursPerMonth: 2 })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { currentVersion: 1 },
    });
    await matching.setNeeds(ctx, { pilotId: other.id, skillIds: [cooking], hoursPerMonth: 2, version: 1 });
    await expect(matching.setNeeds(ctx, { pilotId: other.id, skillIds: [], hoursPerMonth: 0, version: 1 })).rejects.toThrow(ConflictError);
    expect((await matching.needsOf(ctx, [other.id, pilot.id])).get(other.id)).toMatchObject({
      version: 2,
      hoursPerMonth: 2,
      skills: [{ id: cooking }],
    });
    expect((await eventsAbout(db, 'pilotId', other.id)).filter((e) => e.type === 'PILOT_NEEDS_SET')).toEqual([
      {
        type: 'PILOT_NEEDS_SET',
        programmeId: other.programmeId,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: expect.objectContaining({ skillIds: [driving, cooking], hoursPerMonth: 4 }),
      },
      {
        type: 'PILOT_NEEDS_SET',
        programmeId: other.programmeId,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: expect.objectContaining({ skillIds: [cooking], hoursPerMonth: 2 }),
      },
    ]);
    // A version for needs that do not exist yet is stale too.
    const fresh = await newPilot(module, ctx, 'PROPOSED', 'Fresh');
    await expect(matching.setNeeds(ctx, { pilotId: fresh.id, skillIds: [], hoursPerMonth: 1, version: 1 })).rejects.toThrow(ConflictError);
  });

  it("refuses another organisation's skills and pilots, naming the field", async () => {
    const theirSkill = (await module.get(SkillsService).create(otherCtx, { name: 'Cooking' })).id;
    await expect(matching.setNeeds(ctx, { pilotId: pilot.id, skillIds: [theirSkill], hoursPerMonth: 1 })).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
      details: { field: 'input.skillIds' },
    });
    expect((await matching.needsOf(ctx, [pilot.id])).get(pilot.id)).toBeNull();
    await expect(matching.setNeeds(otherCtx, { pilotId: pilot.id, skillIds: [], hoursPerMonth: 1 })).rejects.toThrow(NotFoundError);
    await expect(matching.matches(otherCtx, pilot.id)).rejects.toThrow(NotFoundError);
  });

  it("ranks only those with a basis, not erased and not taking part, with the workflow's scores and explanations", async () => {
    await matching.setNeeds(ctx, { pilotId: pilot.id, skillIds: [cooking, driving], hoursPerMonth: 6 });
    const best = await person([cooking, driving], 5, 8);
    const middling = await person([cooking], 3, 6);
    const noBasis = await person([cooking, driving], 5, 8, false);
    const erased = await person([cooking, driving], 5, 8);
    await ownerQuery(db, `UPDATE participant SET display_name = NULL, erased_at = now() WHERE id = $1`, [erased.id]);
    const enrolled = await person([cooking, driving], 5, 8);
    const withdrawn = await person([], 1, 0);
    const enrolments = module.get(EnrolmentsService);
    await enrolments.enrol(ctx, { pilotId: pilot.id, participantId: enrolled.id, role: 'cook', selfEfficacy: 3 });
    const left = await enrolments.enrol(ctx, { pilotId: pilot.id, participantId: withdrawn.id, role: 'cook', selfEfficacy: 3 });
    await enrolments.withdraw(ctx, { enrolmentId: left.id });
    const theirs = await person([], 5, 8, true, otherCtx);

    const matches = await matching.matches(ctx, pilot.id);
    const ids = matches.map((m) => m.participant.id);
    expect(ids).toEqual([best.id, middling.id, withdrawn.id]);
    expect(ids).not.toContain(noBasis.id);
    expect(ids).not.toContain(erased.id);
    expect(ids).not.toContain(enrolled.id);
    expect(ids).not.toContain(theirs.id);
    expect(matches[0].score).toBeGreaterThan(matches[1].score);
    expect(matches.map((m) => m.parts.skills)).toEqual([1, 0.5, 0]);
    expect(matches[0].explanation.slice(0, 2)).toEqual(['has 2 of 2 needed skills (Cooking, Driving)', 'motivation 5 of 5']);
    expect((await matching.matches(ctx, pilot.id, 1)).map((m) => m.participant.id)).toEqual([best.id]);
  });
});
