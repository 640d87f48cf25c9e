import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, ErrorCode, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { ServiceAreasService } from '@app/mapping';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { GrowthModule } from '../growth.module';
import { ScalingMechanism } from './scaling-plan.model';
import { ScalingPlansService } from './scaling-plans.service';

/** Scaling plans on a real database: only for pilots decided SCALE, one each, the mechanism rule, service areas, versions, history, tenancy. */
describe('ScalingPlansService', () => {
  let module: TestingModule;
  let plans: ScalingPlansService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let libraries: string;
  let parks: string;
  let theirArea: string;

  beforeAll(async () => {
    module = await serviceTestingModule(GrowthModule);
    plans = module.get(ScalingPlansService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const areas = module.get(ServiceAreasService);
    libraries = (await areas.create(ctx, { name: 'Libraries' })).id;
    parks = (await areas.create(ctx, { name: 'Parks' })).id;
    theirArea = (await areas.create(otherCtx, { name: 'Libraries' })).id;
  });
  afterAll(() => module.close());

  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };

  it('makes a plan only for a pilot decided SCALE, and only one', async () => {
    for (const status of ['RUNNING', 'STOP'] as const) {
      const pilot = await newPilot(module, ctx, status, `Not scaled ${status}`);
      await expect(plans.create(ctx, { pilotId: pilot.id, mechanism: ScalingMechanism.REPLICATE })).rejects.toThrow(InvalidTransitionError);
    }
    const pilot = await newPilot(module, ctx, 'SCALE', 'Scaled');
    const plan = await plans.create(ctx, { pilotId: pilot.id, mechanism: ScalingMechanism.REPLICATE });
    await expect(plans.create(ctx, { pilotId: pilot.id, mechanism: ScalingMechanism.REPLICATE })).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { currentVersion: plan.version },
    });
    expect(await plans.ofPilots(ctx, [pilot.id])).toEqual([plan]);
  });

  it("checks the mechanism's note and each service area, naming the one at fault; records numbers and ids, not text", async () => {
    const pilot = await newPilot(module, ctx, 'SCALE', 'Areas');
    expect(
      await problemsOf(
        plans.create(ctx, {
          pilotId: pilot.id,
          mechanism: ScalingMechanism.OTHER,
          mechanismNote: '  ',
          targetServiceAreaIds: [libraries, theirArea],
        }),
      ),
    ).toEqual([
      { field: 'input.mechanismNote', message: expect.stringContaining('mechanism is OTHER') },
      { field: 'input.targetServiceAreaIds[1]', message: "is not one of the organisation's service areas" },
    ]);
    expect(await plans.ofPilots(ctx, [pilot.id])).toEqual([]);
    const plan = await plans.create(ctx, {
      pilotId: pilot.id,
      mechanism: ScalingMechanism.OTHER,
      mechanismNote: ' Through the library friends ',
      targetServiceAreaIds: [parks, libraries, parks],
      expectedReach: 400,
      transparencyMeasures: ' Quarterly open meeting ',
    });
    expect(plan).toMatchObject({
      mechanismNote: 'Through the library friends',
      targetServiceAreaIds: [parks, libraries],
      expectedReach: 400,
      transparencyMeasures: 'Quarterly open meeting',
      version: 1,
    });
    const events = await eventsAbout(db, 'scalingPlanId', plan.id);
    expect(events).toEqual([
      {
        type: 'SCALING_PLAN_CREATED',
        programmeId: pilot.programmeId,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: {
          programmeId: pilot.programmeId,
          pilotId: pilot.id,
          scalingPlanId: plan.id,
          mechanism: 'OTHER',
          targetServiceAreaIds: [parks, libraries],
          expectedReach: 400,
        },
      },
    ]);
  });

  it('edits at the version seen; leaving OTHER needs no note, moving to OTHER does; clearing and setting the reach at once is refused', async () => {
    const pilot = await newPilot(module, ctx, 'SCALE', 'Edits');
    const plan = await plans.create(ctx, { pilotId: pilot.id, mechanism: ScalingMechanism.REPLICATE, expectedReach: 50 });
    expect(await problemsOf(plans.update(ctx, { scalingPlanId: plan.id, version: 1, mechanism: ScalingMechanism.OTHER }))).toEqual([
      { field: 'input.mechanism', message: expect.stringContaining('give a mechanismNote') },
    ]);
    expect(
      (await problemsOf(plans.update(ctx, { scalingPlanId: plan.id, version: 1, expectedReach: 60, clearExpectedReach: true }))).map(
        (p) => p.field,
      ),
    ).toEqual(['input.clearExpectedReach']);
    expect(await problemsOf(plans.update(ctx, { scalingPlanId: plan.id, version: 1 }))).toEqual([
      { field: 'input', message: expect.stringContaining('names nothing to change') },
    ]);
    const updated = await plans.update(ctx, {
      scalingPlanId: plan.id,
      version: 1,
      clearExpectedReach: true,
      targetServiceAreaIds: [libraries],
      transparencyMeasures: 'Minutes online',
    });
    expect(updated).toMatchObject({ expectedReach: null, targetServiceAreaIds: [libraries], version: 2 });
    await expect(plans.update(ctx, { scalingPlanId: plan.id, version: 1, expectedReach: 70 })).rejects.toThrow(ConflictError);
    expect((await eventsAbout(db, 'scalingPlanId', plan.id)).at(-1)?.payload).toEqual({
      programmeId: pilot.programmeId,
      pilotId: pilot.id,
      scalingPlanId: plan.id,
      fields: ['transparencyMeasures', 'expectedReach', 'targetServiceAreaIds'],
      expectedReach: null,
      targetServiceAreaIds: [libraries],
    });
  });

  it("neither reads nor makes nor changes a plan of another organisation's", async () => {
    const theirPilot = await newPilot(module, otherCtx, 'SCALE', 'Theirs');
    const theirs = await plans.create(otherCtx, { pilotId: theirPilot.id, mechanism: ScalingMechanism.WIDEN_ELIGIBILITY });
    await expect(plans.create(ctx, { pilotId: theirPilot.id, mechanism: ScalingMechanism.REPLICATE })).rejects.toThrow(NotFoundError);
    await expect(plans.update(ctx, { scalingPlanId: theirs.id, version: 1, expectedReach: 1 })).rejects.toThrow(NotFoundError);
    await expect(plans.get(ctx, theirs.id)).rejects.toThrow(NotFoundError);
    expect(await plans.byIds(ctx, [theirs.id])).toEqual([]);
    expect(await plans.ofPilots(ctx, [theirPilot.id])).toEqual([]);
    expect((await plans.get(otherCtx, theirs.id)).version).toBe(1);
  });
});
