import { startTestApp, type TestApp } from '../support/test-app';
import { ADVANCE, createProgramme, workflowOnlyTemplate, readProgramme, satisfyCurrentStep } from './programme-support';

describe('programme concurrency', () => {
  let t: TestApp;
  let as: { token: string; organisationId: string };
  let userId: string;
  let templateId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.client.signUp('Manager');
    userId = admin.userId;
    as = { token: admin.token, organisationId: await t.client.createOrganisation(admin.token) };
    templateId = await workflowOnlyTemplate(t.client, as);
  });
  afterAll(() => t.close());

  const journeyTypes = async (programmeId: string): Promise<string[]> => {
    const data = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { journey(first: 100) { edges { node { type sequence } } } } }`,
      { id: programmeId },
      as,
    );
    const nodes = data.programme.journey.edges.map((e: { node: { type: string; sequence: number } }) => e.node);
    expect(nodes.map((n: { sequence: number }) => n.sequence)).toEqual(nodes.map((_: unknown, i: number) => i + 1));
    return nodes.map((n: { type: string }) => n.type);
  };

  it('50 concurrent advances with the same version: one succeeds, 49 get CONFLICT, one event is written', async () => {
    const programme = await satisfyCurrentStep(t.client, as, await createProgramme(t.client, as, 'Racing', templateId), userId);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.client.request(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as)),
    );
    const succeeded = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT');
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(conflicts[0].errors![0].extensions!.currentVersion).toBe(programme.version + 1);
    const after = await readProgramme(t.client, as, programme.id);
    expect(after.currentStep).toBe('FOCUS');
    expect((await journeyTypes(programme.id)).filter((type) => type === 'STEP_ADVANCED')).toHaveLength(1);
  });

  it('an untick racing an advance never leaves a step completed with a required item open', async () => {
    for (let round = 0; round < 8; round++) {
      const programme = await satisfyCurrentStep(t.client, as, await createProgramme(t.client, as, `Race ${round}`, templateId), userId);
      const item = programme.steps[0].items.find((i) => i.required && i.kind === 'MANUAL')!;
      const untick = t.client.request(
        `mutation($input: UntickChecklistItemInput!) { untickChecklistItem(input: $input) { id } }`,
        { input: { itemId: item.id } },
        as,
      );
      const advance = t.client.request(ADVANCE, { input: { programmeId: programme.id, version: programme.version } }, as);
      const [unticked, advanced] = round % 2 ? [await untick, await advance] : await Promise.all([untick, advance]);
      const after = await readProgramme(t.client, as, programme.id);
      const map = after.steps.find((s) => s.step === 'MAP')!;
      // Whichever won, a completed Map it has its gate satisfied.
      if (map.state === 'COMPLETED') {
        expect(map.gate.open).toBe(true);
        expect(unticked.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
      } else {
        expect(advanced.errors?.[0].extensions?.code).toBe('GATE_NOT_MET');
        expect(unticked.errors).toBeUndefined();
      }
    }
  });
});
