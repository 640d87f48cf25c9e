import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, ForbiddenError, InvalidTransitionError, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { type ProgrammeEntity, ProgrammesService } from '@app/programmes';
import { actingAs, addMember, eventsAbout, newOrganisation, newServiceArea, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { PilotsModule } from '../pilots.module';
import { PriorityAreasService } from './priority-areas.service';

/** Priority areas on a real database: one per service area, scores kept per member, selection, the ranking's wiring, history, tenancy. */
describe('PriorityAreasService', () => {
  let module: TestingModule;
  let areas: PriorityAreasService;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let colleagueCtx: RequestContext;
  let otherCtx: RequestContext;
  let programme: ProgrammeEntity;
  const serviceAreas: Record<string, string> = {};

  const problems = (error: unknown) => (error as BadInputError).problems;
  const propose = (name: string, context = ctx, programmeId = programme.id) =>
    areas.create(context, { programmeId, serviceAreaId: serviceAreas[name], rationale: ` Why ${name} ` });
  const score = (context: RequestContext, priorityAreaId: string, need: number, feasibility: number, appetite: number, impact: number) =>
    areas.score(context, { priorityAreaId, need, feasibility, appetite, impact });

  beforeAll(async () => {
    module = await serviceTestingModule(PilotsModule);
    areas = module.get(PriorityAreasService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const colleague = await newUser(db, 'Colleague');
    await addMember(db, ctx.tenantId, colleague.id, Role.CONSULTANT);
    colleagueCtx = actingAs(colleague.id, ctx.tenantId, Role.CONSULTANT);
    for (const [position, name] of ['Health', 'Housing', 'Libraries', 'Parks', 'Schools'].entries())
      serviceAreas[name] = await newServiceArea(db, ctx.tenantId, name, position);
    serviceAreas.Theirs = await newServiceArea(db, otherCtx.tenantId, 'Theirs');
    programme = await programmes.create(ctx, { name: 'Focus' });
  });
  afterAll(() => module.close());

  it('proposes each service area once per programme, with its name, and records the proposal', async () => {
    const area = await propose('Health');
    expect(area).toMatchObject({
      programmeId: programme.id,
      serviceAreaId: serviceAreas.Health,
      serviceAreaName: 'Health',
      rationale: 'Why Health',
      selected: false,
      scorers: 0,
      overallScore: null,
      version: 1,
    });
    const again = await propose('Health').catch((e: unknown) => e);
    expect(problems(again)).toEqual([{ field: 'input.serviceAreaId', message: expect.stringContaining(area.id) }]);
    expect(
      problems(await areas.create(ctx, { programmeId: programme.id, serviceAreaId: serviceAreas.Theirs }).catch((e: unknown) => e)),
    ).toEqual([{ field: 'input.serviceAreaId', message: "is not one of the organisation's service areas" }]);
    // Another programme may propose the same service area.
    const elsewhere = await programmes.create(ctx, { name: 'Elsewhere' });
    expect((await propose('Health', ctx, elsewhere.id)).programmeId).toBe(elsewhere.id);
    expect(await eventsAbout(db, 'priorityAreaId', area.id)).toEqual([
      {
        type: 'PRIORITY_AREA_CREATED',
        programmeId: programme.id,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: { programmeId: programme.id, priorityAreaId: area.id, serviceAreaId: serviceAreas.Health },
      },
    ]);
  });

  it('edits at the version seen, never onto a service area the programme already has', async () => {
    const housing = await propose('Housing');
    const libraries = await propose('Libraries');
    expect(
      problems(await areas.update(ctx, { priorityAreaId: housing.id, version: 1 }).catch((e: unknown) => e)).map((p) => p.field),
    ).toEqual(['input']);
    const taken = await areas
      .update(ctx, { priorityAreaId: housing.id, version: 1, serviceAreaId: serviceAreas.Libraries })
      .catch((e: unknown) => e);
    expect(problems(taken)).toEqual([{ field: 'input.serviceAreaId', message: expect.stringContaining(libraries.id) }]);
    // Naming the area it already has is no clash with itself.
    const edited = await areas.update(ctx, {
      priorityAreaId: housing.id,
      version: 1,
      serviceAreaId: serviceAreas.Housing,
      rationale: '  Long waits  ',
    });
    expect(edited).toMatchObject({ rationale: 'Long waits', serviceAreaName: 'Housing', version: 2 });
    await expect(areas.update(ctx, { priorityAreaId: housing.id, version: 1, rationale: 'Stale' })).rejects.toThrow(ConflictError);
    const moved = await areas.update(ctx, { priorityAreaId: housing.id, version: 2, serviceAreaId: serviceAreas.Parks });
    expect(moved).toMatchObject({ serviceAreaName: 'Parks', version: 3 });
    expect((await eventsAbout(db, 'priorityAreaId', housing.id)).slice(1).map((e) => e.payload.fields)).toEqual([
      ['serviceAreaId', 'rationale'],
      ['serviceAreaId'],
    ]);
  });

  it('keeps one sheet per member, replaced when they score again; history says who and whether, never the scores', async () => {
    const area = await propose('Schools');
    await score(ctx, area.id, 5, 4, 3, 2);
    await score(colleagueCtx, area.id, 1, 2, 3, 4);
    const replaced = await score(ctx, area.id, 3, 4, 3, 2);
    expect(replaced).toMatchObject({ scorers: 2, need: { mean: 2, standardDeviation: 1, min: 1, max: 3 }, overallScore: 2.75 });
    expect((await areas.sheetsOf(ctx, [area.id])).get(area.id)).toEqual({ need: 3, feasibility: 4, appetite: 3, impact: 2 });
    expect((await areas.sheetsOf(colleagueCtx, [area.id])).get(area.id)).toEqual({ need: 1, feasibility: 2, appetite: 3, impact: 4 });
    const scored = (await eventsAbout(db, 'priorityAreaId', area.id)).filter((e) => e.type === 'PRIORITY_SCORED');
    expect(scored.map((e) => [e.actorUserId, e.payload])).toEqual([
      [ctx.userId, { programmeId: programme.id, priorityAreaId: area.id, userId: ctx.userId, replaced: false }],
      [colleagueCtx.userId, { programmeId: programme.id, priorityAreaId: area.id, userId: colleagueCtx.userId, replaced: false }],
      [ctx.userId, { programmeId: programme.id, priorityAreaId: area.id, userId: ctx.userId, replaced: true }],
    ]);

    // Scores are a person's: an API key may not score, and has no sheets.
    const key = new RequestContext(randomUUID());
    key.actor = { kind: 'apiKey', apiKeyId: randomUUID(), name: 'Sync', organisationId: ctx.tenantId };
    key.organisationId = ctx.tenantId;
    key.role = Role.PROGRAMME_MANAGER;
    await expect(score(key, area.id, 1, 1, 1, 1)).rejects.toThrow(ForbiddenError);
    expect(await areas.sheetsOf(key, [area.id])).toEqual(new Map());
  });

  it('selects at the version seen and ranks the short list: scored first by overall score, the unscored last', async () => {
    const ranked = await programmes.create(ctx, { name: 'Ranked' });
    const [low, high, none] = [
      await propose('Health', ctx, ranked.id),
      await propose('Housing', ctx, ranked.id),
      await propose('Parks', ctx, ranked.id),
    ];
    await score(ctx, low.id, 2, 2, 2, 2);
    await score(ctx, high.id, 4, 4, 4, 4);
    const ids = (list: Array<{ id: string }>) => list.map((a) => a.id);
    expect(ids(await areas.ranked(ctx, ranked.id))).toEqual([high.id, low.id, none.id]);

    const selected = await areas.select(ctx, { priorityAreaId: low.id, version: 1, selected: true });
    expect(selected).toMatchObject({ selected: true, version: 2 });
    await expect(areas.select(ctx, { priorityAreaId: low.id, version: 1, selected: false })).rejects.toThrow(ConflictError);
    expect(ids(await areas.ranked(ctx, ranked.id, { selected: true }))).toEqual([low.id]);
    expect(ids(await areas.ranked(ctx, ranked.id, { selected: false }))).toEqual([high.id, none.id]);
    await areas.select(ctx, { priorityAreaId: low.id, version: 2, selected: false });
    expect((await eventsAbout(db, 'priorityAreaId', low.id)).filter((e) => e.type === 'PRIORITY_SELECTED').map((e) => e.payload)).toEqual([
      { programmeId: ranked.id, priorityAreaId: low.id, selected: true, previouslySelected: false },
      { programmeId: ranked.id, priorityAreaId: low.id, selected: false, previouslySelected: true },
    ]);
  });

  it("tells a pilot's priority area of another programme apart, naming the caller's field", async () => {
    const area = await propose('Libraries', ctx, (await programmes.create(ctx, { name: 'Other' })).id);
    await expect(areas.requireInProgramme(ctx, area.programmeId, area.id, 'input.priorityAreaId')).resolves.toBeUndefined();
    const error = await areas.requireInProgramme(ctx, programme.id, area.id, 'input.priorityAreaId').catch((e: unknown) => e);
    expect(problems(error)).toEqual([{ field: 'input.priorityAreaId', message: 'is not a priority area of this programme' }]);
    await expect(areas.requireInProgramme(otherCtx, area.programmeId, area.id, 'input.priorityAreaId')).rejects.toThrow(BadInputError);
  });

  it("keeps another organisation's areas and programme out of reach, and changes nothing", async () => {
    const [area] = await areas.ranked(ctx, programme.id);
    await expect(areas.get(otherCtx, area.id)).rejects.toThrow(NotFoundError);
    expect(await areas.byIds(otherCtx, [area.id])).toEqual([]);
    await expect(areas.ranked(otherCtx, programme.id)).rejects.toThrow(NotFoundError);
    await expect(areas.update(otherCtx, { priorityAreaId: area.id, version: area.version, rationale: 'Theirs' })).rejects.toThrow(
      NotFoundError,
    );
    await expect(score(otherCtx, area.id, 1, 1, 1, 1)).rejects.toThrow(NotFoundError);
    await expect(areas.select(otherCtx, { priorityAreaId: area.id, version: area.version, selected: true })).rejects.toThrow(NotFoundError);
    await expect(areas.create(otherCtx, { programmeId: programme.id, serviceAreaId: serviceAreas.Theirs })).rejects.toThrow(NotFoundError);
    expect(await areas.get(ctx, area.id)).toEqual(area);
    expect(await ownerQuery(db, `SELECT 1 FROM priority_score WHERE organisation_id = $1`, [otherCtx.tenantId])).toEqual([]);
  });

  it('keeps the areas of an archived programme readable and unchanged', async () => {
    const archived = await programmes.create(ctx, { name: 'Archived' });
    const area = await propose('Health', ctx, archived.id);
    await programmes.move(ctx, { programmeId: archived.id, version: archived.version }, () => ({ type: 'ARCHIVE' }), 'reason');
    await expect(propose('Housing', ctx, archived.id)).rejects.toThrow(InvalidTransitionError);
    await expect(areas.update(ctx, { priorityAreaId: area.id, version: 1, rationale: 'Late' })).rejects.toThrow(InvalidTransitionError);
    await expect(score(ctx, area.id, 1, 1, 1, 1)).rejects.toThrow(InvalidTransitionError);
    await expect(areas.select(ctx, { priorityAreaId: area.id, version: 1, selected: true })).rejects.toThrow(InvalidTransitionError);
    expect(await areas.ranked(ctx, archived.id)).toEqual([expect.objectContaining({ id: area.id, version: 1, scorers: 0 })]);
  });
});
