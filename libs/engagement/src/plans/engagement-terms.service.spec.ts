import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { type Pilot, PilotsService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import { eventsAbout, newOrganisation, newPilot } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { EngagementModule } from '../engagement.module';
import { EngagementPlansService } from './engagement-plans.service';
import { EngagementTermsService } from './engagement-terms.service';

/** Rules of engagement on a real database: numbered versions, publishing, what the public feed shows, tenancy. */
describe('EngagementTermsService', () => {
  let module: TestingModule;
  let terms: EngagementTermsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  beforeAll(async () => {
    module = await serviceTestingModule(EngagementModule);
    terms = module.get(EngagementTermsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
  });
  afterAll(() => module.close());

  const save = (pilot: Pilot, expectations = 'Two hours a week', planVersion?: number, context = ctx) =>
    terms.save(context, { pilotId: pilot.id, expectations, rulesOfEngagement: 'Be kind', planVersion });
  const fieldsOf = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).problems;
  };

  it('saves numbered versions, trimmed, never changing an earlier one, each moving the plan on; history holds numbers, not text', async () => {
    const pilot = await newPilot(module, ctx, 'APPROVED', 'Walks');
    const first = await save(pilot, '  Two hours a week  ');
    expect(first).toMatchObject({ version: 1, expectations: 'Two hours a week', rulesOfEngagement: 'Be kind', published: false });
    const second = await save(pilot, 'Three hours a week', 1);
    expect(second.version).toBe(2);
    await expect(save(pilot, 'Stale', 1)).rejects.toThrow(ConflictError);
    expect((await terms.termsOf(ctx, [first.planId])).map((t) => [t.version, t.expectations])).toEqual([
      [2, 'Three hours a week'],
      [1, 'Two hours a week'],
    ]);
    expect((await module.get(EngagementPlansService).get(ctx, first.planId)).version).toBe(2);
    const events = await eventsAbout(db, 'planId', first.planId);
    expect(events.map((e) => [e.type, e.payload.termsVersion, e.actorUserId])).toEqual([
      ['ENGAGEMENT_PLAN_CREATED', undefined, ctx.userId],
      ['ENGAGEMENT_TERMS_SAVED', 1, ctx.userId],
      ['ENGAGEMENT_TERMS_SAVED', 2, ctx.userId],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/hours a week|Be kind/);
  });

  it('publishes a saved version once, naming input.version when there is none to publish', async () => {
    const pilot = await newPilot(module, ctx, 'RUNNING', 'Gardens');
    expect(await fieldsOf(terms.publish(ctx, { pilotId: pilot.id, version: 1 }))).toEqual([
      { field: 'input.version', message: expect.stringContaining('no engagement plan yet') },
    ]);
    const saved = await save(pilot);
    expect(await fieldsOf(terms.publish(ctx, { pilotId: pilot.id, version: 3 }))).toEqual([
      { field: 'input.version', message: 'names no saved version: the newest is 1' },
    ]);
    const published = await terms.publish(ctx, { pilotId: pilot.id, version: 1 });
    expect(published).toMatchObject({ id: saved.id, published: true, publishedAt: expect.any(Date) });
    expect(await terms.publish(ctx, { pilotId: pilot.id, version: 1 })).toMatchObject({ published: true });
    expect((await eventsAbout(db, 'termsId', saved.id)).map((e) => e.type)).toEqual([
      'ENGAGEMENT_TERMS_SAVED',
      'ENGAGEMENT_TERMS_PUBLISHED',
    ]);
    expect((await module.get(EngagementPlansService).get(ctx, saved.planId)).version).toBe(2);
  });

  it('publishes nothing for a pilot that ended without going ahead', async () => {
    const stopped = await newPilot(module, ctx, 'STOP', 'Stopped');
    await save(stopped);
    await expect(terms.publish(ctx, { pilotId: stopped.id, version: 1 })).rejects.toThrow(InvalidTransitionError);
  });

  it('feeds the newest published version of each pilot that can still go ahead, of the organisation asked for only', async () => {
    const feedOrg = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const shown = await newPilot(module, feedOrg, 'RUNNING', 'b pilot');
    await save(shown, 'First', undefined, feedOrg);
    await terms.publish(feedOrg, { pilotId: shown.id, version: 1 });
    await save(shown, 'Second', undefined, feedOrg);
    await terms.publish(feedOrg, { pilotId: shown.id, version: 2 });
    await save(shown, 'Draft', undefined, feedOrg); // saved, not published

    const alsoShown = await newPilot(module, feedOrg, 'APPROVED', 'A pilot');
    await save(alsoShown, 'Early', undefined, feedOrg);
    await terms.publish(feedOrg, { pilotId: alsoShown.id, version: 1 });

    const stops = await newPilot(module, feedOrg, 'EVALUATING', 'Stops');
    await save(stops, 'Gone', undefined, feedOrg);
    await terms.publish(feedOrg, { pilotId: stops.id, version: 1 });
    await module
      .get(PilotsService)
      .move(
        feedOrg,
        { pilotId: stops.id, version: stops.version },
        { type: 'DECIDE', decision: 'STOP', reason: 'the evaluation showed it did not work' },
      );

    const archived = await newPilot(module, feedOrg, 'RUNNING', 'Archived');
    await save(archived, 'Hidden', undefined, feedOrg);
    await terms.publish(feedOrg, { pilotId: archived.id, version: 1 });
    const programmes = module.get(ProgrammesService);
    const programme = await programmes.get(feedOrg, archived.programmeId);
    await programmes.move(feedOrg, { programmeId: programme.id, version: programme.version }, () => ({ type: 'ARCHIVE' }), 'reason');

    const theirPilot = await newPilot(module, otherCtx, 'RUNNING', 'Theirs');
    await save(theirPilot, 'Elsewhere', undefined, otherCtx);
    await terms.publish(otherCtx, { pilotId: theirPilot.id, version: 1 });

    const feed = await terms.published(feedOrg, feedOrg.tenantId);
    expect(feed.map((t) => [t.pilotName, t.version, t.expectations])).toEqual([
      ['A pilot', 1, 'Early'],
      ['b pilot', 2, 'Second'],
    ]);
  });

  it("neither saves nor publishes terms of another organisation's pilot", async () => {
    const theirs = await newPilot(module, otherCtx, 'RUNNING', 'Not ours');
    const saved = await save(theirs, 'Theirs', undefined, otherCtx);
    await expect(save(theirs)).rejects.toThrow(NotFoundError);
    await expect(terms.publish(ctx, { pilotId: theirs.id, version: 1 })).rejects.toThrow(NotFoundError);
    expect(await terms.termsOf(ctx, [saved.planId])).toEqual([]);
    expect((await terms.termsOf(otherCtx, [saved.planId])).map((t) => t.published)).toEqual([false]);
  });
});
