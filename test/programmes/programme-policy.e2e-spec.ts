import { startTestApp, type TestApp } from '../support/test-app';
import { ADVANCE, createProgramme, type ProgrammeView } from './programme-support';

const ROLES = ['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const;
type Role = (typeof ROLES)[number];

describe('programmes: roles, tenancy and bad input', () => {
  let t: TestApp;
  let organisationId: string;
  let adminAs: { token: string; organisationId: string };
  const as: Record<Role, { token: string; organisationId: string }> = {} as never;
  let programme: ProgrammeView;
  let strangerAs: { token: string; organisationId: string };
  let strangerProgramme: ProgrammeView;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.client.signUp('Admin');
    organisationId = await t.client.createOrganisation(admin.token);
    adminAs = { token: admin.token, organisationId };
    as.ADMIN = adminAs;
    for (const role of ROLES.slice(1))
      as[role] = { token: (await t.client.addMember(admin.token, organisationId, role)).token, organisationId };
    programme = await createProgramme(t.client, adminAs);
    const stranger = await t.client.signUp('Stranger');
    strangerAs = { token: stranger.token, organisationId: await t.client.createOrganisation(stranger.token, 'Other Council') };
    strangerProgramme = await createProgramme(t.client, strangerAs, 'Not yours');
  });
  afterAll(() => t.close());

  it.each(ROLES)('%s may create and move programmes only if ADMIN or PROGRAMME_MANAGER', async (role) => {
    const created = await t.client.request(`mutation { createProgramme(input: { name: "By ${role}" }) { id version } }`, {}, as[role]);
    if (role === 'ADMIN' || role === 'PROGRAMME_MANAGER') {
      expect(created.errors).toBeUndefined();
      const paused = await t.client.request(
        `mutation($input: ProgrammeMoveInput!) { pauseProgramme(input: $input) { status } }`,
        { input: { programmeId: created.data.createProgramme.id, version: 1 } },
        as[role],
      );
      expect(paused.data?.pauseProgramme.status).toBe('PAUSED');
    } else {
      expect(created.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const moved = await t.client.request(
        `mutation($input: ProgrammeMoveInput!) { pauseProgramme(input: $input) { status } }`,
        { input: { programmeId: programme.id, version: programme.version } },
        as[role],
      );
      expect(moved.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it.each(ROLES)('%s may tick checklist items unless a VIEWER, and everyone may read', async (role) => {
    const item = programme.steps[0].items.find((i) => i.kind === 'MANUAL')!;
    const ticked = await t.client.request(
      `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { tickedAt } }`,
      { input: { itemId: item.id, evidenceText: `Seen by ${role}` } },
      as[role],
    );
    expect(ticked.errors?.[0].extensions?.code).toBe(role === 'VIEWER' ? 'FORBIDDEN' : undefined);
    expect((await t.client.ok(`query($id: ID!) { programme(id: $id) { id } }`, { id: programme.id }, as[role])).programme.id).toBe(
      programme.id,
    );
  });

  it("answers NOT_FOUND for another organisation's programme and items, and changes nothing", async () => {
    const foreignItem = strangerProgramme.steps[0].items.find((i) => i.kind === 'MANUAL')!;
    const attempts: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { programme(id: $id) { id } }`, { id: strangerProgramme.id }],
      [
        `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`,
        { input: { programmeId: strangerProgramme.id, version: 1, name: 'Taken' } },
      ],
      [
        `mutation($input: UpdateProgrammeStepInput!) { updateProgrammeStep(input: $input) { id } }`,
        { input: { programmeId: strangerProgramme.id, version: 1, step: 'MAP', targetDate: '2030-01-01' } },
      ],
      [ADVANCE, { input: { programmeId: strangerProgramme.id, version: 1, overrideReason: 'we would like to move on now' } }],
      [
        `mutation($input: ReopenStepInput!) { reopenStep(input: $input) { id } }`,
        { input: { programmeId: strangerProgramme.id, version: 1, step: 'MAP', reason: 'for no good reason at all' } },
      ],
      [
        `mutation($input: ProgrammeMoveInput!) { archiveProgramme(input: $input) { id } }`,
        { input: { programmeId: strangerProgramme.id, version: 1 } },
      ],
      [
        `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`,
        { input: { itemId: foreignItem.id, evidenceText: 'mine now' } },
      ],
      [`mutation($input: UntickChecklistItemInput!) { untickChecklistItem(input: $input) { id } }`, { input: { itemId: foreignItem.id } }],
    ];
    for (const [query, variables] of attempts) {
      const error = await t.client.fails(query, variables, adminAs);
      expect([query.slice(0, 40), error.extensions?.code]).toEqual([query.slice(0, 40), 'NOT_FOUND']);
    }
    const theirs = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { name version status steps { items { tickedAt } } } }`,
      { id: strangerProgramme.id },
      strangerAs,
    );
    expect(theirs.programme).toMatchObject({ name: 'Not yours', version: 1, status: 'ACTIVE' });
    expect(theirs.programme.steps[0].items.every((i: { tickedAt: string | null }) => i.tickedAt === null)).toBe(true);
    const listed = await t.client.ok(`{ programmes(first: 100) { edges { node { id } } } }`, {}, adminAs);
    expect(listed.programmes.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(strangerProgramme.id);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const fieldOf = async (query: string, variables: Record<string, unknown>) => {
      const error = await t.client.fails(query, variables, adminAs);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      return error;
    };
    const create = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`;
    expect((await fieldOf(create, { input: { name: 'x'.repeat(10_000) } })).extensions?.fields).toEqual([
      { field: 'input.name', message: expect.any(String) },
    ]);
    expect(
      (await fieldOf(create, { input: { name: 'Owner', ownerId: (await t.client.signUp('Outsider')).userId } })).extensions?.fields,
    ).toEqual([{ field: 'input.ownerId', message: 'is not a member of this organisation' }]);
    expect((await fieldOf(create, { input: { name: 'Dates', targets: [{ step: 'MAP', targetDate: '2025-02-30' }] } })).message).toMatch(
      /YYYY-MM-DD/,
    );
    expect((await fieldOf(create, { input: { name: 'Step', targets: [{ step: 'DREAM', targetDate: '2030-01-01' }] } })).message).toMatch(
      /DREAM/,
    );
    const reopen = `mutation($input: ReopenStepInput!) { reopenStep(input: $input) { id } }`;
    expect(
      (await fieldOf(reopen, { input: { programmeId: programme.id, version: programme.version, step: 'MAP', reason: '' } })).extensions
        ?.fields,
    ).toEqual([{ field: 'input.reason', message: expect.any(String) }]);
    const tick = `mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`;
    const evidenced = programme.steps[0].items.find((i) => i.kind === 'EVIDENCED')!;
    expect((await fieldOf(tick, { input: { itemId: evidenced.id, evidenceText: 'by hand' } })).extensions?.fields).toEqual([
      { field: 'input.itemId', message: expect.any(String) },
    ]);
    expect((await fieldOf(tick, { input: { itemId: programme.steps[0].items[0].id } })).extensions?.fields?.[0].field).toBe(
      'input.evidenceText',
    );
    expect(
      (await fieldOf(tick, { input: { itemId: programme.steps[0].items[0].id, evidenceUrl: 'javascript:alert(1)' } })).extensions?.fields,
    ).toEqual([{ field: 'input.evidenceUrl', message: 'must be an http(s) link' }]);
  });
});

describe('step owners and target dates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sets and clears them, and refuses a change that changes nothing', async () => {
    const admin = await t.client.signUp('Admin');
    const as = { token: admin.token, organisationId: await t.client.createOrganisation(admin.token) };
    const programme = await createProgramme(t.client, as);
    const update = `mutation($input: UpdateProgrammeStepInput!) { updateProgrammeStep(input: $input) { version steps { step ownerId targetDate } } }`;
    const set = await t.client.ok(
      update,
      { input: { programmeId: programme.id, version: 1, step: 'FOCUS', ownerId: admin.userId, targetDate: '2027-03-31' } },
      as,
    );
    expect(set.updateProgrammeStep.steps[1]).toEqual({ step: 'FOCUS', ownerId: admin.userId, targetDate: '2027-03-31' });
    const cleared = await t.client.ok(
      update,
      { input: { programmeId: programme.id, version: 2, step: 'FOCUS', clearOwner: true, clearTargetDate: true } },
      as,
    );
    expect(cleared.updateProgrammeStep.steps[1]).toEqual({ step: 'FOCUS', ownerId: null, targetDate: null });
    const nothing = await t.client.fails(update, { input: { programmeId: programme.id, version: 3, step: 'FOCUS' } }, as);
    expect(nothing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input' }] });
  });
});
