import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, DomainError, ErrorCode, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { PeopleModule } from '../people.module';
import { LawfulBasis, ParticipantKind } from './participant.entity';
import { ParticipantsService } from './participants.service';
import { SkillsService } from './skills.service';

const CONSENT = {
  basis: LawfulBasis.CONSENT,
  consentGivenAt: new Date('2025-03-01T10:00:00Z'),
  consentPurposes: 'the reading circle',
  consentMeans: 'signed form',
};

/** Participants on a real database: the lawful basis before anything personal, versions, filters, history without personal data, tenancy. */
describe('ParticipantsService', () => {
  let module: TestingModule;
  let participants: ParticipantsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let firstAid: string;
  let theirSkill: string;

  beforeAll(async () => {
    module = await serviceTestingModule(PeopleModule);
    participants = module.get(ParticipantsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const skills = module.get(SkillsService);
    firstAid = (await skills.create(ctx, { name: 'First aid' })).id;
    theirSkill = (await skills.create(otherCtx, { name: 'First aid' })).id;
  });
  afterAll(() => module.close());

  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };

  it('registers with consent, trimmed, with its skills; history holds the id, kind and basis and nothing personal', async () => {
    const p = await participants.register(ctx, {
      kind: ParticipantKind.CITIZEN,
      displayName: '  Ada Lovelace ',
      contact: ' ada@example.org ',
      notes: 'Prefers evenings',
      motivation: 4,
      hoursPerMonth: 6,
      skillIds: [firstAid, firstAid],
      lawfulBasis: { ...CONSENT, consentPurposes: '  the reading circle  ' },
    });
    expect(p).toMatchObject({
      kind: 'CITIZEN',
      displayName: 'Ada Lovelace',
      contact: 'ada@example.org',
      erased: false,
      version: 1,
      lawfulBasis: { basis: 'CONSENT', consentPurposes: 'the reading circle', consentMeans: 'signed form', otherBasis: null },
    });
    expect((await module.get(SkillsService).ofParticipants(ctx, [p.id])).get(p.id)?.map((s) => s.id)).toEqual([firstAid]);
    const events = await eventsAbout(db, 'participantId', p.id);
    expect(events).toEqual([
      {
        type: 'PARTICIPANT_REGISTERED',
        programmeId: null,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: { participantId: p.id, kind: 'CITIZEN', lawfulBasis: 'CONSENT' },
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Ada|ada@|evenings|reading circle|signed form/);
  });

  it('refuses anything personal without a basis, and each basis without what it needs, naming the part; stores nothing', async () => {
    const [{ n: before }] = await ownerQuery(db, `SELECT count(*)::int AS n FROM participant WHERE organisation_id = $1`, [ctx.tenantId]);
    for (const personal of [{ displayName: 'Bo' }, { contact: 'bo@example.org' }, { notes: 'likes maps' }]) {
      expect(
        await problemsOf(participants.register(ctx, { kind: ParticipantKind.STAFF, motivation: 3, hoursPerMonth: 2, ...personal })),
      ).toEqual([{ field: 'input.lawfulBasis', message: expect.stringContaining('is needed before anything personal') }]);
    }
    const consent = await problemsOf(
      participants.register(ctx, {
        kind: ParticipantKind.STAFF,
        motivation: 3,
        hoursPerMonth: 2,
        lawfulBasis: { basis: LawfulBasis.CONSENT, consentPurposes: ' ', otherBasis: 'x' },
      }),
    );
    expect(consent.map((p) => p.field)).toEqual([
      'input.lawfulBasis.consentGivenAt',
      'input.lawfulBasis.consentPurposes',
      'input.lawfulBasis.consentMeans',
      'input.lawfulBasis.otherBasis',
    ]);
    const future = await problemsOf(
      participants.register(ctx, {
        kind: ParticipantKind.STAFF,
        motivation: 3,
        hoursPerMonth: 2,
        lawfulBasis: { ...CONSENT, consentGivenAt: new Date(Date.now() + 86_400_000) },
      }),
    );
    expect(future).toEqual([{ field: 'input.lawfulBasis.consentGivenAt', message: 'cannot be in the future' }]);
    const other = await problemsOf(
      participants.register(ctx, {
        kind: ParticipantKind.STAFF,
        motivation: 3,
        hoursPerMonth: 2,
        lawfulBasis: { basis: LawfulBasis.OTHER, consentMeans: 'form' },
      }),
    );
    expect(other.map((p) => p.field)).toEqual(['input.lawfulBasis.consentMeans', 'input.lawfulBasis.otherBasis']);
    // Another organisation's skill is not one of ours.
    const theirs = await participants
      .register(ctx, { kind: ParticipantKind.STAFF, motivation: 3, hoursPerMonth: 2, skillIds: [theirSkill] })
      .catch((e: unknown) => e);
    expect(theirs).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'input.skillIds', ids: [theirSkill] } });
    const [{ n: after }] = await ownerQuery(db, `SELECT count(*)::int AS n FROM participant WHERE organisation_id = $1`, [ctx.tenantId]);
    expect(after).toBe(before);
  });

  it('registers someone anonymous with no basis, and with public task or a named basis', async () => {
    const anonymous = await participants.register(ctx, { kind: ParticipantKind.COMMUNITY_GROUP, motivation: 2, hoursPerMonth: 0 });
    expect(anonymous).toMatchObject({ lawfulBasis: null, contact: null, hoursPerMonth: 0 });
    const named = await participants.register(ctx, {
      kind: ParticipantKind.STAFF,
      displayName: 'Cy',
      motivation: 5,
      hoursPerMonth: 10,
      lawfulBasis: { basis: LawfulBasis.OTHER, otherBasis: ' legitimate interests ' },
    });
    expect(named.lawfulBasis).toEqual({
      basis: 'OTHER',
      consentGivenAt: null,
      consentPurposes: null,
      consentMeans: null,
      otherBasis: 'legitimate interests',
    });
  });

  it('edits at the version seen: stale is CONFLICT, a name needs a basis, value and clear together are refused, skills alone move the version', async () => {
    const p = await participants.register(ctx, { kind: ParticipantKind.CITIZEN, motivation: 3, hoursPerMonth: 4 });
    expect(await problemsOf(participants.update(ctx, { participantId: p.id, version: 1, displayName: 'Di' }))).toEqual([
      { field: 'input.lawfulBasis', message: expect.stringContaining('is needed') },
    ]);
    expect(await problemsOf(participants.update(ctx, { participantId: p.id, version: 1 }))).toEqual([
      { field: 'input', message: expect.stringContaining('names nothing to change') },
    ]);

    const named = await participants.update(ctx, {
      participantId: p.id,
      version: 1,
      displayName: ' Di ',
      lawfulBasis: { basis: LawfulBasis.PUBLIC_TASK },
    });
    expect(named).toMatchObject({ displayName: 'Di', version: 2, lawfulBasis: { basis: 'PUBLIC_TASK' } });
    await expect(participants.update(ctx, { participantId: p.id, version: 1, motivation: 5 })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { currentVersion: 2 },
    });
    expect(await problemsOf(participants.update(ctx, { participantId: p.id, version: 2, contact: 'x', clearContact: true }))).toEqual([
      { field: 'input.contact', message: 'cannot be combined with input.clearContact' },
    ]);

    const skilled = await participants.update(ctx, { participantId: p.id, version: 2, skillIds: [firstAid] });
    expect(skilled.version).toBe(3);
    const cleared = await participants.update(ctx, { participantId: p.id, version: 3, clearDisplayName: true, hoursPerMonth: 8 });
    expect(cleared).toMatchObject({ version: 4, hoursPerMonth: 8, displayName: expect.not.stringContaining('Di') });
    expect(
      (await eventsAbout(db, 'participantId', p.id)).slice(1).map((e) => [e.type, e.payload.fields, e.payload.lawfulBasis, e.actorUserId]),
    ).toEqual([
      ['PARTICIPANT_UPDATED', ['displayName', 'lawfulBasis'], 'PUBLIC_TASK', ctx.userId],
      ['PARTICIPANT_UPDATED', ['skills'], undefined, ctx.userId],
      ['PARTICIPANT_UPDATED', ['displayName', 'hoursPerMonth'], undefined, ctx.userId],
    ]);
  });

  it('takes no edit of an erased participant', async () => {
    const p = await participants.register(ctx, { kind: ParticipantKind.CITIZEN, motivation: 3, hoursPerMonth: 4 });
    await ownerQuery(db, `UPDATE participant SET erased_at = now() WHERE id = $1`, [p.id]);
    expect(await problemsOf(participants.update(ctx, { participantId: p.id, version: 1, motivation: 1 }))).toEqual([
      { field: 'input.participantId', message: expect.stringContaining('has been erased') },
    ]);
  });

  it('filters a page by kind, skill, erasure and basis', async () => {
    await participants.register(ctx, { kind: ParticipantKind.CITIZEN, motivation: 2, hoursPerMonth: 1 });
    const staff = await participants.register(ctx, {
      kind: ParticipantKind.THIRD_SECTOR,
      motivation: 1,
      hoursPerMonth: 1,
      skillIds: [firstAid],
      lawfulBasis: { basis: LawfulBasis.PUBLIC_TASK },
    });
    const ids = async (filter: Parameters<ParticipantsService['page']>[1]) =>
      (await participants.page(ctx, filter, { first: 100 }))[0].map((p) => p.id);
    expect(await ids({ kind: ParticipantKind.THIRD_SECTOR })).toEqual([staff.id]);
    const withSkill = await ids({ skillId: firstAid });
    expect(withSkill).toContain(staff.id);
    expect(withSkill.length).toBeGreaterThan(1); // the first participant holds it too
    const [page, total] = await participants.page(ctx, { hasLawfulBasis: false, erased: false }, { first: 1 });
    expect(page).toHaveLength(1);
    expect(page[0].lawfulBasis).toBeNull();
    expect(total).toBeGreaterThan(1);
    expect((await participants.page(ctx, { erased: true }, { first: 100 }))[0].every((p) => p.erased)).toBe(true);
  });

  it("never reads or changes another organisation's participants", async () => {
    const theirs = await participants.register(otherCtx, { kind: ParticipantKind.CITIZEN, motivation: 3, hoursPerMonth: 4 });
    await expect(participants.get(ctx, theirs.id)).rejects.toThrow(NotFoundError);
    await expect(participants.update(ctx, { participantId: theirs.id, version: 1, motivation: 1 })).rejects.toThrow(NotFoundError);
    expect(await participants.byIds(ctx, [theirs.id])).toEqual([]);
    expect((await participants.page(ctx, {}, { first: 100 }))[0].map((p) => p.id)).not.toContain(theirs.id);
    expect((await participants.page(ctx, { skillId: theirSkill }, { first: 100 }))[0]).toEqual([]);
    const locked = await db.transaction(ctx, () => participants.lock(ctx, theirs.id, 'input.participantId')).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(DomainError);
    expect(locked).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'input.participantId' } });
    expect((await participants.get(otherCtx, theirs.id)).motivation).toBe(3);
  });
});
