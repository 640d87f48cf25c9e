import { startTestApp, type TestApp } from '../support/test-app';
import { createProgramme, journeyTypes, type Organisation, organisationWithRoles, serviceAreaIds } from './pilot-support';

const AREA_FIELDS = `id version programmeId serviceAreaId serviceAreaName rationale selected scorers overallScore
  need { mean standardDeviation min max } feasibility { mean standardDeviation min max }
  appetite { mean standardDeviation min max } impact { mean standardDeviation min max } myScores { need feasibility appetite impact }`;
const CREATE = `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { ${AREA_FIELDS} } }`;
const SCORE = `mutation($input: ScorePriorityAreaInput!) { scorePriorityArea(input: $input) { ${AREA_FIELDS} } }`;
const SELECT = `mutation($input: SelectPriorityAreaInput!) { selectPriorityArea(input: $input) { ${AREA_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePriorityAreaInput!) { updatePriorityArea(input: $input) { ${AREA_FIELDS} } }`;
const RANKED = `query($programmeId: ID!, $selected: Boolean) { priorityAreas(programmeId: $programmeId, selected: $selected) { ${AREA_FIELDS} } }`;

describe('priority areas: scoring as a room, ranking and selection', () => {
  let t: TestApp;
  let org: Organisation;
  let programmeId: string;
  let areas: Array<{ id: string; name: string }>;
  const byName: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t);
    programmeId = (await createProgramme(t, org.as.ADMIN)).id;
    areas = await serviceAreaIds(t, org.as.ADMIN, 5);
  });
  afterAll(() => t.close());

  const score = (who: 'PROGRAMME_MANAGER' | 'CONSULTANT', name: string, [need, feasibility, appetite, impact]: number[]) =>
    t.client.ok(SCORE, { input: { priorityAreaId: byName[name].id, need, feasibility, appetite, impact } }, org.as[who]);

  it('proposes priority areas, one per service area, as a consultant', async () => {
    for (const [i, area] of areas.entries()) {
      const created = (
        await t.client.ok(CREATE, { input: { programmeId, serviceAreaId: area.id, rationale: `Rationale ${i}` } }, org.as.CONSULTANT)
      ).createPriorityArea;
      expect(created).toMatchObject({
        programmeId,
        serviceAreaId: area.id,
        serviceAreaName: area.name,
        selected: false,
        scorers: 0,
        overallScore: null,
        myScores: null,
        version: 1,
      });
      expect(created.need).toEqual({ mean: null, standardDeviation: null, min: null, max: null });
      byName[area.name] = created;
    }
    const again = await t.client.fails(CREATE, { input: { programmeId, serviceAreaId: areas[0].id } }, org.as.CONSULTANT);
    expect(again.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.serviceAreaId', message: expect.stringMatching(/already a priority area/) }],
    });
    const unknown = await t.client.fails(
      CREATE,
      { input: { programmeId, serviceAreaId: '00000000-0000-4000-8000-000000000000' } },
      org.as.CONSULTANT,
    );
    expect(unknown.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.serviceAreaId', message: "is not one of the organisation's service areas" }],
    });
  });

  it('gives each criterion its mean and spread from two members, and replaces a member’s scores when they score again', async () => {
    const [a, b, c, d] = areas.map((area) => area.name);
    await score('PROGRAMME_MANAGER', a, [5, 4, 4, 3]);
    const scoredA = (await score('CONSULTANT', a, [3, 4, 2, 5])).scorePriorityArea;
    expect(scoredA).toMatchObject({
      scorers: 2,
      need: { mean: 4, standardDeviation: 1, min: 3, max: 5 },
      feasibility: { mean: 4, standardDeviation: 0, min: 4, max: 4 },
      appetite: { mean: 3, standardDeviation: 1, min: 2, max: 4 },
      impact: { mean: 4, standardDeviation: 1, min: 3, max: 5 },
      overallScore: 3.75,
      myScores: { need: 3, feasibility: 4, appetite: 2, impact: 5 },
    });
    await score('PROGRAMME_MANAGER', b, [4, 4, 4, 4]);
    await score('PROGRAMME_MANAGER', c, [2, 2, 2, 2]);
    const rescored = (await score('PROGRAMME_MANAGER', c, [5, 5, 5, 4])).scorePriorityArea;
    expect(rescored).toMatchObject({
      scorers: 1,
      overallScore: 4.75,
      need: { mean: 5, standardDeviation: 0, min: 5, max: 5 },
      myScores: { need: 5, impact: 4 },
    });
    await score('PROGRAMME_MANAGER', d, [4, 4, 4, 4]);
    expect((await score('CONSULTANT', d, [5, 3, 4, 4])).scorePriorityArea).toMatchObject({
      scorers: 2,
      overallScore: 4,
      need: { mean: 4.5, standardDeviation: 0.5 },
    });
  });

  it('ranks by overall score; a tie goes to the area more members scored; unscored areas come last', async () => {
    const [a, b, c, d, e] = areas.map((area) => area.name);
    const ranked = (await t.client.ok(RANKED, { programmeId }, org.as.VIEWER)).priorityAreas;
    expect(ranked.map((area: { serviceAreaName: string }) => area.serviceAreaName)).toEqual([c, d, b, a, e]);
    expect(ranked.map((area: { overallScore: number | null; scorers: number }) => [area.overallScore, area.scorers])).toEqual([
      [4.75, 1],
      [4, 2],
      [4, 1],
      [3.75, 2],
      [null, 0],
    ]);
    // Each reader sees their own sheet only.
    expect(ranked[3].myScores).toBeNull();
  });

  it('refuses scores outside 1–5, fractions and text, naming the field, and keeps the scores it had', async () => {
    const area = byName[areas[0].name];
    const input = { priorityAreaId: area.id, need: 3, feasibility: 3, appetite: 3, impact: 3 };
    for (const [field, value] of [
      ['need', 0],
      ['impact', 6],
      ['appetite', -1],
    ] as const) {
      const error = await t.client.fails(SCORE, { input: { ...input, [field]: value } }, org.as.CONSULTANT);
      expect(error.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: `input.${field}`, message: 'must be a whole number from 1 to 5' }],
      });
    }
    for (const value of [2.5, 'high', null]) {
      const error = await t.client.fails(SCORE, { input: { ...input, feasibility: value } }, org.as.CONSULTANT);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('input.feasibility');
    }
    const after = (await t.client.ok(`query($id: ID!) { priorityArea(id: $id) { ${AREA_FIELDS} } }`, { id: area.id }, org.as.CONSULTANT))
      .priorityArea;
    expect(after).toMatchObject({ scorers: 2, overallScore: 3.75, myScores: { need: 3, feasibility: 4, appetite: 2, impact: 5 } });
  });

  it('edits the rationale with the version; a stale version is CONFLICT', async () => {
    const area = byName[areas[1].name];
    const edited = (
      await t.client.ok(
        UPDATE,
        { input: { priorityAreaId: area.id, version: area.version, rationale: 'Repeat calls from the same streets' } },
        org.as.CONSULTANT,
      )
    ).updatePriorityArea;
    expect(edited).toMatchObject({ rationale: 'Repeat calls from the same streets', version: area.version + 1, scorers: 1 });
    const stale = await t.client.fails(
      UPDATE,
      { input: { priorityAreaId: area.id, version: area.version, rationale: 'Older view' } },
      org.as.CONSULTANT,
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: area.version + 1 });
    byName[areas[1].name] = edited;
  });

  it('selects areas for piloting (DECIDE_AND_PUBLISH only), with the version', async () => {
    const top = byName[areas[2].name];
    const forbidden = await t.client.fails(
      SELECT,
      { input: { priorityAreaId: top.id, selected: true, version: top.version } },
      org.as.CONSULTANT,
    );
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const selected = (
      await t.client.ok(SELECT, { input: { priorityAreaId: top.id, selected: true, version: top.version } }, org.as.PROGRAMME_MANAGER)
    ).selectPriorityArea;
    expect(selected).toMatchObject({ selected: true, version: top.version + 1 });
    const stale = await t.client.fails(
      SELECT,
      { input: { priorityAreaId: top.id, selected: false, version: top.version } },
      org.as.PROGRAMME_MANAGER,
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: top.version + 1 });
    const chosen = (await t.client.ok(RANKED, { programmeId, selected: true }, org.as.VIEWER)).priorityAreas;
    expect(chosen.map((area: { id: string }) => area.id)).toEqual([top.id]);
  });

  it('records creation, scoring and selection in the programme history with ids, never names', async () => {
    const events = await journeyTypes(t, org.as.ADMIN, programmeId);
    const types = events.map((e) => e.type);
    expect(types.filter((type) => type === 'PRIORITY_AREA_CREATED')).toHaveLength(5);
    expect(types.filter((type) => type === 'PRIORITY_SCORED')).toHaveLength(7);
    expect(types.filter((type) => type === 'PRIORITY_SELECTED')).toHaveLength(1);
    const scored = events.filter((e) => e.type === 'PRIORITY_SCORED');
    expect(scored[0].payload).toEqual({
      programmeId,
      priorityAreaId: byName[areas[0].name].id,
      userId: org.as.PROGRAMME_MANAGER.userId,
      replaced: false,
    });
    expect(scored.some((e) => e.payload.replaced === true)).toBe(true);
    const text = JSON.stringify(events.map((e) => e.payload));
    expect(text).not.toMatch(/PROGRAMME_MANAGER person|Test Council/);
    expect(events.find((e) => e.type === 'PRIORITY_SELECTED')?.payload).toMatchObject({
      priorityAreaId: byName[areas[2].name].id,
      selected: true,
    });
  });

  it('lets ADMIN, PROGRAMME_MANAGER and CONSULTANT propose and score; CONTRIBUTOR and VIEWER only read', async () => {
    const area = byName[areas[4].name];
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
      const scored = await t.client.fails(
        SCORE,
        { input: { priorityAreaId: area.id, need: 3, feasibility: 3, appetite: 3, impact: 3 } },
        org.as[role],
      );
      expect(scored.extensions?.code).toBe('FORBIDDEN');
      const created = await t.client.fails(CREATE, { input: { programmeId, serviceAreaId: areas[4].id } }, org.as[role]);
      expect(created.extensions?.code).toBe('FORBIDDEN');
      expect((await t.client.ok(RANKED, { programmeId }, org.as[role])).priorityAreas).toHaveLength(5);
    }
    expect(
      (await t.client.ok(SCORE, { input: { priorityAreaId: area.id, need: 2, feasibility: 2, appetite: 2, impact: 2 } }, org.as.ADMIN))
        .scorePriorityArea.scorers,
    ).toBe(1);
  });

  it("answers NOT_FOUND for another organisation's priority areas and programme, and never lists them", async () => {
    const stranger = await t.client.signUp('Stranger');
    const theirs = { token: stranger.token, organisationId: await t.client.createOrganisation(stranger.token, 'Other Council') };
    const theirProgramme = (await createProgramme(t, theirs, 'Not yours')).id;
    const [theirArea] = await serviceAreaIds(t, theirs, 1);
    const foreign = (await t.client.ok(CREATE, { input: { programmeId: theirProgramme, serviceAreaId: theirArea.id } }, theirs))
      .createPriorityArea;

    const attempts: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { priorityArea(id: $id) { id } }`, { id: foreign.id }],
      [RANKED, { programmeId: theirProgramme }],
      [SCORE, { input: { priorityAreaId: foreign.id, need: 1, feasibility: 1, appetite: 1, impact: 1 } }],
      [SELECT, { input: { priorityAreaId: foreign.id, selected: true, version: 1 } }],
      [UPDATE, { input: { priorityAreaId: foreign.id, version: 1, rationale: 'Taken over' } }],
      [CREATE, { input: { programmeId: theirProgramme, serviceAreaId: areas[0].id } }],
    ];
    for (const [query, variables] of attempts) {
      const error = await t.client.fails(query, variables, org.as.ADMIN);
      expect([query.slice(0, 50), error.extensions?.code]).toEqual([query.slice(0, 50), 'NOT_FOUND']);
    }
    // Their service area is not ours to propose either (named as the field at fault, revealing nothing).
    const borrowed = await t.client.fails(CREATE, { input: { programmeId, serviceAreaId: theirArea.id } }, org.as.ADMIN);
    expect(borrowed.extensions?.fields).toEqual([
      { field: 'input.serviceAreaId', message: "is not one of the organisation's service areas" },
    ]);
    const after = (await t.client.ok(`query($id: ID!) { priorityArea(id: $id) { ${AREA_FIELDS} } }`, { id: foreign.id }, theirs))
      .priorityArea;
    expect(after).toMatchObject({ scorers: 0, selected: false, version: 1, rationale: '' });
    const ours = (await t.client.ok(RANKED, { programmeId }, org.as.ADMIN)).priorityAreas;
    expect(ours.map((a: { id: string }) => a.id)).not.toContain(foreign.id);
  });
});
