import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { GrowthModule } from '../growth.module';
import { ScalingMechanism, type ScalingPlan, TrainingAudience } from './scaling-plan.model';
import { ScalingPlansService } from './scaling-plans.service';
import { TrainingActionsService } from './training-actions.service';

/** Training in a scaling plan on a real database: each change a change of the plan, its order, history without the topic, tenancy. */
describe('TrainingActionsService', () => {
  let module: TestingModule;
  let training: TrainingActionsService;
  let plans: ScalingPlansService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(GrowthModule);
    training = module.get(TrainingActionsService);
    plans = module.get(ScalingPlansService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const newPlan = async (context = ctx, name = 'Grown'): Promise<ScalingPlan> =>
    plans.create(context, { pilotId: (await newPilot(module, context, 'SCALE', name)).id, mechanism: ScalingMechanism.REPLICATE });

  it('adds training with defaults, moving the plan on from the version seen, and lists staff before citizens', async () => {
    const plan = await newPlan();
    const citizens = await training.add(ctx, { scalingPlanId: plan.id, topic: ' Running a session ', audience: TrainingAudience.CITIZENS });
    expect(citizens).toMatchObject({ topic: 'Running a session', sessions: 1, done: false });
    const staff = await training.add(ctx, {
      scalingPlanId: plan.id,
      topic: 'Sharing power',
      audience: TrainingAudience.STAFF,
      sessions: 3,
      planVersion: 2,
    });
    await expect(
      training.add(ctx, { scalingPlanId: plan.id, topic: 'Stale', audience: TrainingAudience.STAFF, planVersion: 2 }),
    ).rejects.toThrow(ConflictError);
    expect((await plans.get(ctx, plan.id)).version).toBe(3);
    expect((await training.ofPlans(ctx, [plan.id])).map((t) => t.id)).toEqual([staff.id, citizens.id]);
    const events = await eventsAbout(db, 'trainingActionId', staff.id);
    expect(events).toEqual([
      {
        type: 'TRAINING_ACTION_ADDED',
        programmeId: expect.any(String),
        actorType: 'USER',
        actorUserId: ctx.userId,
        payload: {
          programmeId: events[0].programmeId,
          pilotId: plan.pilotId,
          scalingPlanId: plan.id,
          trainingActionId: staff.id,
          audience: 'STAFF',
          sessions: 3,
          done: false,
        },
      },
    ]);
  });

  it('edits and removes at the plan version seen, refusing an edit that changes nothing', async () => {
    const plan = await newPlan();
    const action = await training.add(ctx, { scalingPlanId: plan.id, topic: 'Listening', audience: TrainingAudience.STAFF });
    const nothing = await training.update(ctx, { trainingActionId: action.id, planVersion: 2 }).catch((e: unknown) => e);
    expect(nothing).toBeInstanceOf(BadInputError);
    expect((nothing as BadInputError).problems.map((p) => p.field)).toEqual(['input']);
    const done = await training.update(ctx, { trainingActionId: action.id, planVersion: 2, done: true, sessions: 2 });
    expect(done).toMatchObject({ done: true, sessions: 2, topic: 'Listening' });
    await expect(training.remove(ctx, { trainingActionId: action.id, planVersion: 2 })).rejects.toThrow(ConflictError);
    expect((await training.remove(ctx, { trainingActionId: action.id, planVersion: 3 })).version).toBe(4);
    expect(await training.ofPlans(ctx, [plan.id])).toEqual([]);
    await expect(training.update(ctx, { trainingActionId: action.id, planVersion: 4, done: false })).rejects.toThrow(NotFoundError);
    expect((await eventsAbout(db, 'trainingActionId', action.id)).map((e) => [e.type, e.payload.fields])).toEqual([
      ['TRAINING_ACTION_ADDED', undefined],
      ['TRAINING_ACTION_UPDATED', ['sessions', 'done']],
      ['TRAINING_ACTION_REMOVED', undefined],
    ]);
    expect(JSON.stringify(await eventsAbout(db, 'scalingPlanId', plan.id))).not.toContain('Listening');
  });

  it("neither reads nor changes another organisation's training", async () => {
    const theirs = await newPlan(otherCtx, 'Theirs');
    const action = await training.add(otherCtx, { scalingPlanId: theirs.id, topic: 'Theirs', audience: TrainingAudience.CITIZENS });
    await expect(training.add(ctx, { scalingPlanId: theirs.id, topic: 'Ours', audience: TrainingAudience.STAFF })).rejects.toThrow(
      NotFoundError,
    );
    await expect(training.update(ctx, { trainingActionId: action.id, planVersion: 2, done: true })).rejects.toThrow(NotFoundError);
    await expect(training.remove(ctx, { trainingActionId: action.id, planVersion: 2 })).rejects.toThrow(NotFoundError);
    expect(await training.ofPlans(ctx, [theirs.id])).toEqual([]);
    expect((await training.ofPlans(otherCtx, [theirs.id])).map((t) => t.done)).toEqual([false]);
  });
});
