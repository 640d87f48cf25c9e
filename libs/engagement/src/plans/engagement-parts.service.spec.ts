import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import type { Pilot } from '@app/pilots';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { EngagementModule } from '../engagement.module';
import { IncentiveKind, ParticipantResourceKind } from './engagement-plan.model';
import { EngagementPartsService } from './engagement-parts.service';
import { EngagementPlansService } from './engagement-plans.service';
import { SANCTION_WARNING } from './incentive-advice';

/** Incentives, communication actions and resources on a real database: the plan's version, dates, history without free text, tenancy. */
describe('EngagementPartsService', () => {
  let module: TestingModule;
  let parts: EngagementPartsService;
  let plans: EngagementPlansService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let pilot: Pilot;

  beforeAll(async () => {
    module = await serviceTestingModule(EngagementModule);
    parts = module.get(EngagementPartsService);
    plans = module.get(EngagementPlansService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    pilot = await newPilot(module, ctx, 'APPROVED', 'Park friends');
  });
  afterAll(() => module.close());

  const planVersion = async (planId: string) => (await plans.get(ctx, planId)).version;
  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };

  it('adds incentives (making the plan on first use), warns about sanctions, and keeps free text out of history', async () => {
    const intrinsic = await parts.addIncentive(ctx, {
      pilotId: pilot.id,
      kind: IncentiveKind.INTRINSIC,
      description: '  Pride in the park ',
      audience: ' neighbours ',
    });
    expect(intrinsic).toMatchObject({
      plan: { version: 1 },
      warnings: [],
      incentive: { description: 'Pride in the park', audience: 'neighbours', warning: null },
    });
    const sanction = await parts.addIncentive(ctx, {
      pilotId: pilot.id,
      kind: IncentiveKind.SANCTION,
      description: 'Fine for litter',
      planVersion: 1,
    });
    expect(sanction).toMatchObject({
      plan: { version: 2 },
      warnings: [SANCTION_WARNING],
      incentive: { warning: SANCTION_WARNING, audience: '' },
    });
    await expect(
      parts.addIncentive(ctx, { pilotId: pilot.id, kind: IncentiveKind.SOCIAL, description: 'Stale', planVersion: 1 }),
    ).rejects.toThrow(ConflictError);
    const events = await eventsAbout(db, 'planId', intrinsic.plan.id);
    expect(events.map((e) => [e.type, e.payload.kind, e.actorUserId])).toEqual([
      ['ENGAGEMENT_PLAN_CREATED', undefined, ctx.userId],
      ['INCENTIVE_ADDED', 'INTRINSIC', ctx.userId],
      ['INCENTIVE_ADDED', 'SANCTION', ctx.userId],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Pride|neighbours|litter/);
  });

  it('edits and removes an incentive at the plan version seen, refusing an edit that changes nothing', async () => {
    const { incentive, plan } = await parts.addIncentive(ctx, { pilotId: pilot.id, kind: IncentiveKind.SOCIAL, description: 'Tea after' });
    expect(await problemsOf(parts.updateIncentive(ctx, { incentiveId: incentive.id, planVersion: plan.version }))).toEqual([
      { field: 'input', message: expect.stringContaining('names nothing to change') },
    ]);
    const updated = await parts.updateIncentive(ctx, {
      incentiveId: incentive.id,
      planVersion: plan.version,
      kind: IncentiveKind.MATERIAL,
      description: ' Vouchers ',
    });
    expect(updated).toMatchObject({
      incentive: { kind: 'MATERIAL', description: 'Vouchers', audience: '' },
      plan: { version: plan.version + 1 },
    });
    await expect(parts.removeIncentive(ctx, { incentiveId: incentive.id, planVersion: plan.version })).rejects.toThrow(ConflictError);
    const after = await parts.removeIncentive(ctx, { incentiveId: incentive.id, planVersion: plan.version + 1 });
    expect(after.version).toBe(plan.version + 2);
    expect((await parts.incentivesOf(ctx, [plan.id])).map((i) => i.id)).not.toContain(incentive.id);
    await expect(
      parts.updateIncentive(ctx, { incentiveId: incentive.id, planVersion: after.version, description: 'Gone' }),
    ).rejects.toThrow(NotFoundError);
    expect((await eventsAbout(db, 'incentiveId', incentive.id)).map((e) => [e.type, e.payload.fields])).toEqual([
      ['INCENTIVE_ADDED', undefined],
      ['INCENTIVE_UPDATED', ['kind', 'description']],
      ['INCENTIVE_REMOVED', undefined],
    ]);
  });

  it('keeps communication dates in order, naming the field, and lists dated actions first', async () => {
    const own = await newPilot(module, ctx, 'PROPOSED', 'Posters');
    expect(
      await problemsOf(
        parts.addCommunicationAction(ctx, {
          pilotId: own.id,
          channel: 'Posters',
          message: 'Join us',
          startsOn: '2031-05-10',
          endsOn: '2031-05-01',
        }),
      ),
    ).toEqual([{ field: 'input.endsOn', message: 'must be on or after the start date (2031-05-10)' }]);
    const undated = await parts.addCommunicationAction(ctx, { pilotId: own.id, channel: 'Radio', message: 'Tune in' });
    const dated = await parts.addCommunicationAction(ctx, {
      pilotId: own.id,
      channel: ' Posters ',
      message: 'Join us',
      startsOn: '2031-05-01',
      endsOn: '2031-05-10',
      planVersion: 1,
    });
    expect(dated).toMatchObject({ channel: 'Posters', audience: '', done: false });
    let version = await planVersion(dated.planId);
    // A new start after the kept end is refused at the start; clearing and setting a date at once is refused.
    expect(
      await problemsOf(
        parts.updateCommunicationAction(ctx, { communicationActionId: dated.id, planVersion: version, startsOn: '2031-06-01' }),
      ),
    ).toEqual([{ field: 'input.startsOn', message: 'must be on or before the end date (2031-05-10)' }]);
    expect(
      (
        await problemsOf(
          parts.updateCommunicationAction(ctx, {
            communicationActionId: dated.id,
            planVersion: version,
            startsOn: '2031-05-02',
            clearStartsOn: true,
          }),
        )
      ).map((p) => p.field),
    ).toEqual(['input.clearStartsOn']);
    const moved = await parts.updateCommunicationAction(ctx, {
      communicationActionId: dated.id,
      planVersion: version,
      clearEndsOn: true,
      startsOn: '2031-06-01',
      done: true,
    });
    expect(moved).toMatchObject({ startsOn: '2031-06-01', endsOn: null, done: true });
    expect((await parts.communicationActionsOf(ctx, [dated.planId])).map((a) => a.id)).toEqual([dated.id, undated.id]);
    expect((await eventsAbout(db, 'communicationActionId', dated.id)).map((e) => e.payload)).toEqual([
      {
        programmeId: own.programmeId,
        pilotId: own.id,
        planId: dated.planId,
        communicationActionId: dated.id,
        startsOn: '2031-05-01',
        endsOn: '2031-05-10',
        done: false,
      },
      {
        programmeId: own.programmeId,
        pilotId: own.id,
        planId: dated.planId,
        communicationActionId: dated.id,
        fields: ['startsOn', 'done', 'endsOn'],
        startsOn: '2031-06-01',
        endsOn: null,
        done: true,
      },
    ]);
    version = await planVersion(dated.planId);
    await parts.removeCommunicationAction(ctx, { communicationActionId: undated.id, planVersion: version });
    expect((await parts.communicationActionsOf(ctx, [dated.planId])).map((a) => a.id)).toEqual([dated.id]);
  });

  it('adds, edits and removes resources for participants, each a change of the plan', async () => {
    const own = await newPilot(module, ctx, 'PROPOSED', 'Tools');
    const resource = await parts.addParticipantResource(ctx, {
      pilotId: own.id,
      kind: ParticipantResourceKind.TOOLS_AND_FACILITIES,
      description: ' A shed ',
    });
    expect(resource).toMatchObject({ kind: 'TOOLS_AND_FACILITIES', description: 'A shed' });
    const edited = await parts.updateParticipantResource(ctx, {
      participantResourceId: resource.id,
      planVersion: 1,
      kind: ParticipantResourceKind.TIME,
    });
    expect(edited).toMatchObject({ kind: 'TIME', description: 'A shed' });
    const plan = await parts.removeParticipantResource(ctx, { participantResourceId: resource.id, planVersion: 2 });
    expect(plan.version).toBe(3);
    expect(await parts.resourcesOf(ctx, [plan.id])).toEqual([]);
    expect((await eventsAbout(db, 'participantResourceId', resource.id)).map((e) => [e.type, e.payload.kind])).toEqual([
      ['PARTICIPANT_RESOURCE_ADDED', 'TOOLS_AND_FACILITIES'],
      ['PARTICIPANT_RESOURCE_UPDATED', 'TIME'],
      ['PARTICIPANT_RESOURCE_REMOVED', 'TIME'],
    ]);
  });

  it("neither reads nor changes the parts of another organisation's plan", async () => {
    const theirPilot = await newPilot(module, otherCtx, 'APPROVED', 'Theirs');
    const { incentive, plan } = await parts.addIncentive(otherCtx, {
      pilotId: theirPilot.id,
      kind: IncentiveKind.NORMATIVE,
      description: 'Civic duty',
    });
    const action = await parts.addCommunicationAction(otherCtx, {
      pilotId: theirPilot.id,
      channel: 'Leaflet',
      message: 'Hello',
      planVersion: 1,
    });
    await expect(parts.addIncentive(ctx, { pilotId: theirPilot.id, kind: IncentiveKind.SOCIAL, description: 'x' })).rejects.toThrow(
      NotFoundError,
    );
    await expect(parts.updateIncentive(ctx, { incentiveId: incentive.id, planVersion: 2, description: 'Ours now' })).rejects.toThrow(
      NotFoundError,
    );
    await expect(parts.removeIncentive(ctx, { incentiveId: incentive.id, planVersion: 2 })).rejects.toThrow(NotFoundError);
    await expect(parts.updateCommunicationAction(ctx, { communicationActionId: action.id, planVersion: 2, done: true })).rejects.toThrow(
      NotFoundError,
    );
    expect(await parts.incentivesOf(ctx, [plan.id])).toEqual([]);
    expect(await parts.communicationActionsOf(ctx, [plan.id])).toEqual([]);
    expect((await parts.incentivesOf(otherCtx, [plan.id])).map((i) => i.description)).toEqual(['Civic duty']);
    expect((await plans.get(otherCtx, plan.id)).version).toBe(2);
  });
});
