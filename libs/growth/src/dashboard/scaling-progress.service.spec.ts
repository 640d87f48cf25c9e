import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { type Pilot, PilotsService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import type { PilotMove } from '@app/workflow';
import { newOrganisation } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { GrowthModule } from '../growth.module';
import { ScalingMechanism, type ScalingPlan, TrainingAudience } from '../scaling/scaling-plan.model';
import { ScalingPlansService } from '../scaling/scaling-plans.service';
import { TrainingActionsService } from '../scaling/training-actions.service';
import { ScalingProgressService } from './scaling-progress.service';

const TO_SCALE: PilotMove[] = [
  { type: 'APPROVE' },
  { type: 'START' },
  { type: 'BEGIN_EVALUATION' },
  { type: 'DECIDE', decision: 'SCALE', reason: 'the evaluation showed it worked' },
];
const TO_STOP: PilotMove[] = [
  ...TO_SCALE.slice(0, 3),
  { type: 'DECIDE', decision: 'STOP', reason: 'the evaluation showed it did not work' },
];
const NO_PROGRESS = { done: 0, total: 0, fraction: null, staff: { done: 0, total: 0 }, citizens: { done: 0, total: 0 } };

/** Grow it's figures on a real database: training done of planned, overall and per pilot decided SCALE, for many programmes at once, and only the organisation's own. */
describe('ScalingProgressService', () => {
  let module: TestingModule;
  let progress: ScalingProgressService;
  let plans: ScalingPlansService;
  let training: TrainingActionsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(GrowthModule);
    progress = module.get(ScalingProgressService);
    plans = module.get(ScalingPlansService);
    training = module.get(TrainingActionsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const newProgramme = async (context = ctx, name = 'Grow it') => (await module.get(ProgrammesService).create(context, { name })).id;
  /** A pilot of the programme taken through the real lifecycle by `moves`. */
  const pilotIn = async (programmeId: string, name: string, moves: PilotMove[] = TO_SCALE, context = ctx): Promise<Pilot> => {
    const pilots = module.get(PilotsService);
    let pilot = await pilots.create(context, { programmeId, name });
    for (const move of moves) pilot = await pilots.move(context, { pilotId: pilot.id, version: pilot.version }, move);
    return pilot;
  };
  /** A scaling plan for the pilot with training actions: [audience, done] each. */
  const planWith = async (pilot: Pilot, actions: Array<[TrainingAudience, boolean]>, context = ctx): Promise<ScalingPlan> => {
    const plan = await plans.create(context, { pilotId: pilot.id, mechanism: ScalingMechanism.REPLICATE });
    for (const [audience, done] of actions)
      await training.add(context, { scalingPlanId: plan.id, topic: `${audience} topic`, audience, done });
    return plan;
  };
  const { STAFF, CITIZENS } = TrainingAudience;

  it('adds up training done and planned by audience over the pilots decided SCALE, and gives each its own figures, by name', async () => {
    const programmeId = await newProgramme();
    const alder = await pilotIn(programmeId, 'Alder');
    const birch = await pilotIn(programmeId, 'birch');
    const cedar = await pilotIn(programmeId, 'Cedar');
    const alderPlan = await planWith(alder, [
      [STAFF, true],
      [STAFF, true],
      [STAFF, false],
      [CITIZENS, false],
      [CITIZENS, true],
    ]);
    const birchPlan = await planWith(birch, [[STAFF, true]]);
    // Cedar has no plan yet.

    const figures = (await progress.ofProgrammes(ctx, [programmeId])).get(programmeId);
    expect(figures).toEqual({
      pilotsDecidedScale: 3,
      pilotsWithScalingPlan: 2,
      pilotsWithTrainingForBoth: 1,
      training: { done: 4, total: 6, fraction: 4 / 6, staff: { done: 3, total: 4 }, citizens: { done: 1, total: 2 } },
      pilots: [
        {
          pilotId: alder.id,
          pilotName: 'Alder',
          scalingPlanId: alderPlan.id,
          progress: { done: 3, total: 5, fraction: 0.6, staff: { done: 2, total: 3 }, citizens: { done: 1, total: 2 } },
        },
        {
          pilotId: birch.id,
          pilotName: 'birch',
          scalingPlanId: birchPlan.id,
          progress: { done: 1, total: 1, fraction: 1, staff: { done: 1, total: 1 }, citizens: { done: 0, total: 0 } },
        },
        { pilotId: cedar.id, pilotName: 'Cedar', scalingPlanId: null, progress: NO_PROGRESS },
      ],
    });
  });

  it('leaves out pilots not decided SCALE, and answers zeros with no fraction for a programme without any, or an id nobody has', async () => {
    const programmeId = await newProgramme();
    await pilotIn(programmeId, 'Proposed', []);
    await pilotIn(programmeId, 'Running', TO_SCALE.slice(0, 2));
    await pilotIn(programmeId, 'Stopped', TO_STOP);
    const unknown = randomUUID();
    const empty = { pilotsDecidedScale: 0, pilotsWithScalingPlan: 0, pilotsWithTrainingForBoth: 0, training: NO_PROGRESS, pilots: [] };
    const figures = await progress.ofProgrammes(ctx, [programmeId, unknown]);
    expect(figures).toEqual(
      new Map([
        [programmeId, empty],
        [unknown, empty],
      ]),
    );
    expect(await progress.growthFacts(ctx, [programmeId])).toEqual(new Map([[programmeId, { scaled: 0, scaledWithTrainingPlan: 0 }]]));
  });

  it('follows the training as it is done, moved to the other audience and removed', async () => {
    const programmeId = await newProgramme();
    const pilot = await pilotIn(programmeId, 'Changing');
    const plan = await planWith(pilot, [[STAFF, false]]);
    const citizens = await training.add(ctx, { scalingPlanId: plan.id, topic: 'Hosting', audience: CITIZENS });
    const now = async () => (await progress.ofProgrammes(ctx, [programmeId])).get(programmeId)!;
    expect(await now()).toMatchObject({ pilotsWithTrainingForBoth: 1, training: { done: 0, total: 2, fraction: 0 } });

    await training.update(ctx, { trainingActionId: citizens.id, planVersion: 3, done: true, audience: STAFF });
    expect(await now()).toMatchObject({
      pilotsWithTrainingForBoth: 0,
      training: { done: 1, total: 2, fraction: 0.5, staff: { done: 1, total: 2 }, citizens: { done: 0, total: 0 } },
    });
    expect(await progress.growthFacts(ctx, [programmeId])).toEqual(new Map([[programmeId, { scaled: 1, scaledWithTrainingPlan: 0 }]]));

    await training.remove(ctx, { trainingActionId: citizens.id, planVersion: 4 });
    expect((await now()).pilots[0].progress).toEqual({
      done: 0,
      total: 1,
      fraction: 0,
      staff: { done: 0, total: 1 },
      citizens: { done: 0, total: 0 },
    });
  });

  it('keeps each programme to its own pilots when asked about several at once, the dashboard and the Grow-it rule agreeing', async () => {
    const [first, second] = [await newProgramme(ctx, 'First'), await newProgramme(ctx, 'Second')];
    await planWith(await pilotIn(first, 'Both audiences'), [
      [STAFF, false],
      [CITIZENS, false],
    ]);
    await planWith(await pilotIn(first, 'Staff only'), [[STAFF, true]]);
    await planWith(await pilotIn(second, 'Citizens only'), [[CITIZENS, true]]);
    await pilotIn(second, 'No plan');

    const figures = await progress.ofProgrammes(ctx, [second, first]);
    expect([...figures.keys()]).toEqual([second, first]);
    expect(figures.get(first)).toMatchObject({
      pilotsDecidedScale: 2,
      pilotsWithScalingPlan: 2,
      pilotsWithTrainingForBoth: 1,
      training: { done: 1, total: 3 },
    });
    expect(figures.get(second)).toMatchObject({
      pilotsDecidedScale: 2,
      pilotsWithScalingPlan: 1,
      pilotsWithTrainingForBoth: 0,
      training: { done: 1, total: 1 },
    });
    expect(figures.get(second)!.pilots.map((p) => p.pilotName)).toEqual(['Citizens only', 'No plan']);
    expect(await progress.growthFacts(ctx, [first, second])).toEqual(
      new Map([
        [first, { scaled: 2, scaledWithTrainingPlan: 1 }],
        [second, { scaled: 2, scaledWithTrainingPlan: 0 }],
      ]),
    );
  });

  it("never counts another organisation's pilots, plans or training, even rows that name ours", async () => {
    const ours = await newProgramme(ctx, 'Ours');
    const planned = await pilotIn(ours, 'Planned');
    const unplanned = await pilotIn(ours, 'Unplanned');
    const ourPlan = await planWith(planned, [[STAFF, true]]);

    const theirs = await newProgramme(otherCtx, 'Theirs');
    await planWith(
      await pilotIn(theirs, 'Their pilot', TO_SCALE, otherCtx),
      [
        [STAFF, true],
        [CITIZENS, true],
      ],
      otherCtx,
    );
    // Rows stamped with the other organisation that point at our pilot and plan (written as the owner: no request could):
    // a plan for our pilot without one, with training, and training in our plan.
    const [stray] = await ownerQuery(
      db,
      `INSERT INTO scaling_plan (organisation_id, pilot_id, mechanism, version) VALUES ($1, $2, 'REPLICATE', 1) RETURNING id`,
      [otherCtx.tenantId, unplanned.id],
    );
    for (const [planId, audience] of [
      [stray.id, 'STAFF'],
      [stray.id, 'CITIZENS'],
      [ourPlan.id, 'CITIZENS'],
    ])
      await ownerQuery(db, `INSERT INTO training_action (organisation_id, plan_id, topic, audience, done) VALUES ($1, $2, 'x', $3, true)`, [
        otherCtx.tenantId,
        planId,
        audience,
      ]);

    const figures = await progress.ofProgrammes(ctx, [ours, theirs]);
    expect(figures.get(ours)).toEqual({
      pilotsDecidedScale: 2,
      pilotsWithScalingPlan: 1,
      pilotsWithTrainingForBoth: 0,
      training: { done: 1, total: 1, fraction: 1, staff: { done: 1, total: 1 }, citizens: { done: 0, total: 0 } },
      pilots: [
        expect.objectContaining({ pilotId: planned.id, scalingPlanId: ourPlan.id }),
        { pilotId: unplanned.id, pilotName: 'Unplanned', scalingPlanId: null, progress: NO_PROGRESS },
      ],
    });
    expect(figures.get(theirs)).toMatchObject({ pilotsDecidedScale: 0, training: { total: 0 }, pilots: [] });
    expect(await progress.growthFacts(ctx, [ours, theirs])).toEqual(
      new Map([
        [ours, { scaled: 2, scaledWithTrainingPlan: 0 }],
        [theirs, { scaled: 0, scaledWithTrainingPlan: 0 }],
      ]),
    );
    // Theirs to them: their own programme, and nothing of ours.
    expect((await progress.ofProgrammes(otherCtx, [theirs, ours])).get(theirs)).toMatchObject({
      pilotsDecidedScale: 1,
      pilotsWithTrainingForBoth: 1,
      training: { done: 2, total: 2 },
    });
    expect((await progress.growthFacts(otherCtx, [ours])).get(ours)).toEqual({ scaled: 0, scaledWithTrainingPlan: 0 });
  });
});
