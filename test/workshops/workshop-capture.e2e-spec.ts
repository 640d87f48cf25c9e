import { createProgramme, type Organisation, organisationWithRoles, serviceAreaIds } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';

const OUTPUT = `id workshopId position kind text agendaItemId convertedKind convertedId version`;
const M = {
  plan: `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id version agenda { id } } }`,
  start: `mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id status version } }`,
  capture: `mutation($input: CaptureWorkshopOutputsInput!) { captureWorkshopOutputs(input: $input) { ${OUTPUT} } }`,
  update: `mutation($input: UpdateWorkshopOutputInput!) { updateWorkshopOutput(input: $input) { ${OUTPUT} } }`,
  remove: `mutation($input: WorkshopOutputVersionInput!) { deleteWorkshopOutput(input: $input) { ${OUTPUT} } }`,
  convert: `mutation($input: ConvertWorkshopOutputInput!) { convertWorkshopOutput(input: $input) { ${OUTPUT} } }`,
};
const Q = {
  outputs: `query($id: ID!) { workshop(id: $id) { id outputs { ${OUTPUT} } } }`,
  task: `query($id: ID!) { task(id: $id) { id title description assigneeId dueDate workshopId workshopOutput { id workshopId } } }`,
  initiative: `query($id: ID!) { initiative(id: $id) { id name serviceAreaId published workshopOutput { id workshopId } } }`,
  priorityAreas: `query($programmeId: ID!) { priorityAreas(programmeId: $programmeId) { id serviceAreaId rationale workshopOutput { id workshopId } } }`,
  checklist: `query($id: ID!) { programme(id: $id) { steps { step items { id key tickedAt evidenceText workshopOutput { id workshopId } } } } }`,
};

const KINDS = ['NOTE', 'DECISION', 'ACTION', 'INITIATIVE', 'PRIORITY', 'RISK'];

interface Output {
  id: string;
  position: number;
  kind: string;
  text: string;
  convertedKind: string | null;
  convertedId: string | null;
  version: number;
}

/** Capture in the room over HTTP: twenty outputs in one call, each kind of conversion seen from both sides, refusals that change nothing, roles and the wall. */
describe('capturing a workshop’s outputs and converting them into records', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let workshopId: string;
  let captured: Output[];
  let areas: Array<{ id: string; name: string }>;

  const convert = (output: Output, into: Record<string, unknown>, as = org.as.CONSULTANT) =>
    t.client.request(M.convert, { input: { outputId: output.id, version: output.version, into } }, as);

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Parks together')).id;
    areas = await serviceAreaIds(t, org.as.ADMIN, 2);
    const planned = (
      await t.client.ok(
        M.plan,
        {
          input: {
            programmeId,
            title: 'Mapping morning',
            startsAt: '2027-03-04T09:30:00Z',
            endsAt: '2027-03-04T12:00:00Z',
            place: 'Town hall',
            facilitatorUserId: org.as.CONSULTANT.userId,
          },
        },
        org.as.CONSULTANT,
      )
    ).planWorkshop;
    workshopId = (await t.client.ok(M.start, { input: { workshopId: planned.id, version: planned.version } }, org.as.CONSULTANT))
      .startWorkshop.id;
  });
  afterAll(() => t.close());

  it('captures twenty outputs in one call, kept in the order given and listed on the workshop', async () => {
    const outputs = Array.from({ length: 20 }, (_, i) => ({ kind: KINDS[i % KINDS.length], text: `Point ${i + 1} from the room` }));
    captured = (await t.client.ok(M.capture, { input: { workshopId, outputs } }, org.as.CONSULTANT)).captureWorkshopOutputs;
    expect(captured.map((o) => [o.position, o.kind, o.text, o.convertedKind])).toEqual(
      outputs.map((o, i) => [i + 1, o.kind, o.text, null]),
    );
    const listed = (await t.client.ok(Q.outputs, { id: workshopId }, org.as.VIEWER)).workshop.outputs as Output[];
    expect(listed.map((o) => o.id)).toEqual(captured.map((o) => o.id));
  });

  it('refuses a whole batch with a bad output, naming its field, and keeps none of it', async () => {
    const refused = await t.client.fails(
      M.capture,
      {
        input: {
          workshopId,
          outputs: [
            { kind: 'NOTE', text: 'Fine' },
            { kind: 'NOTE', text: 'Also fine' },
            { kind: 'RISK', text: 'Fine too' },
            { kind: 'DECISION', text: '   ' },
          ],
        },
      },
      org.as.CONSULTANT,
    );
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions?.fields).toEqual([{ field: 'input.outputs[3].text', message: 'must not be blank' }]);
    expect((await t.client.ok(Q.outputs, { id: workshopId }, org.as.ADMIN)).workshop.outputs).toHaveLength(20);
  });

  it('edits and deletes an output that has not been converted', async () => {
    const [, , , , , , , , , , , , , , , , , , nineteenth, twentieth] = captured;
    const edited = (
      await t.client.ok(
        M.update,
        { input: { outputId: nineteenth.id, version: nineteenth.version, kind: 'DECISION', text: 'Meet again in June' } },
        org.as.CONTRIBUTOR,
      )
    ).updateWorkshopOutput;
    expect(edited).toMatchObject({ kind: 'DECISION', text: 'Meet again in June', version: 2 });
    const stale = await t.client.fails(M.update, { input: { outputId: nineteenth.id, version: 1, text: 'Late' } }, org.as.CONTRIBUTOR);
    expect(stale.extensions?.code).toBe('CONFLICT');
    await t.client.ok(M.remove, { input: { outputId: twentieth.id, version: twentieth.version } }, org.as.CONTRIBUTOR);
    expect((await t.client.ok(Q.outputs, { id: workshopId }, org.as.ADMIN)).workshop.outputs).toHaveLength(19);
  });

  it('leaves an output field sent as null as it was, like a field left out, rather than failing', async () => {
    const first = captured[0];
    const nothing = await t.client.fails(
      M.update,
      { input: { outputId: first.id, version: first.version, kind: null, text: null, agendaItemId: null } },
      org.as.CONTRIBUTOR,
    );
    expect([nothing.extensions?.code, nothing.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'input']);
    const edited = (
      await t.client.ok(
        M.update,
        { input: { outputId: first.id, version: first.version, kind: 'RISK', text: null, agendaItemId: null } },
        org.as.CONTRIBUTOR,
      )
    ).updateWorkshopOutput;
    expect(edited).toMatchObject({ kind: 'RISK', text: first.text, agendaItemId: null, version: first.version + 1 });
    captured[0] = edited;
  });

  it('converts an output into a task with an assignee and a due date, found from the workshop and from the task', async () => {
    const output = captured[2];
    const result = await convert(output, {
      task: { title: 'Map the ponds', assigneeId: org.as.CONTRIBUTOR.userId, dueDate: '2027-04-01' },
    });
    expect(result.errors).toBeUndefined();
    const converted = result.data.convertWorkshopOutput;
    expect(converted).toMatchObject({ id: output.id, convertedKind: 'TASK', version: 2 });
    const task = (await t.client.ok(Q.task, { id: converted.convertedId }, org.as.VIEWER)).task;
    expect(task).toMatchObject({
      title: 'Map the ponds',
      description: output.text,
      assigneeId: org.as.CONTRIBUTOR.userId,
      dueDate: '2027-04-01',
      workshopId,
      workshopOutput: { id: output.id, workshopId },
    });
    const again = await convert(converted, { task: {} });
    expect(again.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('converts outputs into an initiative, a priority area and a checklist tick, each linked back to the workshop', async () => {
    const initiative = await convert(captured[3], { initiative: { serviceAreaId: areas[0].id, name: 'Pond dippers' } });
    expect(initiative.errors).toBeUndefined();
    expect(
      (await t.client.ok(Q.initiative, { id: initiative.data.convertWorkshopOutput.convertedId }, org.as.VIEWER)).initiative,
    ).toMatchObject({
      name: 'Pond dippers',
      serviceAreaId: areas[0].id,
      published: false,
      workshopOutput: { id: captured[3].id, workshopId },
    });

    const area = await convert(captured[4], { priorityArea: { serviceAreaId: areas[1].id } });
    expect(area.errors).toBeUndefined();
    const ranked = (await t.client.ok(Q.priorityAreas, { programmeId }, org.as.VIEWER)).priorityAreas;
    expect(ranked).toEqual([
      {
        id: area.data.convertWorkshopOutput.convertedId,
        serviceAreaId: areas[1].id,
        rationale: captured[4].text,
        workshopOutput: { id: captured[4].id, workshopId },
      },
    ]);

    const tick = await convert(captured[1], { checklistTick: { itemKey: 'map.record_existing' } });
    expect(tick.errors).toBeUndefined();
    const steps = (await t.client.ok(Q.checklist, { id: programmeId }, org.as.VIEWER)).programme.steps;
    const item = steps.flatMap((s: { items: unknown[] }) => s.items).find((i: { key: string }) => i.key === 'map.record_existing');
    expect(item).toMatchObject({ id: tick.data.convertWorkshopOutput.convertedId, workshopOutput: { id: captured[1].id, workshopId } });
    expect(item.tickedAt).not.toBeNull();
    expect(item.evidenceText).toContain('Mapping morning');
    expect(item.evidenceText).toContain(workshopId);

    const kinds = ((await t.client.ok(Q.outputs, { id: workshopId }, org.as.VIEWER)).workshop.outputs as Output[])
      .slice(0, 5)
      .map((o) => o.convertedKind);
    expect(kinds).toEqual([null, 'CHECKLIST_TICK', 'TASK', 'INITIATIVE', 'PRIORITY_AREA']);
  });

  it('leaves the output in place with the error, naming the field, when a conversion fails', async () => {
    const output = captured[5];
    const ticked = await convert(output, { checklistTick: { itemKey: 'map.record_existing' } });
    expect(ticked.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.into.checklistTick.itemKey', message: 'is already ticked: untick it first to give other evidence' }],
    });
    const theirs = (await serviceAreaIds(t, other.as.ADMIN, 1))[0].id;
    const area = await convert(output, { priorityArea: { serviceAreaId: theirs } });
    expect(area.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.into.priorityArea.serviceAreaId', message: "is not one of the organisation's service areas" },
    ]);
    const both = await convert(output, { task: {}, priorityArea: { serviceAreaId: areas[0].id } });
    expect(both.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.into', message: 'must name exactly one record to make, not task and priorityArea' },
    ]);
    const longTitle = await convert(output, { task: { title: 'x'.repeat(201) } });
    expect(longTitle.errors?.[0].extensions?.fields).toEqual([
      { field: 'input.into.task.title', message: 'must be 1 to 200 characters long' },
    ]);
    const now = ((await t.client.ok(Q.outputs, { id: workshopId }, org.as.VIEWER)).workshop.outputs as Output[]).find(
      (o) => o.id === output.id,
    );
    expect(now).toMatchObject({ convertedKind: null, convertedId: null, version: 1, text: output.text });
    expect((await t.client.ok(Q.priorityAreas, { programmeId }, org.as.VIEWER)).priorityAreas).toHaveLength(1);
  });

  it('says when what an output became no longer stands: its tick undone (even if ticked again on other evidence), its task deleted', async () => {
    const standing = async () =>
      new Map(
        (
          (
            await t.client.ok(
              `query($id: ID!) { workshop(id: $id) { outputs { id conversionStands } } }`,
              { id: workshopId },
              org.as.VIEWER,
            )
          ).workshop.outputs as Array<{ id: string; conversionStands: boolean | null }>
        ).map((o) => [o.id, o.conversionStands]),
      );
    const itemOf = async () =>
      (await t.client.ok(Q.checklist, { id: programmeId }, org.as.VIEWER)).programme.steps
        .flatMap((s: { items: unknown[] }) => s.items)
        .find((i: { key: string }) => i.key === 'map.record_existing');
    let now = await standing();
    expect(captured.slice(0, 5).map((o) => now.get(o.id))).toEqual([null, true, true, true, true]);

    const item = await itemOf();
    await t.client.ok(
      `mutation($input: UntickChecklistItemInput!) { untickChecklistItem(input: $input) { id } }`,
      { input: { itemId: item.id } },
      org.as.ADMIN,
    );
    expect((await itemOf()).workshopOutput).toBeNull();
    expect((await standing()).get(captured[1].id)).toBe(false);
    await t.client.ok(
      `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`,
      { input: { itemId: item.id, evidenceText: 'Walked the parks with the friends group' } },
      org.as.ADMIN,
    );
    expect(await itemOf()).toMatchObject({ evidenceText: 'Walked the parks with the friends group', workshopOutput: null });
    expect((await standing()).get(captured[1].id)).toBe(false);

    const outputs = (await t.client.ok(Q.outputs, { id: workshopId }, org.as.VIEWER)).workshop.outputs as Output[];
    const taskId = outputs.find((o) => o.id === captured[2].id)!.convertedId!;
    const task = (await t.client.ok(`query($id: ID!) { task(id: $id) { id version } }`, { id: taskId }, org.as.VIEWER)).task;
    await t.client.ok(
      `mutation($input: TaskVersionInput!) { deleteTask(input: $input) { id } }`,
      { input: { taskId, version: task.version } },
      org.as.ADMIN,
    );
    now = await standing();
    expect(captured.slice(0, 5).map((o) => now.get(o.id))).toEqual([null, false, false, true, true]);
  });

  it('lets a CONTRIBUTOR capture and convert, but not a VIEWER', async () => {
    const mine = (
      await t.client.ok(M.capture, { input: { workshopId, outputs: [{ kind: 'ACTION', text: 'Book the hall' }] } }, org.as.CONTRIBUTOR)
    ).captureWorkshopOutputs[0];
    expect(mine.position).toBe(20); // after the last one kept (the twentieth was deleted)
    expect((await convert(mine, { task: {} }, org.as.CONTRIBUTOR)).errors).toBeUndefined();
    const refused = await t.client.fails(M.capture, { input: { workshopId, outputs: [{ kind: 'NOTE', text: 'Mine' }] } }, org.as.VIEWER);
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect((await convert(captured[6], { task: {} }, org.as.VIEWER)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND to another organisation for the workshop's outputs, and shows it none", async () => {
    const output = captured[7];
    for (const [query, variables] of [
      [M.capture, { input: { workshopId, outputs: [{ kind: 'NOTE', text: 'Ours' }] } }],
      [M.update, { input: { outputId: output.id, version: 1, text: 'Ours' } }],
      [M.remove, { input: { outputId: output.id, version: 1 } }],
      [M.convert, { input: { outputId: output.id, version: 1, into: { task: {} } } }],
      [Q.outputs, { id: workshopId }],
    ] as const) {
      const refused = await t.client.fails(query, variables, other.as.ADMIN);
      expect(refused.extensions?.code).toBe('NOT_FOUND');
    }
    const still = ((await t.client.ok(Q.outputs, { id: workshopId }, org.as.VIEWER)).workshop.outputs as Output[]).find(
      (o) => o.id === output.id,
    );
    expect(still).toMatchObject({ text: output.text, version: 1, convertedKind: null });
  });
});
