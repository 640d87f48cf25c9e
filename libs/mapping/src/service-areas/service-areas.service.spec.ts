import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { OrganisationsService } from '@app/identity';
import { eventsAbout, newOrganisation, newServiceArea } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { DEFAULT_SERVICE_AREAS } from '../forms';
import { MappingModule } from '../mapping.module';
import { ServiceAreasService } from './service-areas.service';

/** Service areas on a real database: names unique ignoring case, order, versions, the defaults of a new organisation, history, tenancy. */
describe('ServiceAreasService', () => {
  let module: TestingModule;
  let areas: ServiceAreasService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  const problems = (error: unknown) => (error as BadInputError).problems;

  beforeAll(async () => {
    module = await serviceTestingModule(MappingModule);
    await module.init(); // registers the area defaults for new organisations
    areas = module.get(ServiceAreasService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  it('writes the defaults, in order, in the transaction that creates an organisation', async () => {
    const admin = await newOrganisation(db, Role.ADMIN);
    const created = await module
      .get(OrganisationsService)
      .create(admin, { name: 'Council with defaults', timeZone: 'Europe/London', currency: 'GBP' });
    const list = await areas.list(admin.within(created.id));
    expect(list.map((a) => [a.name, a.position, a.active, a.version])).toEqual(
      DEFAULT_SERVICE_AREAS.map((name, position) => [name, position, true, 1]),
    );
  });

  it('adds an area after the last, its name tidied and unique ignoring case, and records it', async () => {
    await newServiceArea(db, ctx.tenantId, 'Health', 4);
    const area = await areas.create(ctx, { name: '  Adult   social care ' });
    expect(area).toMatchObject({ name: 'Adult social care', position: 5, active: true, version: 1 });
    const taken = await areas.create(ctx, { name: 'HEALTH' }).catch((e: unknown) => e);
    expect(problems(taken)).toEqual([{ field: 'input.name', message: expect.stringContaining('ignoring case') }]);
    // Another organisation's names are no clash.
    expect((await areas.create(otherCtx, { name: 'Health' })).name).toBe('Health');
    const retired = await areas.create(ctx, { name: 'Retired', position: 0, active: false });
    expect(retired).toMatchObject({ position: 0, active: false });
    expect(await eventsAbout(db, 'serviceAreaId', area.id)).toEqual([
      {
        type: 'SERVICE_AREA_CREATED',
        programmeId: null,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: { serviceAreaId: area.id, active: true, position: 5 },
      },
    ]);
  });

  it('lists by position, then name ignoring case', async () => {
    const listed = await newOrganisation(db);
    for (const [name, position] of [
      ['beta', 1],
      ['Alpha', 1],
      ['Zulu', 0],
    ] as const)
      await areas.create(listed, { name, position });
    expect((await areas.list(listed)).map((a) => a.name)).toEqual(['Zulu', 'Alpha', 'beta']);
    expect(await areas.idsByName(listed)).toEqual(new Map((await areas.list(listed)).map((a) => [a.name.toLowerCase(), a.id])));
  });

  it('renames, reorders and retires at the version seen; a stale version is CONFLICT before the name is judged', async () => {
    const area = await areas.create(ctx, { name: 'Parks' });
    expect(problems(await areas.update(ctx, { serviceAreaId: area.id, version: 1 }).catch((e: unknown) => e)).map((p) => p.field)).toEqual([
      'input',
    ]);
    // Its own name in another case is no clash with itself.
    const renamed = await areas.update(ctx, { serviceAreaId: area.id, version: 1, name: 'PARKS ', position: 9 });
    expect(renamed).toMatchObject({ name: 'PARKS', position: 9, version: 2 });
    await expect(areas.update(ctx, { serviceAreaId: area.id, version: 1, name: 'Health' })).rejects.toThrow(ConflictError);
    expect(
      problems(await areas.update(ctx, { serviceAreaId: area.id, version: 2, name: 'health' }).catch((e: unknown) => e)).map(
        (p) => p.field,
      ),
    ).toEqual(['input.name']);
    const retired = await areas.update(ctx, { serviceAreaId: area.id, version: 2, active: false });
    expect(retired).toMatchObject({ active: false, version: 3 });
    expect((await eventsAbout(db, 'serviceAreaId', area.id)).slice(1).map((e) => e.payload)).toEqual([
      { serviceAreaId: area.id, fields: ['name', 'position'], position: 9 },
      { serviceAreaId: area.id, fields: ['active'], active: false },
    ]);
  });

  it("keeps another organisation's areas out of reach, and changes nothing", async () => {
    const area = await areas.create(ctx, { name: 'Private' });
    await expect(areas.get(otherCtx, area.id)).rejects.toThrow(NotFoundError);
    expect(await areas.byIds(otherCtx, [area.id])).toEqual([]);
    expect((await areas.list(otherCtx)).map((a) => a.id)).not.toContain(area.id);
    expect([...(await areas.idsByName(otherCtx)).values()]).not.toContain(area.id);
    await expect(areas.update(otherCtx, { serviceAreaId: area.id, version: 1, name: 'Theirs' })).rejects.toThrow(NotFoundError);
    expect(await ownerQuery(db, `SELECT name, version FROM service_area WHERE id = $1`, [area.id])).toEqual([
      { name: 'Private', version: 1 },
    ]);
  });
});
