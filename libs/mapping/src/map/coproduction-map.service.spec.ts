import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { type DomainError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { newOrganisation, newServiceArea } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { FORM_KEYS } from '../forms';
import type { CreateInitiativeInput } from '../initiatives/initiative.inputs';
import { CoproductionFormName } from '../initiatives/initiative.model';
import { InitiativesService } from '../initiatives/initiatives.service';
import { MappingModule } from '../mapping.module';
import { CoproductionMapService } from './coproduction-map.service';
import type { MapFormCount } from './coproduction-map.model';

const { CO_DELIVERY, CO_MANAGING, CO_PERFORMING, CO_DESIGN } = CoproductionFormName;

/**
 * The map's edges on a real database (the end-to-end suite reads a full borough): an empty
 * organisation, a form given with its sub-form counted once, unknown numbers of people, which
 * areas show and in what order, and organisations kept apart.
 */
describe('CoproductionMapService', () => {
  let module: TestingModule;
  let map: CoproductionMapService;
  let initiatives: InitiativesService;
  let db: Database;

  const counted = (forms: MapFormCount[]) =>
    Object.fromEntries(forms.filter((f) => f.initiativeCount > 0).map((f) => [f.form, [f.initiativeCount, f.peopleInvolved]]));
  const record = (ctx: RequestContext, serviceAreaId: string, name: string, extra: Partial<CreateInitiativeInput> = {}) =>
    initiatives.create(ctx, { name, serviceAreaId, publicBodyInput: 'Officer time', ...extra });

  beforeAll(async () => {
    module = await serviceTestingModule(MappingModule);
    map = module.get(CoproductionMapService);
    initiatives = module.get(InitiativesService);
    db = module.get(Database);
  });
  afterAll(() => module.close());

  it('answers an organisation without areas with zeros and every form', async () => {
    const ctx = await newOrganisation(db);
    const empty = await map.map(ctx);
    expect(empty).toMatchObject({
      programmeId: null,
      areas: [],
      coproductionCount: 0,
      peopleInvolved: 0,
      selfOrganisedCount: 0,
      selfOrganisedPeopleInvolved: 0,
      publishedCount: 0,
    });
    expect(empty.forms.map((f) => [f.form, f.initiativeCount])).toEqual(FORM_KEYS.map((form) => [form, 0]));
  });

  it('counts a form once when given with its sub-forms, unknown people as none, published and self-organised apart', async () => {
    const ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const parks = await newServiceArea(db, ctx.tenantId, 'Parks', 1);
    const arts = await newServiceArea(db, ctx.tenantId, 'arts', 1);
    const roads = await newServiceArea(db, ctx.tenantId, 'Roads', 0);
    await newServiceArea(db, ctx.tenantId, 'Retired, empty', 2, false);
    const retired = await newServiceArea(db, ctx.tenantId, 'Retired, used', 3, false);
    await record(ctx, parks, 'Park friends', { forms: [CO_DELIVERY, CO_MANAGING, CO_PERFORMING], peopleInvolved: 10, published: true });
    await record(ctx, parks, 'Tree survey', { forms: [CO_MANAGING] });
    await record(ctx, parks, 'Litter pickers', { forms: [CO_DELIVERY], peopleInvolved: 4, publicBodyInput: '' });
    await record(ctx, retired, 'Old scheme', { forms: [CO_DESIGN], peopleInvolved: 2 });

    const result = await map.map(ctx);
    expect(result.areas.map((a) => a.serviceArea.name)).toEqual(['Roads', 'arts', 'Parks', 'Retired, used']);
    expect(result).toMatchObject({
      coproductionCount: 3,
      peopleInvolved: 12,
      selfOrganisedCount: 1,
      selfOrganisedPeopleInvolved: 4,
      publishedCount: 1,
    });
    const parksArea = result.areas.find((a) => a.serviceArea.id === parks)!;
    expect(parksArea).toMatchObject({ coproductionCount: 2, peopleInvolved: 10, selfOrganisedCount: 1, selfOrganisedPeopleInvolved: 4 });
    expect(counted(parksArea.forms)).toEqual({ CO_DELIVERY: [2, 10], CO_MANAGING: [2, 10], CO_PERFORMING: [1, 10] });
    expect(counted(result.forms)).toEqual({ CO_DELIVERY: [2, 10], CO_MANAGING: [2, 10], CO_PERFORMING: [1, 10], CO_DESIGN: [1, 2] });
    expect(result.areas.find((a) => a.serviceArea.id === arts)).toMatchObject({ coproductionCount: 0, serviceArea: { active: true } });
    expect(result.areas.find((a) => a.serviceArea.id === roads)!.forms).toHaveLength(FORM_KEYS.length);
  });

  it("maps one programme only when asked, and answers another organisation's programme as NOT_FOUND naming the argument", async () => {
    const ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const area = await newServiceArea(db, ctx.tenantId, 'Health');
    const theirArea = await newServiceArea(db, otherCtx.tenantId, 'Health');
    const programmes = module.get(ProgrammesService);
    const { id: programmeId } = await programmes.create(ctx, { name: 'Mapped' });
    const { id: theirProgramme } = await programmes.create(otherCtx, { name: 'Theirs' });
    await record(ctx, area, 'In the programme', { programmeId, peopleInvolved: 3 });
    await record(ctx, area, 'Outside it', { peopleInvolved: 5 });
    await record(otherCtx, theirArea, 'Theirs', { peopleInvolved: 100, programmeId: theirProgramme });

    expect(await map.map(ctx, programmeId)).toMatchObject({ programmeId, coproductionCount: 1, peopleInvolved: 3 });
    expect(await map.map(ctx)).toMatchObject({ coproductionCount: 2, peopleInvolved: 8 });
    const error = await map.map(ctx, theirProgramme).catch((e: unknown) => e);
    expect([(error as DomainError).code, (error as DomainError).details]).toEqual(['NOT_FOUND', { field: 'programmeId' }]);
    expect(await map.map(otherCtx)).toMatchObject({
      coproductionCount: 1,
      peopleInvolved: 100,
      areas: [expect.objectContaining({ serviceArea: expect.objectContaining({ id: theirArea }) })],
    });
  });
});
