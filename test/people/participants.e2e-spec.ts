import { startTestApp, type TestApp } from '../support/test-app';
import {
  createSkills,
  M,
  namedField,
  type Organisation,
  organisationWithRoles,
  PUBLIC_TASK,
  Q,
  register,
  runningPilot,
} from './people-support';

const CONSENT = {
  basis: 'CONSENT',
  consentGivenAt: '2026-01-10T10:00:00.000Z',
  consentPurposes: 'Being contacted about community pilots',
  consentMeans: 'Signed form at the library drop-in',
};

describe('participants: lawful basis, scores, edits, skills, roles and tenancy', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let skills: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    skills = await createSkills(t, org.as.CONSULTANT, ['Gardening', 'Cooking', 'First aid']);
  });
  afterAll(() => t.close());

  const count = async (as = org.as.VIEWER, filter: Record<string, unknown> = {}) =>
    (await t.client.ok(Q.participantsForReaders, { filter }, as)).participants.totalCount as number;

  it("keeps the organisation's skill list unique whatever the case or spacing", async () => {
    const listed = (await t.client.ok(Q.skills, {}, org.as.VIEWER)).skills;
    expect(listed.map((s: { name: string }) => s.name)).toEqual(['Cooking', 'First aid', 'Gardening']);
    for (const name of ['gardening', '  FIRST   AID ']) {
      const error = await t.client.fails(M.createSkill, { input: { name } }, org.as.ADMIN);
      expect([error.extensions?.code, namedField(error, 'input.name')]).toEqual(['BAD_USER_INPUT', 'input.name']);
    }
    // Another organisation has its own list: the same name is fine there.
    await t.client.ok(M.createSkill, { input: { name: 'Gardening' } }, other.as.ADMIN);
    expect((await t.client.ok(Q.skills, {}, org.as.VIEWER)).skills).toHaveLength(3);
    expect((await t.client.fails(M.createSkill, { input: { name: 'Knitting' } }, org.as.CONTRIBUTOR)).extensions?.code).toBe('FORBIDDEN');
  });

  it('registers a participant with consent: when, for what, by what means', async () => {
    const p = await register(t, org.as.CONSULTANT, {
      kind: 'CITIZEN',
      displayName: 'Amira Hollis',
      contact: 'amira.hollis@example.org',
      notes: 'Keen on the allotments',
      skillIds: [skills.Gardening, skills.Cooking],
      motivation: 4,
      hoursPerMonth: 6,
      lawfulBasis: CONSENT,
    });
    expect(p).toMatchObject({
      kind: 'CITIZEN',
      displayName: 'Amira Hollis',
      contact: 'amira.hollis@example.org',
      notes: 'Keen on the allotments',
      motivation: 4,
      hoursPerMonth: 6,
      erased: false,
      version: 1,
      lawfulBasis: {
        basis: 'CONSENT',
        consentGivenAt: '2026-01-10T10:00:00.000Z',
        consentPurposes: CONSENT.consentPurposes,
        consentMeans: CONSENT.consentMeans,
        otherBasis: null,
      },
      skills: [
        { id: skills.Cooking, name: 'Cooking' },
        { id: skills.Gardening, name: 'Gardening' },
      ],
    });
  });

  it('registers with public task, and with another basis the organisation names', async () => {
    const staff = await register(t, org.as.PROGRAMME_MANAGER, {
      kind: 'STAFF',
      displayName: 'Dev Okafor',
      contact: 'ext 4471',
      lawfulBasis: PUBLIC_TASK,
    });
    expect(staff).toMatchObject({
      kind: 'STAFF',
      lawfulBasis: { basis: 'PUBLIC_TASK', consentGivenAt: null, consentPurposes: null, consentMeans: null, otherBasis: null },
    });
    const group = await register(t, org.as.ADMIN, {
      kind: 'COMMUNITY_GROUP',
      displayName: 'Friends of Elm Park',
      lawfulBasis: { basis: 'OTHER', otherBasis: 'Legitimate interests: the group asked to be listed' },
    });
    expect(group.displayName).toBe('Friends of Elm Park');
    expect((group as unknown as { lawfulBasis: { otherBasis: string } }).lawfulBasis.otherBasis).toBe(
      'Legitimate interests: the group asked to be listed',
    );
  });

  it('refuses anything personal without a lawful basis, naming input.lawfulBasis, and stores nothing', async () => {
    const before = await count();
    for (const personal of [{ displayName: 'No Basis Person' }, { contact: 'nobasis@example.org' }, { notes: 'Lives nearby' }]) {
      const error = await t.client.fails(
        M.register,
        { input: { kind: 'CITIZEN', motivation: 3, hoursPerMonth: 2, ...personal } },
        org.as.ADMIN,
      );
      expect([error.extensions?.code, namedField(error, 'input.lawfulBasis')]).toEqual(['BAD_USER_INPUT', 'input.lawfulBasis']);
    }
    expect(await count()).toBe(before);
    // Without anything personal a participant may be held with no basis: an anonymous record.
    const anonymous = await register(t, org.as.ADMIN, { kind: 'THIRD_SECTOR', motivation: 2, hoursPerMonth: 1 });
    expect(anonymous).toMatchObject({ displayName: 'Unnamed participant', lawfulBasis: null, contact: null });
    expect(await count(org.as.VIEWER, { hasLawfulBasis: false })).toBe(1);
  });

  it('checks what each basis needs, naming the part at fault', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ basis: 'CONSENT', consentPurposes: 'x', consentMeans: 'y' }, 'input.lawfulBasis.consentGivenAt'],
      [{ ...CONSENT, consentPurposes: undefined }, 'input.lawfulBasis.consentPurposes'],
      [{ ...CONSENT, consentMeans: '   ' }, 'input.lawfulBasis.consentMeans'],
      [{ ...CONSENT, consentGivenAt: '2999-01-01T00:00:00.000Z' }, 'input.lawfulBasis.consentGivenAt'],
      [{ basis: 'OTHER' }, 'input.lawfulBasis.otherBasis'],
      [{ basis: 'PUBLIC_TASK', consentPurposes: 'x' }, 'input.lawfulBasis.consentPurposes'],
      [{ basis: 'PUBLIC_TASK', otherBasis: 'x' }, 'input.lawfulBasis.otherBasis'],
    ];
    const before = await count();
    for (const [lawfulBasis, field] of cases) {
      const error = await t.client.fails(
        M.register,
        { input: { kind: 'CITIZEN', displayName: 'Some One', motivation: 3, hoursPerMonth: 2, lawfulBasis } },
        org.as.ADMIN,
      );
      expect([JSON.stringify(lawfulBasis), error.extensions?.code, namedField(error, field)]).toEqual([
        JSON.stringify(lawfulBasis),
        'BAD_USER_INPUT',
        field,
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('refuses bad scores and hours (0, 6, 2.5, text, negative), naming the field', async () => {
    const before = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ motivation: 0 }, 'input.motivation'],
      [{ motivation: 6 }, 'input.motivation'],
      [{ motivation: 2.5 }, 'input.motivation'],
      [{ motivation: 'text' }, 'input.motivation'],
      [{ motivation: null }, 'input.motivation'],
      [{ hoursPerMonth: -1 }, 'input.hoursPerMonth'],
      [{ hoursPerMonth: 1.5 }, 'input.hoursPerMonth'],
      [{ hoursPerMonth: 'lots' }, 'input.hoursPerMonth'],
    ];
    for (const [bad, field] of cases) {
      const error = await t.client.fails(
        M.register,
        { input: { kind: 'STAFF', motivation: 3, hoursPerMonth: 2, lawfulBasis: PUBLIC_TASK, displayName: 'Score Test', ...bad } },
        org.as.ADMIN,
      );
      expect([JSON.stringify(bad), error.extensions?.code, namedField(error, field)]).toEqual([
        JSON.stringify(bad),
        'BAD_USER_INPUT',
        field,
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('edits with the version seen: stale is CONFLICT; adding a name needs a basis; skills are replaced', async () => {
    const p = await register(t, org.as.ADMIN, { kind: 'CITIZEN', motivation: 2, hoursPerMonth: 3, skillIds: [skills.Cooking] });
    const refused = await t.client.fails(
      M.update,
      { input: { participantId: p.id, version: p.version, displayName: 'Now Named' } },
      org.as.ADMIN,
    );
    expect([refused.extensions?.code, namedField(refused, 'input.lawfulBasis')]).toEqual(['BAD_USER_INPUT', 'input.lawfulBasis']);

    const named = (
      await t.client.ok(
        M.update,
        { input: { participantId: p.id, version: p.version, displayName: 'Now Named', lawfulBasis: CONSENT, motivation: 5 } },
        org.as.CONSULTANT,
      )
    ).updateParticipant;
    expect(named).toMatchObject({ displayName: 'Now Named', motivation: 5, version: 2, lawfulBasis: { basis: 'CONSENT' } });

    const stale = await t.client.fails(M.update, { input: { participantId: p.id, version: 1, hoursPerMonth: 9 } }, org.as.ADMIN);
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const reskilled = (
      await t.client.ok(
        M.update,
        { input: { participantId: p.id, version: 2, skillIds: [skills['First aid'], skills.Gardening] } },
        org.as.ADMIN,
      )
    ).updateParticipant;
    expect(reskilled.version).toBe(3);
    expect(reskilled.skills.map((s: { name: string }) => s.name)).toEqual(['First aid', 'Gardening']);

    const cleared = (await t.client.ok(M.update, { input: { participantId: p.id, version: 3, clearDisplayName: true } }, org.as.ADMIN))
      .updateParticipant;
    expect(cleared.displayName).toBe('Unnamed participant');
    const nothing = await t.client.fails(M.update, { input: { participantId: p.id, version: 4 } }, org.as.ADMIN);
    expect(nothing.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists participants as a connection, filtered by kind and by skill', async () => {
    const all = (await t.client.ok(Q.participantsForReaders, { first: 2 }, org.as.VIEWER)).participants;
    expect(all.totalCount).toBe(5);
    expect(all.edges).toHaveLength(2);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.client.ok(Q.participantsForReaders, { first: 10, after: all.pageInfo.endCursor }, org.as.VIEWER)).participants;
    expect(rest.edges).toHaveLength(3);

    expect(await count(org.as.VIEWER, { kind: 'STAFF' })).toBe(1);
    const gardeners = (await t.client.ok(Q.participantsNamed, { filter: { skillId: skills.Gardening } }, org.as.CONTRIBUTOR)).participants;
    expect(gardeners.edges.map((e: { node: { displayName: string } }) => e.node.displayName).sort()).toEqual([
      'Amira Hollis',
      'Unnamed participant',
    ]);
    expect(await count(org.as.VIEWER, { kind: 'CITIZEN', skillId: skills.Cooking })).toBe(1);
  });

  it('writes history with ids, kinds and bases only', async () => {
    const events = (await t.client.ok(Q.history, {}, org.as.VIEWER)).history.edges.map(
      (e: { node: { type: string; payload: Record<string, unknown> } }) => e.node,
    );
    const registered = events.filter((e: { type: string }) => e.type === 'PARTICIPANT_REGISTERED');
    expect(registered).toHaveLength(5);
    for (const event of registered) expect(Object.keys(event.payload).sort()).toEqual(['kind', 'lawfulBasis', 'participantId']);
    const text = JSON.stringify(events);
    for (const personal of [
      'Amira',
      'Hollis',
      'amira.hollis@example.org',
      'allotments',
      'Dev Okafor',
      'ext 4471',
      'Elm Park',
      'Now Named',
      'library drop-in',
      'Legitimate interests',
    ]) {
      expect([personal, text.includes(personal)]).toEqual([personal, false]);
    }
  });

  it('lets CONTRIBUTOR and VIEWER read but not register or edit (FORBIDDEN)', async () => {
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
      const error = await t.client.fails(M.register, { input: { kind: 'CITIZEN', motivation: 3, hoursPerMonth: 2 } }, org.as[role]);
      expect([role, error.extensions?.code]).toEqual([role, 'FORBIDDEN']);
      expect(await count(org.as[role])).toBe(5);
      expect((await t.client.fails(Q.export, { participantId: await firstId() }, org.as[role])).extensions?.code).toBe('FORBIDDEN');
    }
  });

  const firstId = async () => (await t.client.ok(Q.participants, { first: 1 }, org.as.ADMIN)).participants.edges[0].node.id as string;

  it("never shows another organisation's participants, and answers their ids NOT_FOUND", async () => {
    expect(await count(other.as.ADMIN)).toBe(0);
    const theirs = await firstId();
    const { pilotId } = await runningPilot(t, other.as.ADMIN, 'Hillside programme', 'Hillside pilot');
    const attempts: Array<[string, Record<string, unknown>]> = [
      [Q.participant, { id: theirs }],
      [Q.export, { participantId: theirs }],
      [M.update, { input: { participantId: theirs, version: 1, motivation: 2 } }],
      [M.erase, { input: { participantId: theirs } }],
      [M.enrol, { input: { pilotId, participantId: theirs, role: 'Helper', selfEfficacy: 3 } }],
      [M.register, { input: { kind: 'CITIZEN', motivation: 3, hoursPerMonth: 1, skillIds: [skills.Gardening] } }],
      [Q.participants, { filter: { skillId: skills.Gardening } }],
    ];
    for (const [document, variables] of attempts) {
      const result = await t.client.request(document, variables, other.as.ADMIN);
      if (result.errors) expect([document.slice(0, 40), result.errors[0].extensions?.code]).toEqual([document.slice(0, 40), 'NOT_FOUND']);
      else expect(result.data.participants.totalCount).toBe(0); // a filter on another's skill simply matches nothing
    }
    // Their pilot's matches never list our participants.
    const matches = (await t.client.ok(Q.matches, { pilotId }, other.as.ADMIN)).participantMatches;
    expect(matches).toEqual([]);
    // And our pilot's id is NOT_FOUND to them.
    const ours = await runningPilot(t, org.as.ADMIN, 'Riverside programme', 'Riverside pilot');
    for (const [document, variables] of [
      [Q.matches, { pilotId: ours.pilotId }],
      [M.setNeeds, { input: { pilotId: ours.pilotId, skillIds: [], hoursPerMonth: 2 } }],
    ] as const) {
      expect((await t.client.fails(document, variables, other.as.ADMIN)).extensions?.code).toBe('NOT_FOUND');
    }
  });
});
