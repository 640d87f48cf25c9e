import { startTestApp, type TestApp } from '../support/test-app';
import type { As, GraphqlError } from '../support/graphql-client';
import { M, type Organisation, organisationWithRoles, register, runningPilot } from './people-support';

/**
 * Who may read what is personal about a participant: every field that erasure clears (the name,
 * contact, notes and the wording of the lawful basis), field by field, wherever a participant
 * appears. Names go to the roles that work with participants, CONTRIBUTOR included; the rest to
 * those who plan with them; nothing personal to VIEWER, least of all a VIEWER key behind an
 * intranet page. Refused fields answer null with a FORBIDDEN error naming them, the rest intact.
 */
describe("people: participants' personal details by role", () => {
  let t: TestApp;
  let org: Organisation;
  let pilotId: string;
  const as: Record<string, As> = {};
  /** Every personal value held, each distinct, so any of them showing up anywhere is caught. */
  const CONSENTING = {
    displayName: 'Rosalind Kettering',
    contact: '07700 900461',
    notes: 'Prefers evening calls',
    lawfulBasis: {
      basis: 'CONSENT',
      consentGivenAt: '2026-02-01T10:00:00.000Z',
      consentPurposes: 'Calls about the Larch Lane garden',
      consentMeans: 'Form signed at Larch Lane library',
    },
  };
  const OTHER = {
    displayName: 'Tobias Wren',
    contact: 'tobias.wren@example.org',
    notes: 'Uses a wheelchair',
    lawfulBasis: { basis: 'OTHER', otherBasis: 'Tenancy agreement clause 14' },
  };
  const PERSONAL_VALUES = [
    ...[CONSENTING, OTHER].flatMap((p) => [p.displayName, p.contact, p.notes]),
    CONSENTING.lawfulBasis.consentPurposes,
    CONSENTING.lawfulBasis.consentMeans,
    OTHER.lawfulBasis.otherBasis,
  ];
  const ids: Record<string, string> = {};

  const NAMES_ONLY = ['displayName'];
  const DETAILS = ['contact', 'notes', 'lawfulBasis.consentPurposes', 'lawfulBasis.consentMeans', 'lawfulBasis.otherBasis'];

  /** A query for every field of Participant and its lawful basis, taken from the schema so that a field added later is asked for too. */
  let everyField: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Private Council');
    Object.assign(as, org.as);
    as['VIEWER key'] = {
      apiKey: (
        await t.client.ok(
          `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
          { input: { name: 'Intranet page', role: 'VIEWER' } },
          org.as.ADMIN,
        )
      ).createApiKey.secret,
    };
    ids.consenting = (await register(t, org.as.PROGRAMME_MANAGER, CONSENTING)).id;
    ids.other = (await register(t, org.as.PROGRAMME_MANAGER, OTHER)).id;
    ({ pilotId } = await runningPilot(t, org.as.ADMIN, 'Green spaces', 'Larch Lane garden'));
    await t.client.ok(
      M.enrol,
      { input: { pilotId, participantId: ids.consenting, role: 'Gardener', selfEfficacy: 3 } },
      org.as.PROGRAMME_MANAGER,
    );

    const scalars = async (type: string) =>
      (
        await t.client.ok(
          `query($name: String!) { __type(name: $name) { fields { name type { kind ofType { kind ofType { kind } } } } } }`,
          { name: type },
          org.as.ADMIN,
        )
      ).__type.fields
        .filter((f: { type: { kind: string; ofType?: { kind: string } } }) =>
          [f.type.kind, f.type.ofType?.kind].some((k) => k === 'SCALAR' || k === 'ENUM'),
        )
        .map((f: { name: string }) => f.name) as string[];
    everyField = `${(await scalars('Participant')).join(' ')} lawfulBasis { ${(await scalars('LawfulBasisRecord')).join(' ')} }`;
  });
  afterAll(() => t.close());

  const read = (role: string, id: string) =>
    t.client.request(`query($id: ID!) { participant(id: $id) { ${everyField} } }`, { id }, as[role]);
  const refusedFields = (errors: GraphqlError[] | undefined) =>
    (errors ?? []).map((e) => {
      expect(e.extensions!.code).toBe('FORBIDDEN');
      return e
        .path!.filter((p) => typeof p === 'string')
        .slice(1)
        .join('.');
    });

  it('asks for every personal field the schema has (the query is not missing one)', () => {
    for (const field of [...NAMES_ONLY, 'contact', 'notes']) expect(everyField.split(' ')).toContain(field);
    for (const field of ['consentPurposes', 'consentMeans', 'otherBasis']) expect(everyField).toContain(field);
  });

  it.each(['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT'])('shows every personal field to %s', async (role) => {
    const consenting = await read(role, ids.consenting);
    expect(consenting.errors).toBeUndefined();
    expect(consenting.data.participant).toMatchObject({ ...CONSENTING, lawfulBasis: { ...CONSENTING.lawfulBasis, otherBasis: null } });
    const other = await read(role, ids.other);
    expect(other.errors).toBeUndefined();
    expect(other.data.participant).toMatchObject({
      ...OTHER,
      lawfulBasis: { ...OTHER.lawfulBasis, consentPurposes: null, consentMeans: null },
    });
  });

  it('shows a CONTRIBUTOR names (they record readings with participants) and nothing else personal', async () => {
    const answer = await read('CONTRIBUTOR', ids.consenting);
    expect(answer.data.participant).toMatchObject({
      id: ids.consenting,
      kind: 'CITIZEN',
      displayName: CONSENTING.displayName,
      contact: null,
      notes: null,
    });
    expect(answer.data.participant.lawfulBasis).toMatchObject({
      basis: 'CONSENT',
      consentGivenAt: CONSENTING.lawfulBasis.consentGivenAt,
      consentPurposes: null,
      consentMeans: null,
      otherBasis: null,
    });
    expect(refusedFields(answer.errors).sort()).toEqual([...DETAILS].sort());
    expect(answer.errors![0].message).toMatch(/takes ADMIN or PROGRAMME_MANAGER or CONSULTANT$/);
    const other = await read('CONTRIBUTOR', ids.other);
    for (const value of [OTHER.contact, OTHER.notes, OTHER.lawfulBasis.otherBasis]) expect(JSON.stringify(other)).not.toContain(value);
  });

  it.each(['VIEWER', 'VIEWER key'])('refuses every personal field to %s, field by field, with the rest of the answer', async (role) => {
    for (const id of [ids.consenting, ids.other]) {
      const answer = await read(role, id);
      expect(answer.data.participant).toMatchObject({
        id,
        kind: 'CITIZEN',
        displayName: null,
        contact: null,
        notes: null,
        erased: false,
        motivation: 3,
      });
      expect(answer.data.participant.lawfulBasis).toMatchObject({ consentPurposes: null, consentMeans: null, otherBasis: null });
      expect(refusedFields(answer.errors).sort()).toEqual([...NAMES_ONLY, ...DETAILS].sort());
      expect(answer.errors!.find((e) => e.path!.includes('displayName'))!.message).toMatch(
        /names takes ADMIN or PROGRAMME_MANAGER or CONSULTANT or CONTRIBUTOR$/,
      );
      for (const value of PERSONAL_VALUES) expect(JSON.stringify(answer)).not.toContain(value);
    }
    // Asking only for what the role may read answers cleanly.
    const plain = await t.client.ok(
      `query($id: ID!) { participant(id: $id) { id kind lawfulBasis { basis consentGivenAt } } }`,
      { id: ids.consenting },
      as[role],
    );
    expect(plain.participant).toEqual({
      id: ids.consenting,
      kind: 'CITIZEN',
      lawfulBasis: { basis: 'CONSENT', consentGivenAt: CONSENTING.lawfulBasis.consentGivenAt },
    });
  });

  it.each(['VIEWER', 'VIEWER key'])(
    'refuses names to %s wherever a participant appears: lists, pilots, enrolments, matches',
    async (role) => {
      const answers = [
        await t.client.request(`{ participants(first: 50) { edges { node { id displayName contact } } } }`, {}, as[role]),
        await t.client.request(
          `query($id: ID!) { pilot(id: $id) { participants(first: 50) { edges { node { role participant { id displayName notes } } } } } }`,
          { id: pilotId },
          as[role],
        ),
        await t.client.request(
          `query($id: ID!) { participant(id: $id) { enrolments { role participant { displayName } } } }`,
          { id: ids.consenting },
          as[role],
        ),
        await t.client.request(
          `query($id: ID!) { participantMatches(pilotId: $id) { score participant { id displayName } } }`,
          { id: pilotId },
          as[role],
        ),
      ];
      for (const answer of answers) {
        expect(answer.data).not.toBeNull();
        expect(answer.errors!.length).toBeGreaterThan(0);
        for (const error of answer.errors!)
          expect([error.extensions!.code, error.path!.at(-1)]).toEqual([
            'FORBIDDEN',
            expect.stringMatching(/^(displayName|contact|notes)$/),
          ]);
        for (const value of PERSONAL_VALUES) expect(JSON.stringify(answer)).not.toContain(value);
      }
      // The same reads by a CONTRIBUTOR carry the names.
      const pilot = await t.client.ok(
        `query($id: ID!) { pilot(id: $id) { participants(first: 50) { edges { node { participant { displayName } } } } } }`,
        { id: pilotId },
        as.CONTRIBUTOR,
      );
      expect(pilot.pilot.participants.edges).toEqual([{ node: { participant: { displayName: CONSENTING.displayName } } }]);
    },
  );

  it.each(['CONTRIBUTOR', 'VIEWER', 'VIEWER key'])('refuses the subject-access export to %s', async (role) => {
    const error = await t.client.fails(`query($id: ID!) { participantDataExport(participantId: $id) }`, { id: ids.consenting }, as[role]);
    expect(error.extensions!.code).toBe('FORBIDDEN');
    expect(JSON.stringify(error)).not.toContain(CONSENTING.displayName);
  });
});
