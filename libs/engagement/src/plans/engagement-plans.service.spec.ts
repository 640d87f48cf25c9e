import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { ConflictError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { EngagementModule } from '../engagement.module';
import { EngagementPlansService } from './engagement-plans.service';

/** Engagement plans on a real database: one per pilot, made once, the plan's version standing for its parts, tenancy. */
describe('EngagementPlansService', () => {
  let module: TestingModule;
  let plans: EngagementPlansService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(EngagementModule);
    plans = module.get(EngagementPlansService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const change = (pilotId: string, planVersion?: number, context = ctx) =>
    db.transaction(context, (em) => plans.change(em, context, pilotId, planVersion));

  it("makes a pilot's plan once, recording it in the programme with who made it; asking again answers the same plan", async () => {
    const pilot = await newPilot(module, ctx, 'PROPOSED', 'Street stories');
    const plan = await plans.create(ctx, { pilotId: pilot.id });
    expect(plan).toMatchObject({ pilotId: pilot.id, organisationId: ctx.tenantId, version: 1 });
    expect(await plans.create(ctx, { pilotId: pilot.id })).toMatchObject({ id: plan.id, version: 1 });
    expect(await eventsAbout(db, 'planId', plan.id)).toEqual([
      {
        type: 'ENGAGEMENT_PLAN_CREATED',
        programmeId: pilot.programmeId,
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: { programmeId: pilot.programmeId, pilotId: pilot.id, planId: plan.id },
      },
    ]);
  });

  it('starts a plan made by a change at version 1, then moves it on once per change, only from the version the client saw', async () => {
    const pilot = await newPilot(module, ctx, 'APPROVED', 'Versions');
    const made = await change(pilot.id, 7); // nobody can have seen an older version of a plan this change makes
    expect(made).toMatchObject({ created: true, plan: { version: 1 } });
    expect((await change(pilot.id)).plan.version).toBe(2);
    expect((await change(pilot.id, 2)).plan.version).toBe(3);
    await expect(change(pilot.id, 2)).rejects.toMatchObject({ code: 'CONFLICT', details: { currentVersion: 3 } });
    await expect(db.transaction(ctx, (em) => plans.changeByPlanId(em, ctx, made.plan.id, 1))).rejects.toThrow(ConflictError);
    expect((await db.transaction(ctx, (em) => plans.changeByPlanId(em, ctx, made.plan.id, 3))).plan.version).toBe(4);
    expect((await plans.get(ctx, made.plan.id)).version).toBe(4);
  });

  it("neither reads nor makes nor changes a plan of another organisation's pilot", async () => {
    const theirPilot = await newPilot(module, otherCtx, 'PROPOSED', 'Theirs');
    const theirs = await plans.create(otherCtx, { pilotId: theirPilot.id });
    await expect(plans.create(ctx, { pilotId: theirPilot.id })).rejects.toThrow(NotFoundError);
    await expect(change(theirPilot.id)).rejects.toThrow(NotFoundError);
    await expect(db.transaction(ctx, (em) => plans.changeByPlanId(em, ctx, theirs.id, 1))).rejects.toThrow(NotFoundError);
    await expect(plans.get(ctx, theirs.id)).rejects.toThrow(NotFoundError);
    expect(await plans.byIds(ctx, [theirs.id])).toEqual([]);
    expect(await plans.ofPilots(ctx, [theirPilot.id])).toEqual([]);
    expect((await plans.get(otherCtx, theirs.id)).version).toBe(1);
  });
});
