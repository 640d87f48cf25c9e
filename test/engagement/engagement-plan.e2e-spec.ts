import { QueryCounter } from '@app/database';
import { SANCTION_WARNING } from '@app/engagement';
import { createPilot, createProgramme, journeyTypes, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { M, Q } from './engagement-support';

describe('an engagement plan (Market it): incentives, communication, resources, with history and roles', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let pilotId: string;
  let planId: string;
  let planVersion: number;
  let sanctionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Cleaner streets')).id;
    pilotId = (await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Street champions' })).id;
  });
  afterAll(() => t.close());

  it('has no plan until one is made, then makes it once however often it is asked for', async () => {
    expect((await t.client.ok(Q.pilotPlan, { id: pilotId }, org.as.VIEWER)).pilot.engagementPlan).toBeNull();
    const made = (await t.client.ok(M.createPlan, { input: { pilotId } }, org.as.CONSULTANT)).createEngagementPlan;
    expect(made).toMatchObject({ pilotId, version: 1 });
    const again = (await t.client.ok(M.createPlan, { input: { pilotId } }, org.as.PROGRAMME_MANAGER)).createEngagementPlan;
    expect(again).toEqual(made);
    planId = made.id;
    planVersion = made.version;
  });

  it('adds incentives of every kind: none warns but a SANCTION, whose warning cites Alford 2009', async () => {
    for (const kind of ['INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL']) {
      const added = (
        await t.client.ok(
          M.addIncentive,
          { input: { pilotId, kind, description: `${kind} reason`, audience: 'residents' } },
          org.as.CONSULTANT,
        )
      ).addIncentive;
      expect(added.warnings).toEqual([]);
      expect(added.incentive).toMatchObject({ kind, warning: null });
      expect(added.plan.version).toBe(planVersion + 1);
      planVersion = added.plan.version;
    }
    const sanction = (
      await t.client.ok(
        M.addIncentive,
        { input: { pilotId, kind: 'SANCTION', description: 'Lose the allotment after three missed sessions' } },
        org.as.CONSULTANT,
      )
    ).addIncentive;
    expect(sanction.incentive).toMatchObject({ kind: 'SANCTION', audience: '', warning: SANCTION_WARNING });
    expect(sanction.warnings).toHaveLength(1);
    expect(sanction.warnings[0]).toMatch(/Alford 2009/);
    expect(sanction.warnings[0]).toMatch(/counterproductive|backfire/i);
    sanctionId = sanction.incentive.id;
    planVersion = sanction.plan.version;
  });

  it('warns again when an incentive is changed into a sanction, and not when it is changed out of one', async () => {
    const social = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).engagementPlan.incentives.find(
      (i: { kind: string }) => i.kind === 'SOCIAL',
    );
    const toSanction = (
      await t.client.ok(M.updateIncentive, { input: { incentiveId: social.id, planVersion, kind: 'SANCTION' } }, org.as.CONSULTANT)
    ).updateIncentive;
    expect(toSanction.warnings).toEqual([SANCTION_WARNING]);
    planVersion = toSanction.plan.version;
    const back = (
      await t.client.ok(
        M.updateIncentive,
        { input: { incentiveId: social.id, planVersion, kind: 'SOCIAL', description: 'Monthly get-together' } },
        org.as.CONSULTANT,
      )
    ).updateIncentive;
    expect(back.warnings).toEqual([]);
    expect(back.incentive).toMatchObject({ kind: 'SOCIAL', description: 'Monthly get-together', audience: 'residents' });
    planVersion = back.plan.version;
  });

  it('refuses a stale plan version with CONFLICT and changes nothing', async () => {
    const stale = await t.client.fails(
      M.updateIncentive,
      { input: { incentiveId: sanctionId, planVersion: planVersion - 1, description: 'Changed' } },
      org.as.CONSULTANT,
    );
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.extensions?.currentVersion).toBe(planVersion);
    const staleAdd = await t.client.fails(
      M.addIncentive,
      { input: { pilotId, planVersion: 1, kind: 'SOCIAL', description: 'x' } },
      org.as.CONSULTANT,
    );
    expect(staleAdd.extensions?.code).toBe('CONFLICT');
    const plan = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).engagementPlan;
    expect(plan.version).toBe(planVersion);
    expect(plan.incentives).toHaveLength(5);
    expect(plan.incentives.find((i: { id: string }) => i.id === sanctionId).description).toBe(
      'Lose the allotment after three missed sessions',
    );
  });

  it('plans communication actions with dates, and marks them done', async () => {
    const action = (
      await t.client.ok(
        M.addAction,
        {
          input: {
            pilotId,
            channel: 'Ward newsletter',
            audience: 'Riverside ward',
            message: 'Join a street champions evening',
            startsOn: '2026-03-01',
            endsOn: '2026-03-31',
          },
        },
        org.as.CONSULTANT,
      )
    ).addCommunicationAction;
    expect(action).toMatchObject({
      channel: 'Ward newsletter',
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      done: false,
      plan: { version: planVersion + 1 },
    });
    planVersion = action.plan.version;

    const backwards = await t.client.fails(
      M.addAction,
      { input: { pilotId, channel: 'Radio', message: 'x', startsOn: '2026-04-02', endsOn: '2026-04-01' } },
      org.as.CONSULTANT,
    );
    expect(backwards.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.extensions?.fields).toEqual([{ field: 'input.endsOn', message: expect.stringMatching(/on or after the start date/) }]);
    const impossible = await t.client.fails(
      M.addAction,
      { input: { pilotId, channel: 'Radio', message: 'x', startsOn: '2026-02-30' } },
      org.as.CONSULTANT,
    );
    expect(impossible.extensions?.code).toBe('BAD_USER_INPUT');
    expect(impossible.message).toMatch(/YYYY-MM-DD/);
    const blank = await t.client.fails(M.addAction, { input: { pilotId, channel: '  ', message: 'x' } }, org.as.CONSULTANT);
    expect(blank.extensions?.fields?.[0]?.field).toBe('input.channel');

    const done = (
      await t.client.ok(
        M.updateAction,
        { input: { communicationActionId: action.id, planVersion, done: true, clearEndsOn: true } },
        org.as.CONSULTANT,
      )
    ).updateCommunicationAction;
    expect(done).toMatchObject({ done: true, startsOn: '2026-03-01', endsOn: null });
    planVersion = done.plan.version;
    const bad = await t.client.fails(
      M.updateAction,
      { input: { communicationActionId: action.id, planVersion, startsOn: '2026-05-01', endsOn: '2026-04-01' } },
      org.as.CONSULTANT,
    );
    expect(bad.extensions?.fields?.[0]?.field).toBe('input.endsOn');
  });

  it('records the resources the body gives participants (Jakobsen 2012)', async () => {
    const kinds = ['SKILLS_AND_KNOWLEDGE', 'TOOLS_AND_FACILITIES', 'TIME'];
    for (const kind of kinds) {
      const added = (
        await t.client.ok(M.addResource, { input: { pilotId, kind, description: `${kind} for champions` } }, org.as.PROGRAMME_MANAGER)
      ).addParticipantResource;
      expect(added.kind).toBe(kind);
      planVersion = added.plan.version;
    }
    const wrong = await t.client.fails(M.addResource, { input: { pilotId, kind: 'MONEY', description: 'x' } }, org.as.PROGRAMME_MANAGER);
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    const plan = (await t.client.ok(Q.pilotPlan, { id: pilotId }, org.as.VIEWER)).pilot.engagementPlan;
    expect(plan.resources.map((r: { kind: string }) => r.kind)).toEqual(kinds);
    expect(plan.version).toBe(planVersion);
  });

  it('removes parts with the plan version, and answers the plan', async () => {
    const plan = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).engagementPlan;
    const removed = (await t.client.ok(M.removeIncentive, { input: { incentiveId: sanctionId, planVersion } }, org.as.CONSULTANT))
      .removeIncentive;
    expect(removed).toEqual({ id: planId, version: planVersion + 1 });
    planVersion = removed.version;
    const resource = plan.resources[2];
    planVersion = (await t.client.ok(M.removeResource, { input: { participantResourceId: resource.id, planVersion } }, org.as.CONSULTANT))
      .removeParticipantResource.version;
    const gone = await t.client.fails(M.removeIncentive, { input: { incentiveId: sanctionId, planVersion } }, org.as.CONSULTANT);
    expect(gone.extensions?.code).toBe('NOT_FOUND');
    const after = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).engagementPlan;
    expect(after.incentives.map((i: { kind: string }) => i.kind)).toEqual(['INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL']);
    expect(after.resources).toHaveLength(2);
  });

  it("writes one event per change in the programme's history, with ids and kinds and no free text", async () => {
    const events = (await journeyTypes(t, org.as.VIEWER, programmeId)).filter((e) => e.payload.planId === planId);
    const types = events.map((e) => e.type);
    expect(types.filter((type) => type === 'ENGAGEMENT_PLAN_CREATED')).toHaveLength(1);
    expect(types.filter((type) => type === 'INCENTIVE_ADDED')).toHaveLength(5);
    expect(types).toEqual(
      expect.arrayContaining([
        'INCENTIVE_UPDATED',
        'INCENTIVE_REMOVED',
        'COMMUNICATION_ACTION_ADDED',
        'COMMUNICATION_ACTION_UPDATED',
        'PARTICIPANT_RESOURCE_ADDED',
        'PARTICIPANT_RESOURCE_REMOVED',
      ]),
    );
    expect(events.find((e) => e.type === 'INCENTIVE_ADDED' && e.payload.kind === 'SANCTION')?.payload).toEqual({
      programmeId,
      pilotId,
      planId,
      incentiveId: sanctionId,
      kind: 'SANCTION',
    });
    const text = JSON.stringify(events);
    for (const free of ['allotment', 'Monthly get-together', 'newsletter', 'street champions evening', 'for champions'])
      expect(text).not.toContain(free);
  });

  it('lets CONTRIBUTOR and VIEWER read the plan but not change it (FORBIDDEN)', async () => {
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
      const refused = await t.client.fails(M.addIncentive, { input: { pilotId, kind: 'SOCIAL', description: 'x' } }, org.as[role]);
      expect([role, refused.extensions?.code]).toEqual([role, 'FORBIDDEN']);
      const refusedPlan = await t.client.fails(M.createPlan, { input: { pilotId } }, org.as[role]);
      expect(refusedPlan.extensions?.code).toBe('FORBIDDEN');
      expect((await t.client.ok(Q.plan, { id: planId }, org.as[role])).engagementPlan.id).toBe(planId);
    }
  });

  it("answers NOT_FOUND for another organisation's pilots, plans and parts, and changes nothing", async () => {
    const intruder = other.as.ADMIN;
    const plan = (await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).engagementPlan;
    const attempts: Array<[string, Record<string, unknown>]> = [
      [M.createPlan, { pilotId }],
      [M.addIncentive, { pilotId, kind: 'SOCIAL', description: 'x' }],
      [M.updateIncentive, { incentiveId: plan.incentives[0].id, planVersion: plan.version, description: 'x' }],
      [M.removeIncentive, { incentiveId: plan.incentives[0].id, planVersion: plan.version }],
      [M.updateAction, { communicationActionId: plan.communicationActions[0].id, planVersion: plan.version, done: false }],
      [M.removeResource, { participantResourceId: plan.resources[0].id, planVersion: plan.version }],
      [M.saveTerms, { pilotId, expectations: 'x', rulesOfEngagement: 'y' }],
      [M.publishTerms, { pilotId, version: 1 }],
    ];
    for (const [document, input] of attempts) {
      const error = await t.client.fails(document, { input }, intruder);
      expect([document.slice(0, 40), error.extensions?.code]).toEqual([document.slice(0, 40), 'NOT_FOUND']);
    }
    expect((await t.client.fails(Q.plan, { id: planId }, intruder)).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client.fails(Q.pilotPlan, { id: pilotId }, intruder)).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client.ok(Q.plan, { id: planId }, org.as.VIEWER)).engagementPlan).toEqual(plan);
  });
  it('loads the plans of a page of pilots, with all their parts, in one statement per kind of record', async () => {
    for (const name of ['Alley gardens', 'Bench adopters']) {
      const id = (await createPilot(t, org.as.CONSULTANT, { programmeId, name })).id;
      await t.client.ok(M.addIncentive, { input: { pilotId: id, kind: 'INTRINSIC', description: 'x' } }, org.as.CONSULTANT);
      await t.client.ok(M.saveTerms, { input: { pilotId: id, expectations: 'e', rulesOfEngagement: 'r' } }, org.as.CONSULTANT);
    }
    const counter = t.app.get(QueryCounter);
    const statementsFor = async (document: string) => {
      const before = counter.total;
      const data = await t.client.ok(document, { programmeId }, org.as.VIEWER);
      return { statements: counter.total - before, data };
    };
    const plain = await statementsFor(`query($programmeId: ID!) { pilots(programmeId: $programmeId) { edges { node { id } } } }`);
    const full = await statementsFor(`query($programmeId: ID!) { pilots(programmeId: $programmeId) { edges { node { id engagementPlan {
      incentives { id } terms { version } latestTerms { version } publishedTerms { version } communicationActions { id } resources { id } } } } } }`);
    expect(full.data.pilots.edges.filter((e: any) => e.node.engagementPlan)).toHaveLength(3);
    expect(full.statements - plain.statements).toBe(5); // plans, incentives, terms, communication actions, resources
  });
});
