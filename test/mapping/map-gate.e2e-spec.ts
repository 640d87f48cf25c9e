import { startTestApp, type TestApp } from '../support/test-app';

/** Map it's record-based checklist items open as the map fills in. */
describe('the Map-it gate reads the map', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('opens as initiatives are recorded in every active service area and the map is published', async () => {
    const admin = await t.client.signUp('Manager');
    const as = { token: admin.token, organisationId: await t.client.createOrganisation(admin.token) };
    const programme = (await t.client.ok(`mutation { createProgramme(input: { name: "Map the borough" }) { id version } }`, {}, as))
      .createProgramme;
    const mapStep = async () => {
      const data = await t.client.ok(
        `query($id: ID!) { programme(id: $id) { steps { step gate { open openItems { key } } items { key verdict { satisfied explanation } } } } }`,
        { id: programme.id },
        as,
      );
      const step = data.programme.steps.find((s: { step: string }) => s.step === 'MAP');
      return { gate: step.gate, verdict: Object.fromEntries(step.items.map((i: { key: string; verdict: object }) => [i.key, i.verdict])) };
    };

    // Keep two active service areas: the rule asks for initiatives in each active one.
    const areas = (await t.client.ok(`{ serviceAreas { id name active } }`, {}, as)).serviceAreas as Array<{ id: string; name: string }>;
    const [health, housing, ...others] = areas;
    for (const area of others) {
      await t.client.ok(
        `mutation($input: UpdateServiceAreaInput!) { updateServiceArea(input: $input) { id } }`,
        { input: { serviceAreaId: area.id, version: 1, active: false } },
        as,
      );
    }
    let map = await mapStep();
    expect(map.verdict['map.describe_initiatives']).toEqual({
      satisfied: false,
      explanation: expect.stringMatching(/0 of 2 active service areas/),
    });
    expect(map.verdict['map.publish_findings'].satisfied).toBe(false);

    const create = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`;
    const first = (
      await t.client.ok(
        create,
        {
          input: { name: 'Walking group', serviceAreaId: health.id, forms: ['CO_PERFORMING'], publicBodyInput: 'A nurse leads the walks' },
        },
        as,
      )
    ).createInitiative;
    map = await mapStep();
    expect(map.verdict['map.describe_initiatives'].explanation).toMatch(/1 of 2 active service areas/);

    await t.client.ok(
      create,
      { input: { name: 'Tenants panel', serviceAreaId: housing.id, forms: ['CO_DESIGN'], publicBodyInput: 'Officers attend monthly' } },
      as,
    );
    map = await mapStep();
    expect(map.verdict['map.describe_initiatives']).toEqual({
      satisfied: true,
      explanation: 'Initiatives are recorded for all 2 active service areas.',
    });
    expect(map.gate.openItems.map((i: { key: string }) => i.key)).not.toContain('map.describe_initiatives');

    await t.client.ok(
      `mutation($input: PublishInitiativesInput!) { publishInitiatives(input: $input) { id } }`,
      { input: { initiativeIds: [first.id], published: true } },
      as,
    );
    map = await mapStep();
    expect(map.verdict['map.publish_findings']).toEqual({ satisfied: true, explanation: '1 initiative is published.' });

    // With an owner and the hand-ticked item done too, the gate opens and the programme can advance.
    const read = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { version steps { step items { id key kind required } } } }`,
      { id: programme.id },
      as,
    );
    await t.client.ok(
      `mutation($input: UpdateProgrammeStepInput!) { updateProgrammeStep(input: $input) { id } }`,
      { input: { programmeId: programme.id, version: read.programme.version, step: 'MAP', ownerId: admin.userId } },
      as,
    );
    const manual = read.programme.steps[0].items.filter((i: { kind: string; required: boolean }) => i.kind === 'MANUAL' && i.required);
    for (const item of manual) {
      await t.client.ok(
        `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`,
        { input: { itemId: item.id, evidenceText: 'Mapping workshop, 3 March' } },
        as,
      );
    }
    map = await mapStep();
    expect(map.gate).toEqual({ open: true, openItems: [] });
    const advanced = await t.client.ok(
      `mutation($input: GatedMoveInput!) { advanceStep(input: $input) { currentStep } }`,
      { input: { programmeId: programme.id, version: read.programme.version + 1 } },
      as,
    );
    expect(advanced.advanceStep.currentStep).toBe('FOCUS');
  });
});
