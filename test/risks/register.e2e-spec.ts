import type { GraphqlError } from '../support/graphql-client';
import { createProgramme, journeyTypes, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { areasOf, createInitiative } from '../mapping/mapping-support';
import { startTestApp, type TestApp } from '../support/test-app';

const RISK = `id programmeId kind description likelihood impact score band owner mitigation sanction warnings status version`;
const DECISION = `id programmeId sourceKind sourceId decision reason decidedBy decidedOn result sanction warnings published version`;
const DISAGREEMENT = `id programmeId groups subject decider status version arbitration { ${DECISION} }`;

const M = {
  addRisk: `mutation($input: AddRiskInput!) { addRisk(input: $input) { ${RISK} } }`,
  updateRisk: `mutation($input: UpdateRiskInput!) { updateRisk(input: $input) { ${RISK} } }`,
  addDisagreement: `mutation($input: AddDisagreementInput!) { addDisagreement(input: $input) { ${DISAGREEMENT} } }`,
  updateDisagreement: `mutation($input: UpdateDisagreementInput!) { updateDisagreement(input: $input) { ${DISAGREEMENT} } }`,
  arbitrate: `mutation($input: ArbitrateDisagreementInput!) { arbitrateDisagreement(input: $input) { disagreement { ${DISAGREEMENT} } decision { ${DECISION} } } }`,
  recordDecision: `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { ${DECISION} } }`,
  updateDecision: `mutation($input: UpdateDecisionInput!) { updateDecision(input: $input) { ${DECISION} } }`,
  issue: `mutation($input: OutcomePageInput!) { issueOutcomePageLink(input: $input) { url token issuedAt } }`,
  revoke: `mutation($input: OutcomePageInput!) { revokeOutcomePageLink(input: $input) }`,
  planWorkshop: `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id version } }`,
  startWorkshop: `mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id version } }`,
  capture: `mutation($input: CaptureWorkshopOutputsInput!) { captureWorkshopOutputs(input: $input) { id text } }`,
};
const Q = {
  risks: `query($programmeId: ID!) { programmeRisks(programmeId: $programmeId) { ${RISK} } }`,
  disagreements: `query($programmeId: ID!) { programmeDisagreements(programmeId: $programmeId) { ${DISAGREEMENT} } }`,
  decisions: `query($programmeId: ID!) { programmeDecisions(programmeId: $programmeId) { ${DECISION} } }`,
  link: `query($programmeId: ID!) { outcomePageLink(programmeId: $programmeId) { issuedAt } }`,
  page: `query($token: String!) { publicOutcomePage(token: $token) { organisation programme decisions { origin { kind title said on } decision reason decidedBy decidedOn result sanction } } }`,
  members: `query { members(first: 100) { edges { node { user { id email displayName } } } } }`,
};

/** The field a refusal names: from the server's list of problems, or from GraphQL's own message about a variable. */
function fieldOf(error: GraphqlError): string {
  const fields = (error.extensions as { fields?: Array<{ field: string }> } | undefined)?.fields;
  if (fields?.length) return fields.map((f) => f.field).join(',');
  return /"(input\.[\w.[\]]+)"/.exec(error.message)?.[1] ?? error.message;
}

/**
 * Conflict and risk over HTTP: a programme's register of risks and disagreements, a politicians'
 * arbitration recorded as a decision with its reason (and in the history), and the "you said, we
 * did" page reached by its link alone, showing a decision taken on a workshop output and nothing
 * personal; field-named refusals, stale versions refused, and another organisation kept out.
 */
describe('conflict and risk: the register, arbitration, and the "you said, we did" page', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let otherProgrammeId: string;
  let risk: { id: string; version: number };
  let disagreement: { id: string; version: number };
  let arbitrationId: string;
  let outputId: string;
  let otherOutputId: string;
  let token: string;
  let url: string;

  const get = async (address: string) => {
    const response = await fetch(address);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  async function workshopOutput(as: Organisation['as']['CONSULTANT'], programme: string, text: string): Promise<string> {
    const planned = (
      await t.client.ok(
        M.planWorkshop,
        {
          input: {
            programmeId: programme,
            title: 'Evening at the library',
            startsAt: '2027-02-10T18:00:00Z',
            endsAt: '2027-02-10T20:00:00Z',
            place: 'Central library',
            facilitatorUserId: as.userId,
          },
        },
        as,
      )
    ).planWorkshop;
    const started = (await t.client.ok(M.startWorkshop, { input: { workshopId: planned.id, version: planned.version } }, as)).startWorkshop;
    return (await t.client.ok(M.capture, { input: { workshopId: started.id, outputs: [{ kind: 'DECISION', text }] } }, as))
      .captureWorkshopOutputs[0].id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Day services together')).id;
    otherProgrammeId = (await createProgramme(t, org.as.ADMIN, 'Cleaner parks')).id;
  });
  afterAll(() => t.close());

  it('adds risks, weighs them, and flags a sanction with its warning', async () => {
    const added = (
      await t.client.ok(
        M.addRisk,
        {
          input: {
            programmeId,
            kind: 'PARTICIPATION',
            description: 'Carers stop coming once the evenings get dark',
            likelihood: 4,
            impact: 4,
            owner: 'Community development team',
            mitigation: 'Hold winter sessions in the afternoon',
          },
        },
        org.as.CONSULTANT,
      )
    ).addRisk;
    expect(added).toMatchObject({ status: 'OPEN', score: 16, band: 'HIGH', sanction: false, warnings: [], version: 1 });
    risk = added;
    const sanction = (
      await t.client.ok(
        M.addRisk,
        {
          input: {
            programmeId,
            kind: 'DELIVERY',
            description: 'Volunteers miss their rota',
            likelihood: 2,
            impact: 2,
            mitigation: 'Withdraw time credits after two missed shifts',
            sanction: true,
          },
        },
        org.as.CONSULTANT,
      )
    ).addRisk;
    expect(sanction).toMatchObject({ band: 'LOW', sanction: true });
    expect(sanction.warnings).toEqual([expect.stringContaining('Alford 2009')]);
    const listed = (await t.client.ok(Q.risks, { programmeId }, org.as.VIEWER)).programmeRisks;
    expect(listed.map((r: { id: string }) => r.id)).toEqual([added.id, sanction.id]);
  });

  it('refuses bad input naming the field', async () => {
    const base = { programmeId, kind: 'LEGAL', description: 'Data shared without a basis', likelihood: 2, impact: 3 };
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [M.addRisk, { ...base, likelihood: 6 }, 'input.likelihood'],
      [M.addRisk, { ...base, impact: 0 }, 'input.impact'],
      [M.addRisk, { ...base, description: '   ' }, 'input.description'],
      [M.addRisk, { ...base, kind: 'WEATHER' }, 'input.kind'],
      [M.addDisagreement, { programmeId, groups: ['Carers'], subject: 'Opening hours', decider: 'POLITICIANS' }, 'input.groups'],
      [
        M.addDisagreement,
        { programmeId, groups: ['Carers', ' carers '], subject: 'Opening hours', decider: 'POLITICIANS' },
        'input.groups[1]',
      ],
      [M.addDisagreement, { programmeId, groups: ['Carers', 'Staff'], subject: 'Opening hours', decider: 'MAYOR' }, 'input.decider'],
    ];
    for (const [mutation, input, field] of cases) {
      const error = await t.client.fails(mutation, { input }, org.as.CONSULTANT);
      expect([JSON.stringify(input), error.extensions?.code, fieldOf(error)]).toEqual([JSON.stringify(input), 'BAD_USER_INPUT', field]);
    }
  });

  it('moves a risk only as the register allows, and refuses a stale version', async () => {
    const closed = (
      await t.client.ok(M.updateRisk, { input: { riskId: risk.id, version: risk.version, status: 'CLOSED' } }, org.as.CONSULTANT)
    ).updateRisk;
    expect(closed).toMatchObject({ status: 'CLOSED', version: risk.version + 1 });
    const refused = await t.client.fails(
      M.updateRisk,
      { input: { riskId: risk.id, version: closed.version, status: 'MITIGATING' } },
      org.as.CONSULTANT,
    );
    expect([refused.extensions?.code, refused.message]).toEqual([
      'INVALID_TRANSITION',
      'A risk that is closed cannot become being mitigated. Reopen it if it comes back.',
    ]);
    // Two people change the same risk from the same version at once: one wins, the other is told to reload.
    const answers = await Promise.all(
      [3, 5].map((impact) =>
        t.client.request(M.updateRisk, { input: { riskId: risk.id, version: closed.version, impact } }, org.as.CONSULTANT),
      ),
    );
    const codes = answers.map((a) => (a.errors ? a.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [now] = (await t.client.ok(Q.risks, { programmeId }, org.as.VIEWER)).programmeRisks.filter(
      (r: { id: string }) => r.id === risk.id,
    );
    expect(now.version).toBe(closed.version + 1);
    risk = now;
  });

  it('records a disagreement between groups and the politicians’ arbitration as a decision with its reason, in the history', async () => {
    disagreement = (
      await t.client.ok(
        M.addDisagreement,
        {
          input: {
            programmeId,
            groups: ['Carers', 'Day-centre staff'],
            subject: 'Whether the centre opens on Saturdays',
            decider: 'POLITICIANS',
          },
        },
        org.as.CONSULTANT,
      )
    ).addDisagreement;
    expect(disagreement).toMatchObject({ status: 'OPEN', arbitration: null, version: 1 });

    const input = {
      disagreementId: disagreement.id,
      version: disagreement.version,
      decision: 'Open on Saturday mornings for a six-month trial',
      reason: 'Carers in work have no other time; staff get a weekday off in return',
      decidedBy: 'POLITICIANS',
      decidedOn: '2027-03-01',
    };
    const forbidden = await t.client.fails(M.arbitrate, { input }, org.as.CONSULTANT);
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    const badDate = await t.client.fails(M.arbitrate, { input: { ...input, decidedOn: '2027-02-30' } }, org.as.PROGRAMME_MANAGER);
    expect([badDate.extensions?.code, fieldOf(badDate)]).toEqual(['BAD_USER_INPUT', 'input.decidedOn']);

    const { disagreement: settled, decision } = (await t.client.ok(M.arbitrate, { input }, org.as.PROGRAMME_MANAGER)).arbitrateDisagreement;
    arbitrationId = decision.id;
    expect(settled).toMatchObject({ status: 'ARBITRATED', version: 2 });
    expect(decision).toMatchObject({
      sourceKind: 'DISAGREEMENT',
      sourceId: disagreement.id,
      decision: input.decision,
      reason: input.reason,
      decidedBy: 'POLITICIANS',
      decidedOn: '2027-03-01',
      published: false,
    });
    const listed = (await t.client.ok(Q.disagreements, { programmeId }, org.as.VIEWER)).programmeDisagreements;
    expect(listed).toEqual([
      expect.objectContaining({ id: disagreement.id, status: 'ARBITRATED', arbitration: expect.objectContaining({ id: decision.id }) }),
    ]);

    // Settled for good: a second arbitration, or editing it, is refused and says why.
    const again = await t.client.fails(M.arbitrate, { input: { ...input, version: 2 } }, org.as.PROGRAMME_MANAGER);
    expect([again.extensions?.code, again.message]).toEqual([
      'INVALID_TRANSITION',
      expect.stringMatching(/^A disagreement that is arbitrated cannot be arbitrated\./),
    ]);
    const edit = await t.client.fails(
      M.updateDisagreement,
      { input: { disagreementId: disagreement.id, version: 2, subject: 'Sundays' } },
      org.as.CONSULTANT,
    );
    expect(edit.extensions?.code).toBe('INVALID_TRANSITION');

    const events = await journeyTypes(t, org.as.VIEWER, programmeId);
    const arbitrated = events.find((e) => e.type === 'DISAGREEMENT_ARBITRATED');
    expect(arbitrated?.payload).toEqual({
      programmeId,
      disagreementId: disagreement.id,
      decisionId: decision.id,
      decision: input.decision,
      reason: input.reason,
      decidedBy: 'POLITICIANS',
      decidedOn: '2027-03-01',
      sanction: false,
    });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['RISK_ADDED', 'RISK_UPDATED', 'DISAGREEMENT_RECORDED']));
  });

  it('keeps another organisation out: it can neither read nor change the register', async () => {
    for (const query of [Q.risks, Q.disagreements, Q.decisions, Q.link]) {
      const error = await t.client.fails(query, { programmeId }, other.as.ADMIN);
      expect(error.extensions?.code).toBe('NOT_FOUND');
    }
    const writes: Array<[string, Record<string, unknown>]> = [
      [M.updateRisk, { riskId: risk.id, version: risk.version, status: 'OPEN' }],
      [M.addRisk, { programmeId, kind: 'LEGAL', description: 'x', likelihood: 1, impact: 1 }],
      [M.updateDecision, { decisionId: arbitrationId, version: 1, published: true }],
      [M.issue, { programmeId }],
    ];
    for (const [mutation, input] of writes) {
      const error = await t.client.fails(mutation, { input }, other.as.ADMIN);
      expect([mutation.slice(9, 40), error.extensions?.code]).toEqual([mutation.slice(9, 40), 'NOT_FOUND']);
    }
    const [unchanged] = (await t.client.ok(Q.risks, { programmeId }, org.as.VIEWER)).programmeRisks.filter(
      (r: { id: string }) => r.id === risk.id,
    );
    expect(unchanged).toMatchObject({ status: 'CLOSED', version: risk.version });
  });

  it('publishes a decision taken on a workshop output on the "you said, we did" page, reached by its link alone and naming no one', async () => {
    outputId = await workshopOutput(org.as.CONSULTANT, programmeId, 'Let us run the café ourselves on Fridays');
    otherOutputId = await workshopOutput(org.as.CONSULTANT, otherProgrammeId, 'More bins by the pond');
    const input = {
      programmeId,
      sourceKind: 'WORKSHOP_OUTPUT',
      sourceId: outputId,
      decision: 'Carers run the Friday café, with a small budget for supplies',
      reason: 'The room asked for it and the kitchen is free on Fridays',
      decidedBy: 'SERVICE_MANAGERS',
      decidedOn: '2027-02-20',
    };
    const elsewhere = await t.client.fails(M.recordDecision, { input: { ...input, sourceId: otherOutputId } }, org.as.PROGRAMME_MANAGER);
    expect([elsewhere.extensions?.code, fieldOf(elsewhere), elsewhere.message]).toEqual([
      'BAD_USER_INPUT',
      'input.sourceId',
      expect.stringContaining('another programme'),
    ]);
    const fromWorkshop = (await t.client.ok(M.recordDecision, { input }, org.as.PROGRAMME_MANAGER)).recordDecision;
    expect(fromWorkshop).toMatchObject({ sourceKind: 'WORKSHOP_OUTPUT', sourceId: outputId, published: false, version: 1 });
    const unpublishedNote = (
      await t.client.ok(
        M.recordDecision,
        { input: { ...input, decision: 'Keep the kitchen rota as it is', decidedOn: '2027-02-21' } },
        org.as.PROGRAMME_MANAGER,
      )
    ).recordDecision;

    const published = (
      await t.client.ok(
        M.updateDecision,
        { input: { decisionId: fromWorkshop.id, version: 1, published: true, result: 'The café opened on 5 March; 14 carers signed up' } },
        org.as.PROGRAMME_MANAGER,
      )
    ).updateDecision;
    expect(published).toMatchObject({ published: true, version: 2 });
    await t.client.ok(M.updateDecision, { input: { decisionId: arbitrationId, version: 1, published: true } }, org.as.PROGRAMME_MANAGER);

    expect((await t.client.fails(M.issue, { input: { programmeId } }, org.as.CONSULTANT)).extensions?.code).toBe('FORBIDDEN');
    expect((await t.client.ok(Q.link, { programmeId }, org.as.VIEWER)).outcomePageLink).toBeNull();
    const issued = (await t.client.ok(M.issue, { input: { programmeId } }, org.as.PROGRAMME_MANAGER)).issueOutcomePageLink;
    token = issued.token;
    // The link names the configured public address; the test server listens elsewhere.
    expect(new URL(issued.url).pathname).toBe(`/feeds/${token}/you-said-we-did.json`);
    url = `${t.url}/feeds/${token}/you-said-we-did.json`;

    const answer = await get(url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    const page = JSON.parse(answer.body);
    expect(page).toEqual({
      organisation: 'Riverside Council',
      programme: 'Day services together',
      decisions: [
        {
          origin: { kind: 'DISAGREEMENT', title: 'Whether the centre opens on Saturdays', said: 'Carers; Day-centre staff', on: null },
          decision: 'Open on Saturday mornings for a six-month trial',
          reason: 'Carers in work have no other time; staff get a weekday off in return',
          decidedBy: 'POLITICIANS',
          decidedOn: '2027-03-01',
          result: '',
          sanction: false,
        },
        {
          origin: {
            kind: 'WORKSHOP_OUTPUT',
            title: 'Evening at the library',
            said: 'Let us run the café ourselves on Fridays',
            on: '2027-02-10',
          },
          decision: input.decision,
          reason: input.reason,
          decidedBy: 'SERVICE_MANAGERS',
          decidedOn: '2027-02-20',
          result: 'The café opened on 5 March; 14 carers signed up',
          sanction: false,
        },
      ],
    });
    expect(answer.body).not.toContain(unpublishedNote.decision);
    // Nothing personal: no member's name, e-mail or id, and no id of any record.
    const members = (await t.client.ok(Q.members, {}, org.as.ADMIN)).members.edges.map(
      (e: { node: { user: { id: string; email: string; displayName: string } } }) => e.node.user,
    );
    expect(members.length).toBe(5);
    for (const person of members)
      for (const detail of [person.id, person.email, person.displayName])
        expect([detail, answer.body.includes(detail)]).toEqual([detail, false]);
    expect(answer.body).not.toMatch(/@/);
    expect(answer.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    // The same through GraphQL, signed in or not.
    expect((await t.client.ok(Q.page, { token })).publicOutcomePage).toEqual(page);
  });

  it('shows the same page as HTML for residents, by its link alone: every text escaped, no script, nothing personal, a plain 404 otherwise', async () => {
    const recorded = (
      await t.client.ok(
        M.recordDecision,
        {
          input: {
            programmeId,
            sourceKind: 'WORKSHOP_OUTPUT',
            sourceId: outputId,
            decision: 'Post the rota <script>alert(1)</script> & "on the door"',
            reason: 'People asked <b>where</b> to look',
            decidedBy: 'PROGRAMME_BOARD',
            decidedOn: '2027-02-22',
          },
        },
        org.as.PROGRAMME_MANAGER,
      )
    ).recordDecision;
    await t.client.ok(M.updateDecision, { input: { decisionId: recorded.id, version: 1, published: true } }, org.as.PROGRAMME_MANAGER);

    const answer = await get(`${t.url}/feeds/${token}/you-said-we-did`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    // In plain words: what was said, decided and why, by whom and when, and what came of it.
    for (const words of [
      'You said, we did: Day services together',
      'Evening at the library',
      'Let us run the café ourselves on Fridays',
      'Carers run the Friday café, with a small budget for supplies',
      'the kitchen is free on Fridays',
      'The managers of the service',
      '20 February 2027',
      'The café opened on 5 March; 14 carers signed up',
      'Local councillors',
      'Not known yet',
    ])
      expect([words, answer.body.includes(words)]).toEqual([words, true]);
    expect(answer.body).not.toContain('<script>');
    expect(answer.body).not.toContain('<b>where</b>');
    expect(answer.body).toContain('Post the rota &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;on the door&quot;');
    const members = (await t.client.ok(Q.members, {}, org.as.ADMIN)).members.edges.map(
      (e: { node: { user: { id: string; email: string; displayName: string } } }) => e.node.user,
    );
    for (const person of members)
      for (const detail of [person.id, person.email, person.displayName])
        expect([detail, answer.body.includes(detail)]).toEqual([detail, false]);
    expect(answer.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    for (const bad of ['not-a-token', `cpyd_${'a'.repeat(43)}`]) {
      const missing = await get(`${t.url}/feeds/${bad}/you-said-we-did`);
      expect([bad, missing.status, missing.headers.get('content-type')]).toEqual([bad, 404, 'text/html; charset=utf-8']);
      expect(missing.body).toContain('This page is not available');
      expect(missing.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('does not name an initiative the organisation has not published, though a published decision answers it', async () => {
    const [areaId] = Object.values(await areasOf(t.client, org.as.PROGRAMME_MANAGER));
    const hidden = await createInitiative(t.client, org.as.PROGRAMME_MANAGER, {
      name: 'Mrs Patel’s kitchen-table lunch club',
      serviceAreaId: areaId,
      programmeId,
    });
    const decision = (
      await t.client.ok(
        M.recordDecision,
        {
          input: {
            programmeId,
            sourceKind: 'INITIATIVE',
            sourceId: hidden.id,
            decision: 'Fund the lunch club’s ingredients for a year',
            reason: 'It already feeds twenty neighbours each week',
            decidedBy: 'SERVICE_MANAGERS',
            decidedOn: '2027-03-02',
          },
        },
        org.as.PROGRAMME_MANAGER,
      )
    ).recordDecision;
    await t.client.ok(M.updateDecision, { input: { decisionId: decision.id, version: 1, published: true } }, org.as.PROGRAMME_MANAGER);
    const answer = await get(url);
    const shown = JSON.parse(answer.body).decisions.find(
      (d: { decision: string }) => d.decision === 'Fund the lunch club’s ingredients for a year',
    );
    expect(shown.origin).toEqual({ kind: 'INITIATIVE', title: 'A local activity (not published on the map)', said: null, on: null });
    expect(answer.body).not.toContain('Patel');
  });

  it('revokes and reissues the link: a stopped link answers nothing, and events say so', async () => {
    const reissued = (await t.client.ok(M.issue, { input: { programmeId } }, org.as.PROGRAMME_MANAGER)).issueOutcomePageLink;
    expect((await get(url)).status).toBe(404);
    const reissuedUrl = `${t.url}${new URL(reissued.url).pathname}`;
    expect((await get(reissuedUrl)).status).toBe(200);
    expect((await t.client.ok(M.revoke, { input: { programmeId } }, org.as.PROGRAMME_MANAGER)).revokeOutcomePageLink).toBe(true);
    expect((await t.client.ok(M.revoke, { input: { programmeId } }, org.as.PROGRAMME_MANAGER)).revokeOutcomePageLink).toBe(false);
    expect((await get(reissuedUrl)).status).toBe(404);
    expect((await t.client.fails(Q.page, { token: reissued.token })).extensions?.code).toBe('NOT_FOUND');
    expect((await get(`${t.url}/feeds/not-a-token/you-said-we-did.json`)).status).toBe(404);
    // An organisation's feed token is no page token, even at this page's address.
    expect((await get(`${t.url}/feeds/cpf_${'a'.repeat(43)}/you-said-we-did.json`)).status).toBe(404);
    const types = (await journeyTypes(t, org.as.VIEWER, programmeId)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'DECISION_RECORDED',
        'DECISION_PUBLISHED',
        'DECISION_RESULT_RECORDED',
        'OUTCOME_PAGE_ISSUED',
        'OUTCOME_PAGE_REVOKED',
      ]),
    );
  });
});
