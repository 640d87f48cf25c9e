import { createProgramme, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';

const WORKSHOP = `id programmeId step title status version startsAt endsAt place onlineUrl facilitatorUserId templateId
  agenda { id position title minutes checklistKeys } attendees { userId participantId }`;
const M = {
  createTemplate: `mutation($input: CreateWorkshopTemplateInput!) { createWorkshopTemplate(input: $input) { id title step version sections { title minutes checklistKeys } } }`,
  updateTemplate: `mutation($input: UpdateWorkshopTemplateInput!) { updateWorkshopTemplate(input: $input) { id title version } }`,
  plan: `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { ${WORKSHOP} } }`,
  update: `mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { ${WORKSHOP} } }`,
  addItem: `mutation($input: AddWorkshopAgendaItemInput!) { addWorkshopAgendaItem(input: $input) { ${WORKSHOP} } }`,
  updateItem: `mutation($input: UpdateWorkshopAgendaItemInput!) { updateWorkshopAgendaItem(input: $input) { ${WORKSHOP} } }`,
  removeItem: `mutation($input: RemoveWorkshopAgendaItemInput!) { removeWorkshopAgendaItem(input: $input) { ${WORKSHOP} } }`,
  reorder: `mutation($input: ReorderWorkshopAgendaInput!) { reorderWorkshopAgenda(input: $input) { ${WORKSHOP} } }`,
  start: `mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id status version } }`,
  end: `mutation($input: WorkshopVersionInput!) { endWorkshop(input: $input) { id status version } }`,
};
const Q = {
  templates: `{ myWorkshopTemplates { totalCount edges { node { id title } } } }`,
  workshop: `query($id: ID!) { workshop(id: $id) { ${WORKSHOP} } }`,
  workshops: `query($filter: WorkshopFilter) { workshops(filter: $filter, first: 10) { totalCount edges { node { id status } } } }`,
  programmes: `{ programmes { edges { node { id workshops(first: 5) { totalCount edges { node { id agenda { id } } } } } } } }`,
};

/** Workshops over HTTP: a consultant's own template reused to plan one, its agenda edited under versions, the room started and ended, and the walls. */
describe('workshops for consultants, planned from their own templates', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let templateId: string;
  let workshopId: string;
  let version: number;

  const planInput = () => ({
    programmeId,
    templateId,
    startsAt: '2027-03-04T09:30:00Z',
    endsAt: '2027-03-04T12:00:00Z',
    onlineUrl: 'https://meet.example.org/map',
    facilitatorUserId: org.as.CONSULTANT.userId,
    attendeeUserIds: [org.as.CONTRIBUTOR.userId, org.as.VIEWER.userId],
  });

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Libraries together')).id;
  });
  afterAll(() => t.close());

  it("keeps a consultant's template, starting from the step's suggested agenda, for them alone", async () => {
    const template = (await t.client.ok(M.createTemplate, { input: { title: 'Mapping morning', step: 'MAP' } }, org.as.CONSULTANT))
      .createWorkshopTemplate;
    expect(template).toMatchObject({ title: 'Mapping morning', step: 'MAP', version: 1 });
    expect(template.sections.flatMap((s: { checklistKeys: string[] }) => s.checklistKeys)).toContain('map.record_existing');
    templateId = template.id;
    expect((await t.client.ok(Q.templates, {}, org.as.CONSULTANT)).myWorkshopTemplates.totalCount).toBe(1);
    // Nobody else sees it or changes it, in this organisation or another.
    for (const as of [org.as.ADMIN, other.as.CONSULTANT]) {
      expect((await t.client.ok(Q.templates, {}, as)).myWorkshopTemplates.totalCount).toBe(0);
      const refused = await t.client.fails(M.updateTemplate, { input: { templateId, version: 1, title: 'Mine now' } }, as);
      expect(refused.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('lets the template owner reuse it in another organisation they serve, as that organisation’s own copy', async () => {
    const elsewhere = await t.client.createOrganisation(org.as.CONSULTANT.token!, 'Consultancy practice');
    const as = { token: org.as.CONSULTANT.token, organisationId: elsewhere };
    expect((await t.client.ok(Q.templates, {}, as)).myWorkshopTemplates.edges[0].node.id).toBe(templateId);
    const theirProgramme = (await createProgramme(t, as, 'Practice programme')).id;
    const copy = (
      await t.client.ok(
        M.plan,
        { input: { ...planInput(), programmeId: theirProgramme, facilitatorUserId: org.as.CONSULTANT.userId, attendeeUserIds: [] } },
        as,
      )
    ).planWorkshop;
    expect(copy).toMatchObject({ programmeId: theirProgramme, title: 'Mapping morning', templateId });
    // Nothing of it shows in the first organisation.
    expect((await t.client.ok(Q.workshops, {}, org.as.ADMIN)).workshops.totalCount).toBe(0);
  });

  it('plans a workshop from the template, with members as attendees and the agenda copied in', async () => {
    const workshop = (await t.client.ok(M.plan, { input: planInput() }, org.as.CONSULTANT)).planWorkshop;
    expect(workshop).toMatchObject({
      programmeId,
      step: 'MAP',
      title: 'Mapping morning',
      status: 'PLANNED',
      version: 1,
      onlineUrl: 'https://meet.example.org/map',
      templateId,
    });
    expect(workshop.attendees).toHaveLength(2);
    expect(workshop.attendees).toEqual(
      expect.arrayContaining([
        { userId: org.as.CONTRIBUTOR.userId, participantId: null },
        { userId: org.as.VIEWER.userId, participantId: null },
      ]),
    );
    expect(workshop.agenda.map((a: { position: number }) => a.position)).toEqual(workshop.agenda.map((_: unknown, i: number) => i + 1));
    workshopId = workshop.id;
    version = workshop.version;
    const listed = (await t.client.ok(Q.programmes, {}, org.as.VIEWER)).programmes.edges[0].node.workshops;
    expect(listed).toMatchObject({ totalCount: 1, edges: [{ node: { id: workshopId } }] });
    expect(
      (
        await t.client.ok(
          Q.workshops,
          { filter: { programmeId, status: 'PLANNED', from: '2027-03-01T00:00:00Z', to: '2027-04-01T00:00:00Z' } },
          org.as.VIEWER,
        )
      ).workshops.totalCount,
    ).toBe(1);
  });

  it('answers bad input with the field at fault', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ endsAt: '2027-03-04T08:00:00Z' }, 'input.endsAt'],
      [{ onlineUrl: 'http://meet.example.org/map' }, 'input.onlineUrl'],
      [{ facilitatorUserId: other.as.CONSULTANT.userId }, 'input.facilitatorUserId'],
      [{ attendeeUserIds: [other.as.VIEWER.userId] }, 'input.attendeeUserIds[0]'],
      [{ templateId: '00000000-0000-4000-8000-000000000000' }, 'input.templateId'],
    ];
    for (const [extra, field] of cases) {
      const error = await t.client.fails(M.plan, { input: { ...planInput(), ...extra } }, org.as.CONSULTANT);
      const named = error.extensions?.fields?.[0]?.field ?? (error.message.includes(field) ? field : error.message);
      expect([JSON.stringify(extra), error.extensions?.code, named]).toEqual([JSON.stringify(extra), 'BAD_USER_INPUT', field]);
    }
  });

  it('edits and reorders the agenda with the version seen; a stale version is CONFLICT and changes nothing', async () => {
    let workshop = (
      await t.client.ok(M.addItem, { input: { workshopId, version, title: 'Tea break', minutes: 15, position: 2 } }, org.as.CONSULTANT)
    ).addWorkshopAgendaItem;
    expect(workshop.agenda[1]).toMatchObject({ position: 2, title: 'Tea break', minutes: 15 });
    const stale = await t.client.fails(
      M.updateItem,
      { input: { agendaItemId: workshop.agenda[0].id, version, minutes: 5 } },
      org.as.CONSULTANT,
    );
    expect(stale.extensions?.code).toBe('CONFLICT');
    version = workshop.version;
    workshop = (await t.client.ok(M.updateItem, { input: { agendaItemId: workshop.agenda[0].id, version, minutes: 5 } }, org.as.CONSULTANT))
      .updateWorkshopAgendaItem;
    expect(workshop.agenda[0].minutes).toBe(5);
    const reversed = [...workshop.agenda].reverse().map((a: { id: string }) => a.id);
    workshop = (
      await t.client.ok(M.reorder, { input: { workshopId, version: workshop.version, agendaItemIds: reversed } }, org.as.CONSULTANT)
    ).reorderWorkshopAgenda;
    expect(workshop.agenda.map((a: { id: string }) => a.id)).toEqual(reversed);
    workshop = (await t.client.ok(M.removeItem, { input: { agendaItemId: reversed[0], version: workshop.version } }, org.as.CONSULTANT))
      .removeWorkshopAgendaItem;
    expect(workshop.agenda.map((a: { id: string }) => a.id)).toEqual(reversed.slice(1));
    const unknownKey = await t.client.fails(
      M.updateItem,
      { input: { agendaItemId: reversed[1], version: workshop.version, checklistKeys: ['grow.scale_what_works'] } },
      org.as.CONSULTANT,
    );
    expect(unknownKey.extensions?.fields?.[0]?.field).toBe('input.checklistKeys[0]');
    version = workshop.version;
    expect(version).toBe(5);
  });

  it('leaves a field sent as null as it was, like a field left out, rather than failing', async () => {
    const nothing = await t.client.fails(
      M.update,
      { input: { workshopId, version, title: null, startsAt: null, place: null, facilitatorUserId: null } },
      org.as.CONSULTANT,
    );
    expect([nothing.extensions?.code, nothing.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'input']);
    const placed = (await t.client.ok(M.update, { input: { workshopId, version, title: null, place: 'Library' } }, org.as.CONSULTANT))
      .updateWorkshop;
    expect(placed).toMatchObject({ title: 'Mapping morning', place: 'Library', version: version + 1 });
    const item = placed.agenda[0];
    const kept = (
      await t.client.ok(
        M.updateItem,
        { input: { agendaItemId: item.id, version: placed.version, title: null, minutes: 20 } },
        org.as.CONSULTANT,
      )
    ).updateWorkshopAgendaItem;
    expect(kept.agenda[0]).toMatchObject({ id: item.id, title: item.title, minutes: 20 });
    version = kept.version;
  });

  it("checks updateWorkshop's and updateWorkshopAgendaItem's fields as planWorkshop and addWorkshopAgendaItem check them (the update inputs are derived from those)", async () => {
    const before = (await t.client.ok(Q.workshop, { id: workshopId }, org.as.CONSULTANT)).workshop;
    const item = before.agenda[0];
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [M.update, { workshopId, version, title: '   ' }, 'input.title', 'must not be blank'],
      [M.update, { workshopId, version, onlineUrl: 'http://meet.example.org/map' }, 'input.onlineUrl', 'must be an https link'],
      [M.update, { workshopId, version, facilitatorUserId: 'someone' }, 'input.facilitatorUserId', 'must be a user id'],
      [M.update, { workshopId, version, attendeeParticipantIds: ['nobody'] }, 'input.attendeeParticipantIds', 'must be participant ids'],
      [M.updateItem, { agendaItemId: item.id, version, minutes: 0 }, 'input.minutes', 'must be at least 1 minute'],
      [
        M.updateItem,
        { agendaItemId: item.id, version, checklistKeys: ['Not A Key'] },
        'input.checklistKeys',
        'must be checklist item keys',
      ],
    ];
    for (const [mutation, input, field, message] of cases) {
      const error = await t.client.fails(mutation, { input }, org.as.CONSULTANT);
      const problem = error.extensions?.fields?.find((f) => f.field.startsWith(field));
      expect([JSON.stringify(input), error.extensions?.code, problem?.message ?? error.message]).toEqual([
        JSON.stringify(input),
        'BAD_USER_INPUT',
        expect.stringContaining(message),
      ]);
    }
    expect((await t.client.ok(Q.workshop, { id: workshopId }, org.as.CONSULTANT)).workshop).toEqual(before);
  });

  it('refuses a VIEWER and a CONTRIBUTOR planning or editing, while they read it', async () => {
    for (const as of [org.as.VIEWER, org.as.CONTRIBUTOR]) {
      expect((await t.client.fails(M.plan, { input: planInput() }, as)).extensions?.code).toBe('FORBIDDEN');
      expect((await t.client.fails(M.start, { input: { workshopId, version } }, as)).extensions?.code).toBe('FORBIDDEN');
      expect((await t.client.ok(Q.workshop, { id: workshopId }, as)).workshop.version).toBe(version);
    }
  });

  it("keeps another organisation's workshop out of reach: NOT_FOUND to read or change", async () => {
    expect((await t.client.fails(Q.workshop, { id: workshopId }, other.as.ADMIN)).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client.fails(M.update, { input: { workshopId, version, title: 'Ours' } }, other.as.ADMIN)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.client.fails(M.start, { input: { workshopId, version } }, other.as.ADMIN)).extensions?.code).toBe('NOT_FOUND');
    expect((await t.client.ok(Q.workshops, {}, other.as.ADMIN)).workshops.totalCount).toBe(0);
  });

  it('starts and ends the workshop, refusing moves the lifecycle does not allow and edits once it is over', async () => {
    expect((await t.client.fails(M.end, { input: { workshopId, version } }, org.as.CONSULTANT)).extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    const running = (await t.client.ok(M.start, { input: { workshopId, version } }, org.as.CONSULTANT)).startWorkshop;
    expect(running).toMatchObject({ status: 'RUNNING', version: version + 1 });
    const done = (await t.client.ok(M.end, { input: { workshopId, version: running.version } }, org.as.CONSULTANT)).endWorkshop;
    expect(done.status).toBe('DONE');
    const late = await t.client.fails(M.update, { input: { workshopId, version: done.version, title: 'Afterwards' } }, org.as.CONSULTANT);
    expect(late.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it("takes an erased participant off every workshop's attendee list, moving each workshop's version on and telling history nothing about it", async () => {
    const register = `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`;
    const participant = (
      await t.client.ok(
        register,
        {
          input: {
            kind: 'CITIZEN',
            motivation: 3,
            hoursPerMonth: 4,
            displayName: 'Someone to erase',
            lawfulBasis: { basis: 'PUBLIC_TASK' },
          },
        },
        org.as.ADMIN,
      )
    ).registerParticipant.id as string;
    const stays = (
      await t.client.ok(
        register,
        { input: { kind: 'CITIZEN', motivation: 3, hoursPerMonth: 4, lawfulBasis: { basis: 'PUBLIC_TASK' } } },
        org.as.ADMIN,
      )
    ).registerParticipant.id as string;
    const planned = [];
    for (const attendeeParticipantIds of [[participant, stays], [participant]]) {
      planned.push((await t.client.ok(M.plan, { input: { ...planInput(), attendeeParticipantIds } }, org.as.CONSULTANT)).planWorkshop);
    }
    const elsewhere = (await t.client.ok(M.plan, { input: { ...planInput(), attendeeParticipantIds: [stays] } }, org.as.CONSULTANT))
      .planWorkshop;

    await t.client.ok(
      `mutation($input: EraseParticipantInput!) { eraseParticipant(input: $input) { id } }`,
      { input: { participantId: participant } },
      org.as.ADMIN,
    );

    const after = await Promise.all(
      [...planned, elsewhere].map(async (w) => (await t.client.ok(Q.workshop, { id: w.id }, org.as.CONSULTANT)).workshop),
    );
    expect(
      after.map((w) => [w.version, w.attendees.map((a: { participantId: string | null }) => a.participantId).filter(Boolean)]),
    ).toEqual([
      [planned[0].version + 1, [stays]],
      [planned[1].version + 1, []],
      [elsewhere.version, [stays]],
    ]);
    // The members asked stay; a stale save of the old list is a CONFLICT, not a puzzling refusal.
    expect(after[0].attendees.filter((a: { userId: string | null }) => a.userId)).toHaveLength(2);
    const stale = await t.client.fails(
      M.update,
      { input: { workshopId: planned[0].id, version: planned[0].version, title: 'Later' } },
      org.as.CONSULTANT,
    );
    expect(stale.extensions?.code).toBe('CONFLICT');
    const history = (await t.client.ok(`{ history(first: 100) { edges { node { type payload } } } }`, {}, org.as.ADMIN)).history.edges.map(
      (e: { node: { type: string; payload: unknown } }) => e.node,
    );
    const aboutThem = history.filter((e: { payload: unknown }) => JSON.stringify(e.payload).includes(participant));
    // Their own register and erase events only: no workshop event names them, before or after.
    expect(aboutThem.map((e: { type: string }) => e.type).sort()).toEqual(['PARTICIPANT_ERASED', 'PARTICIPANT_REGISTERED']);
  });
});
