import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import {
  BadInputError,
  ConflictError,
  DomainError,
  encodeCursor,
  ForbiddenError,
  NotFoundError,
  type RequestContext,
  Role,
} from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { actingAs, addMember, eventsAbout, newOrganisation, newServiceArea, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { MappingModule } from '../mapping.module';
import type { CreateInitiativeInput } from './initiative.inputs';
import { CoproductionFormName } from './initiative.model';
import { InitiativesService } from './initiatives.service';

/** Initiatives on a real database: defaults, refs unique per organisation, who may publish, versions, the list's filters, history, tenancy. */
describe('InitiativesService', () => {
  let module: TestingModule;
  let initiatives: InitiativesService;
  let db: Database;
  let ctx: RequestContext;
  let contributor: RequestContext;
  let otherCtx: RequestContext;
  let health: string;
  let housing: string;
  let programmeId: string;

  const problems = (error: unknown) => (error as BadInputError).problems;
  const create = (name: string, extra: Partial<CreateInitiativeInput> = {}, context = ctx) =>
    initiatives.create(context, { name, serviceAreaId: health, publicBodyInput: 'A room', ...extra });

  beforeAll(async () => {
    module = await serviceTestingModule(MappingModule);
    initiatives = module.get(InitiativesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const person = await newUser(db, 'Contributor');
    await addMember(db, ctx.tenantId, person.id, Role.CONTRIBUTOR);
    contributor = actingAs(person.id, ctx.tenantId, Role.CONTRIBUTOR);
    health = await newServiceArea(db, ctx.tenantId, 'Health', 0);
    housing = await newServiceArea(db, ctx.tenantId, 'Housing', 1);
    programmeId = (await module.get(ProgrammesService).create(ctx, { name: 'Mapping' })).id;
  });
  afterAll(() => module.close());

  it('records an initiative with the defaults, its text trimmed and sub-forms bringing their forms; history by programme or organisation', async () => {
    const loose = await create('  Time bank  ', {
      forms: [CoproductionFormName.CO_PERFORMING],
      externalRef: ' TB-1 ',
      publicBodyInput: '  ',
    });
    expect(loose).toMatchObject({
      name: 'Time bank',
      forms: ['CO_DELIVERY', 'CO_PERFORMING'],
      participation: 'COLLECTIVE',
      motivation: 'VOLUNTARY',
      status: 'ACTIVE',
      peopleInvolved: null,
      publicBodyInput: '',
      published: false,
      externalRef: 'TB-1',
      programmeId: null,
      createdBy: ctx.userId,
      version: 1,
    });
    const found = await create('Found while mapping', { programmeId });
    const [looseEvent] = await eventsAbout(db, 'initiativeId', loose.id);
    expect(looseEvent).toEqual({
      type: 'INITIATIVE_CREATED',
      programmeId: null,
      actorType: 'USER',
      actorUserId: ctx.userId,
      payload: {
        initiativeId: loose.id,
        serviceAreaId: health,
        forms: ['CO_DELIVERY', 'CO_PERFORMING'],
        published: false,
        selfOrganisation: true,
        programmeId: null,
      },
    });
    expect((await eventsAbout(db, 'initiativeId', found.id))[0]).toMatchObject({
      programmeId,
      payload: { selfOrganisation: false, programmeId },
    });
  });

  it('refuses a batch with an unknown area, a foreign programme or a repeated or taken ref, naming the row, and writes none', async () => {
    await create('Holder', { externalRef: 'TAKEN' });
    const batch = (rows: Array<Partial<CreateInitiativeInput>>) =>
      initiatives
        .createMany(ctx, { initiatives: rows.map((row, i) => ({ name: `Batch ${i}`, serviceAreaId: health, ...row })) })
        .catch((e: unknown) => e);
    const foreignArea = await newServiceArea(db, otherCtx.tenantId, 'Theirs');
    const area = await batch([{}, { serviceAreaId: foreignArea }]);
    expect([(area as DomainError).code, (area as DomainError).details]).toEqual([
      'NOT_FOUND',
      { field: 'input.initiatives[1].serviceAreaId' },
    ]);
    const theirProgramme = (await module.get(ProgrammesService).create(otherCtx, { name: 'Theirs' })).id;
    expect(((await batch([{ programmeId: theirProgramme }])) as DomainError).details).toEqual({
      field: 'input.initiatives[0].programmeId',
    });
    const refs = await batch([{ externalRef: 'X-1' }, { externalRef: ' X-1' }, { externalRef: 'TAKEN' }]);
    expect(problems(refs)).toEqual([
      { field: 'input.initiatives[1].externalRef', message: 'repeats the external ref of input.initiatives[0].externalRef' },
      { field: 'input.initiatives[2].externalRef', message: 'is already the external ref of another initiative in this organisation' },
    ]);
    expect(await ownerQuery(db, `SELECT 1 FROM initiative WHERE organisation_id = $1 AND name LIKE 'Batch %'`, [ctx.tenantId])).toEqual([]);
    // Another organisation may use the same ref.
    expect((await initiatives.create(otherCtx, { name: 'Theirs', serviceAreaId: foreignArea, externalRef: 'TAKEN' })).externalRef).toBe(
      'TAKEN',
    );
    const made = await initiatives.createMany(ctx, {
      initiatives: [
        { name: 'Batch a', serviceAreaId: housing },
        { name: 'Batch b', serviceAreaId: health },
      ],
    });
    expect(made.map((i) => [i.name, i.serviceAreaId])).toEqual([
      ['Batch a', housing],
      ['Batch b', health],
    ]);
  });

  it('edits at the version seen, refusing contradictions and a taken ref by field; history names fields, not text', async () => {
    const initiative = await create('Edited', { peopleInvolved: 5, programmeId });
    await create('Ref holder', { externalRef: 'HELD' });
    expect(
      problems(await initiatives.update(ctx, { initiativeId: initiative.id, version: 1 }).catch((e: unknown) => e)).map((p) => p.field),
    ).toEqual(['input']);
    const both = await initiatives
      .update(ctx, { initiativeId: initiative.id, version: 1, peopleInvolved: 3, clearPeopleInvolved: true })
      .catch((e: unknown) => e);
    expect(problems(both).map((p) => p.field)).toEqual(['input.clearPeopleInvolved']);
    expect(
      problems(
        await initiatives.update(ctx, { initiativeId: initiative.id, version: 1, externalRef: 'HELD' }).catch((e: unknown) => e),
      ).map((p) => p.field),
    ).toEqual(['input.externalRef']);
    const edited = await initiatives.update(ctx, {
      initiativeId: initiative.id,
      version: 1,
      description: '  A secret  ',
      forms: [CoproductionFormName.CO_MONITORING],
      clearPeopleInvolved: true,
    });
    expect(edited).toMatchObject({ description: 'A secret', forms: ['CO_ASSESSMENT', 'CO_MONITORING'], peopleInvolved: null, version: 2 });
    await expect(initiatives.update(ctx, { initiativeId: initiative.id, version: 1, name: 'Stale' })).rejects.toThrow(ConflictError);
    // Cleared from its programme, the change is still written in that programme's history.
    await initiatives.update(ctx, { initiativeId: initiative.id, version: 2, clearProgramme: true });
    const [, first, second] = await eventsAbout(db, 'initiativeId', initiative.id);
    expect([first.type, first.programmeId, first.payload.fields]).toEqual([
      'INITIATIVE_UPDATED',
      programmeId,
      ['description', 'forms', 'peopleInvolved'],
    ]);
    expect([second.programmeId, second.payload.fields]).toEqual([programmeId, ['programmeId']]);
    expect(JSON.stringify([first, second])).not.toContain('secret');
  });

  it('lets a contributor change only what is unpublished; publishing and what is published take a role that may publish', async () => {
    const draft = await create('Draft', {}, contributor);
    expect((await initiatives.update(contributor, { initiativeId: draft.id, version: 1, name: 'Draft two' })).version).toBe(2);
    await expect(initiatives.update(contributor, { initiativeId: draft.id, version: 2, published: true })).rejects.toThrow(ForbiddenError);
    await expect(create('Published at once', { published: true }, contributor)).rejects.toThrow(ForbiddenError);

    const [published] = await initiatives.publish(ctx, { initiativeIds: [draft.id], published: true });
    expect(published).toMatchObject({ published: true, version: 3 });
    await expect(initiatives.update(contributor, { initiativeId: draft.id, version: 3, name: 'Changed' })).rejects.toThrow(ForbiddenError);
    await expect(initiatives.delete(contributor, { initiativeId: draft.id, version: 3 })).rejects.toThrow(ForbiddenError);
    expect(await initiatives.get(ctx, draft.id)).toMatchObject({ name: 'Draft two', published: true, version: 3 });
  });

  it('publishes all named or none: an unknown id names its place; those already so keep their version', async () => {
    const [a, b] = await initiatives.createMany(ctx, {
      initiatives: [
        { name: 'Pub a', serviceAreaId: health, programmeId },
        { name: 'Pub b', serviceAreaId: health },
      ],
    });
    await initiatives.publish(ctx, { initiativeIds: [a.id], published: true });
    const theirs = await initiatives.create(otherCtx, {
      name: 'Theirs',
      serviceAreaId: await newServiceArea(db, otherCtx.tenantId, 'Their area'),
    });
    const missing = await initiatives.publish(ctx, { initiativeIds: [b.id, theirs.id], published: true }).catch((e: unknown) => e);
    expect([(missing as DomainError).code, (missing as DomainError).details]).toEqual(['NOT_FOUND', { field: 'input.initiativeIds[1]' }]);
    expect((await initiatives.get(ctx, b.id)).published).toBe(false);

    const both = await initiatives.publish(ctx, { initiativeIds: [b.id, a.id, b.id], published: true });
    expect(both.map((i) => [i.id, i.published, i.version])).toEqual([
      [b.id, true, 2],
      [a.id, true, 2],
    ]);
    // One event per history, each naming only the initiatives that changed.
    const published = await ownerQuery(
      db,
      `SELECT programme_id AS "programmeId", payload FROM event WHERE type = 'INITIATIVES_PUBLISHED' AND payload->'initiativeIds' ?| $1 ORDER BY id`,
      [[a.id, b.id]],
    );
    expect(published).toEqual([
      { programmeId, payload: { initiativeIds: [a.id], published: true, programmeId } },
      { programmeId: null, payload: { initiativeIds: [b.id], published: true, programmeId: null } },
    ]);
  });

  it('deletes at the version seen, answering the initiative as it was', async () => {
    const initiative = await create('Deleted', { programmeId });
    await expect(initiatives.delete(ctx, { initiativeId: initiative.id, version: 2 })).rejects.toThrow(ConflictError);
    expect(await initiatives.delete(ctx, { initiativeId: initiative.id, version: 1 })).toMatchObject({
      id: initiative.id,
      name: 'Deleted',
    });
    await expect(initiatives.get(ctx, initiative.id)).rejects.toThrow(NotFoundError);
    expect((await eventsAbout(db, 'initiativeId', initiative.id)).at(-1)).toMatchObject({
      type: 'INITIATIVE_DELETED',
      programmeId,
      payload: { initiativeId: initiative.id, serviceAreaId: health, published: false },
    });
  });

  it('filters the list by every field, every word, and takes % and _ literally; newest first, paged', async () => {
    const listed = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const area = await newServiceArea(db, listed.tenantId, 'Parks');
    const other = await newServiceArea(db, listed.tenantId, 'Roads');
    const make = (name: string, extra: Partial<CreateInitiativeInput> = {}) =>
      initiatives.create(listed, { name, serviceAreaId: area, publicBodyInput: 'Grant', ...extra });
    const park = await make('Friends of the park', { forms: [CoproductionFormName.CO_MANAGING], description: 'Weekly litter picks' });
    const percent = await make('100% volunteers', { publicBodyInput: '' });
    const underscore = await make('snake_case club', { serviceAreaId: other, published: true });
    const ids = async (filter: Parameters<InitiativesService['page']>[1], args = {}) =>
      (await initiatives.page(listed, filter, args))[0].map((i) => i.id);

    expect(await ids({})).toEqual([underscore.id, percent.id, park.id]);
    expect(await ids({ search: 'PARK litter' })).toEqual([park.id]);
    expect(await ids({ search: 'park roads' })).toEqual([]);
    expect(await ids({ search: '%' })).toEqual([percent.id]);
    expect(await ids({ search: '_' })).toEqual([underscore.id]);
    expect(await ids({ search: '   ' })).toHaveLength(3);
    expect(await ids({ form: 'CO_DELIVERY' })).toEqual([park.id]);
    expect(await ids({ serviceAreaId: other })).toEqual([underscore.id]);
    expect(await ids({ selfOrganisation: true })).toEqual([percent.id]);
    expect(await ids({ selfOrganisation: false, published: false })).toEqual([park.id]);
    expect(await ids({ status: 'ACTIVE', published: true })).toEqual([underscore.id]);
    const [page, total] = await initiatives.page(listed, {}, { first: 1, after: encodeCursor(1) });
    expect([page.map((i) => i.id), total]).toEqual([[percent.id], 3]);
  });

  it("keeps another organisation's initiatives out of reach, and changes nothing", async () => {
    const initiative = await create('Private');
    await expect(initiatives.get(otherCtx, initiative.id)).rejects.toThrow(NotFoundError);
    await expect(initiatives.update(otherCtx, { initiativeId: initiative.id, version: 1, name: 'Theirs' })).rejects.toThrow(NotFoundError);
    await expect(initiatives.delete(otherCtx, { initiativeId: initiative.id, version: 1 })).rejects.toThrow(NotFoundError);
    await expect(initiatives.publish(otherCtx, { initiativeIds: [initiative.id], published: true })).rejects.toThrow(DomainError);
    expect((await initiatives.page(otherCtx, {}, { first: 100 }))[0].map((i) => i.id)).not.toContain(initiative.id);
    expect(await initiatives.get(ctx, initiative.id)).toMatchObject({ name: 'Private', published: false, version: 1 });
  });
});
