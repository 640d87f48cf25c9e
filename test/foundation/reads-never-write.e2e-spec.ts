import { GraphQLSchemaHost } from '@nestjs/graphql';
import { QueryCounter } from '@app/database';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  Lexer,
  Source,
  TokenKind,
} from 'graphql';
import { today } from '../people/people-support';
import { addLine, createPilot, move, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A read never writes: every root query field that can be called with simple
 * arguments is asked of an organisation that holds something of every kind, with selections
 * reaching into nested fields, while the server's statements are watched; none may write.
 */

/** Statements that change data or schema. `SELECT … FOR UPDATE` only locks, and transactions only frame. */
function isWriteStatement(sql: string): boolean {
  const text = sql.replace(/--[^\n]*\n/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ').trim();
  if (/^(INSERT|UPDATE|DELETE|MERGE|UPSERT|TRUNCATE|CREATE|ALTER|DROP|COPY|GRANT|REVOKE|COMMENT|NOTIFY|REFRESH|VACUUM|CLUSTER|REINDEX)\b/i.test(text)) return true;
  // A data-modifying common table expression, or a function that writes, inside a SELECT.
  if (/^WITH\b/i.test(text) && /\b(INSERT\s+INTO|UPDATE\s+"?\w+"?(\s+\w+)?\s+SET|DELETE\s+FROM)\b/i.test(text)) return true;
  return /\b(nextval|setval|pg_notify)\s*\(/i.test(text);
}

describe('write statements are told apart from reads', () => {
  it.each([
    ['INSERT INTO service_area (name) VALUES ($1)', true],
    ['  update "task" SET title = $1', true],
    ['DELETE FROM x WHERE id = $1', true],
    ['WITH moved AS (UPDATE t SET a = 1 RETURNING id) SELECT * FROM moved', true],
    ['SELECT pg_notify($1, $2)', true],
    ['/* comment */ INSERT INTO x DEFAULT VALUES', true],
    ['SELECT * FROM programme WHERE id = $1 FOR UPDATE', false],
    ['WITH a AS (SELECT 1) SELECT * FROM a', false],
    ['START TRANSACTION', false],
    ['COMMIT', false],
    ['SELECT "e"."type" FROM "event" "e" WHERE "e"."type" IN ($1)', false],
  ])('%s → %s', (sql, write) => expect(isWriteStatement(sql)).toBe(write));
});

/** The most tokens a document may have (the server refuses more); the generator stays under it. */
const TOKEN_BUDGET = 900;
const PAGE = 3;

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

type ArgValues = { byName: Record<string, string>; idByType: Record<string, string> };

/** The arguments of a field as literals, or null when a required one has no value here. */
function argumentsOf(field: GraphQLField<unknown, unknown>, values: ArgValues): string | null {
  const given: string[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type).name;
    let value: string | undefined;
    if (arg.name === 'first') value = String(PAGE);
    else if (arg.name === 'id' && named === 'ID') value = values.idByType[getNamedType(field.type).name];
    else if (values.byName[arg.name] !== undefined && (named === 'ID' || named === 'String')) value = values.byName[arg.name];
    if (value !== undefined) given.push(`${arg.name}: ${/^\d+$/.test(value) && named === 'Int' ? value : JSON.stringify(value)}`);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
  }
  return given.length ? `(${given.join(', ')})` : '';
}

/** A selection of `type`'s fields `depth` object levels deep ('' for a leaf), or null if nothing can be selected. */
function selectionOf(type: GraphQLNamedType, depth: number, values: ArgValues): string | null {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) return '{ __typename }';
  if (!isObjectType(type)) return null;
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = argumentsOf(field, values);
    if (args === null) continue;
    const named = getNamedType(field.type);
    const leaf = isScalarType(named) || isEnumType(named);
    if (!leaf && depth === 0) continue;
    const inner = leaf ? '' : selectionOf(named, depth - 1, values);
    if (inner === null) continue;
    parts.push(`${field.name}${args} ${inner}`.trim());
  }
  return parts.length ? `{ ${parts.join(' ')} }` : null;
}

/**
 * Documents that together read the root field: the whole subtree as deep as fits the token
 * budget, and when that is shallow, one document per child field so that each goes deeper.
 */
function documentsFor(schema: GraphQLSchema, rootName: string, values: ArgValues): string[] | null {
  const root = schema.getQueryType()!.getFields()[rootName];
  const args = argumentsOf(root, values);
  if (args === null) return null;
  const type = getNamedType(root.type);
  const wrap = (selection: string) => `query { ${rootName}${args} ${selection} }`;
  for (let depth = 4; depth >= 0; depth--) {
    const selection = selectionOf(type, depth, values);
    if (selection === null) return null;
    const document = wrap(selection);
    if (tokenCount(document) > TOKEN_BUDGET) continue;
    if (depth >= 3 || !isObjectType(type)) return [document];
    // Too wide to go deep in one document: one per child field, each as deep as fits.
    const documents = [document];
    for (const field of Object.values(type.getFields())) {
      const childArgs = argumentsOf(field, values);
      const named = getNamedType(field.type);
      if (childArgs === null || isScalarType(named) || isEnumType(named)) continue;
      for (let childDepth = 3; childDepth > 0; childDepth--) {
        const inner = selectionOf(named, childDepth, values);
        const child = inner === null ? null : wrap(`{ ${field.name}${childArgs} ${inner} }`);
        if (child && tokenCount(child) <= TOKEN_BUDGET) {
          documents.push(child);
          break;
        }
      }
    }
    return documents;
  }
  return null;
}

describe('a read never writes', () => {
  let t: TestApp;
  let org: Organisation;
  let admin: As;
  let values: ArgValues;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Readers Council');
    admin = org.as.ADMIN;
    values = await populate(t, org);
  }, 120_000);
  afterAll(() => t.close());

  it("gives a new organisation its service areas when it is created, so its Map it gate is right before anything is read", async () => {
    const person = await t.client.signUp('Newcomer');
    const as = { token: person.token, organisationId: await t.client.createOrganisation(person.token, 'Brand New Council') };
    const programme = (await t.client.ok(`mutation { createProgramme(input: { name: "First look" }) { id } }`, {}, as)).createProgramme;
    // The first read of anything about the map is this gate: the areas must already be there.
    const data = await t.client.ok(`query($id: ID!) { programme(id: $id) { steps { step items { key verdict { satisfied explanation } } } } }`, { id: programme.id }, as);
    const map = data.programme.steps.find((s: { step: string }) => s.step === 'MAP');
    const verdict = map.items.find((i: { key: string }) => i.key === 'map.describe_initiatives').verdict;
    expect(verdict).toEqual({ satisfied: false, explanation: expect.stringMatching(/^Initiatives are recorded for 0 of 8 active service areas/) });
    expect(JSON.stringify(data)).not.toContain('No service area is marked active');
  });

  it('issues no write statement for any root query field, nested fields included', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const counter = t.app.get(QueryCounter);
    const rootFields = Object.keys(schema.getQueryType()!.getFields());
    const asked: string[] = [];
    const skipped: string[] = [];
    const writes: Array<{ document: string; sql: string }> = [];
    for (const name of rootFields) {
      const documents = documentsFor(schema, name, values);
      if (!documents) {
        skipped.push(name);
        continue;
      }
      for (const document of documents) {
        const seen: string[] = [];
        const stop = counter.watch((sql) => seen.push(sql));
        const response = await t.client.request(document, {}, admin);
        stop();
        // A read that failed proves nothing about its resolvers: every document must be answered.
        expect({ document, errors: response.errors ?? [] }).toEqual({ document, errors: [] });
        expect(seen.length).toBeGreaterThan(0);
        for (const sql of seen.filter(isWriteStatement)) writes.push({ document, sql: sql.slice(0, 300) });
      }
      asked.push(name);
    }
    expect(writes).toEqual([]);
    // Every root field with simple arguments was asked; none is left out silently.
    expect(skipped).toEqual([]);
    expect(asked.length).toBe(rootFields.length);
  }, 300_000);

  it('issues no write statement when an API key or a public link reads', async () => {
    const counter = t.app.get(QueryCounter);
    const key = (await t.client.ok(`mutation { createApiKey(input: { name: "Intranet", role: VIEWER }) { secret } }`, {}, admin)).createApiKey.secret as string;
    // The first use stamps the key's last use (a record of the credential, at most once a minute): not counted here.
    await t.client.ok(`{ organisation { id } }`, {}, { apiKey: key });
    const reads: Array<[string, As]> = [
      [`{ programmes(first: 3) { totalCount edges { node { id name currentStep journey(first: 3) { edges { node { type kind } } } } } } }`, { apiKey: key }],
      [`query($token: String!) { publishedInitiatives(feedToken: $token) { id name } }`, {}],
      [`query($token: String!) { surveyForm(token: $token) { title } }`, {}],
    ];
    for (const [document, as] of reads) {
      const seen: string[] = [];
      const stop = counter.watch((sql) => seen.push(sql));
      const response = await t.client.request(document, { token: document.includes('surveyForm') ? values.byName.token : values.byName.feedToken }, as);
      stop();
      expect({ document, errors: response.errors ?? [] }).toEqual({ document, errors: [] });
      expect({ document, writes: seen.filter(isWriteStatement) }).toEqual({ document, writes: [] });
    }
  });
});

/** An organisation with something of every kind: a programme past Map it, a pilot decided SCALE with its plans, people, surveys. */
async function populate(t: TestApp, org: Organisation): Promise<ArgValues> {
  const as = org.as.ADMIN;
  const ok = (document: string, input: Record<string, unknown> = {}) => t.client.ok(document, { input }, as);
  const programme = (await ok(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }`, { name: 'Everything at once' })).createProgramme;
  const areas = (await t.client.ok(`{ serviceAreas { id name } }`, {}, as)).serviceAreas as Array<{ id: string }>;
  const initiative = (
    await ok(`mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`, {
      name: 'Street wardens',
      serviceAreaId: areas[0].id,
      forms: ['CO_DELIVERY'],
      publicBodyInput: 'Training and radios',
      programmeId: programme.id,
    })
  ).createInitiative;
  await ok(`mutation($input: PublishInitiativesInput!) { publishInitiatives(input: $input) { id } }`, { initiativeIds: [initiative.id], published: true });
  const feedToken = (await t.client.ok(`mutation { rotateFeedToken { token } }`, {}, as)).rotateFeedToken.token as string;

  const priority = (await ok(`mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id } }`, { programmeId: programme.id, serviceAreaId: areas[0].id }))
    .createPriorityArea;
  await ok(`mutation($input: ScorePriorityAreaInput!) { scorePriorityArea(input: $input) { id } }`, { priorityAreaId: priority.id, need: 4, feasibility: 3, appetite: 5, impact: 4 });

  let pilot = await createPilot(t, as, { programmeId: programme.id, name: 'Wardens on every estate', priorityAreaId: priority.id, participantsReached: 12 });
  const metric = (
    await ok(`mutation($input: AddPilotMetricInput!) { addPilotMetric(input: $input) { id } }`, { pilotId: pilot.id, name: 'Reports', unit: 'a month', direction: 'LOWER_IS_BETTER', baseline: '40', target: '25' })
  ).addPilotMetric;
  await ok(`mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`, { metricId: metric.id, date: '2026-02-01', value: '31' });
  await addLine(t, as, pilot.id, 'COST', '1200.00');
  await addLine(t, as, pilot.id, 'SAVING', '3000.00');

  const skill = (await ok(`mutation($input: CreateSkillInput!) { createSkill(input: $input) { id } }`, { name: 'First aid' })).createSkill;
  const participant = (
    await ok(`mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`, {
      kind: 'CITIZEN',
      displayName: 'Robin Reader',
      motivation: 4,
      hoursPerMonth: 6,
      skillIds: [skill.id],
      lawfulBasis: { basis: 'PUBLIC_TASK' },
    })
  ).registerParticipant;
  pilot = await move(t, as, 'approve', pilot, { reason: 'Fits the priority' });
  await ok(`mutation($input: SetPilotNeedsInput!) { setPilotNeeds(input: $input) { pilotId } }`, { pilotId: pilot.id, skillIds: [skill.id], hoursPerMonth: 4 });
  await ok(`mutation($input: CreateEngagementPlanInput!) { createEngagementPlan(input: $input) { id } }`, { pilotId: pilot.id });
  await ok(`mutation($input: AddIncentiveInput!) { addIncentive(input: $input) { incentive { id } } }`, { pilotId: pilot.id, kind: 'INTRINSIC', description: 'Pride in the estate' });
  const terms = (
    await ok(`mutation($input: SaveEngagementTermsInput!) { saveEngagementTerms(input: $input) { version } }`, {
      pilotId: pilot.id,
      expectations: 'Two walks a month',
      rulesOfEngagement: 'Wardens report, they do not intervene',
    })
  ).saveEngagementTerms;
  await ok(`mutation($input: PublishEngagementTermsInput!) { publishEngagementTerms(input: $input) { version } }`, { pilotId: pilot.id, version: terms.version });
  pilot = await move(t, as, 'start', pilot);
  const enrolment = (
    await ok(`mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { id } }`, { pilotId: pilot.id, participantId: participant.id, role: 'Warden', selfEfficacy: 3 })
  ).enrolParticipant;
  await ok(`mutation($input: RecordSelfEfficacyInput!) { recordSelfEfficacy(input: $input) { id } }`, { enrolmentId: enrolment.id, recordedOn: await today(t, org.id), score: 4 });
  pilot = await move(t, as, 'evaluate', pilot);
  pilot = await move(t, as, 'decide', pilot, { decision: 'SCALE', reason: 'Reports fell by a quarter' });
  const scaling = (
    await ok(`mutation($input: CreateScalingPlanInput!) { createScalingPlan(input: $input) { id } }`, { pilotId: pilot.id, mechanism: 'REPLICATE', targetServiceAreaIds: [areas[1].id] })
  ).createScalingPlan;
  await ok(`mutation($input: AddTrainingActionInput!) { addTrainingAction(input: $input) { id } }`, { scalingPlanId: scaling.id, audience: 'STAFF', topic: 'Supporting wardens' });

  const task = (await ok(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, { programmeId: programme.id, title: 'Walk the estates', step: 'MAP' })).createTask;
  const read = await t.client.ok(`query($id: ID!) { programme(id: $id) { version steps { step items { id kind } } } }`, { id: programme.id }, as);
  const manual = read.programme.steps[0].items.find((i: { kind: string }) => i.kind === 'MANUAL');
  await ok(`mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`, { itemId: manual.id, evidenceText: 'Workshop notes' });
  // A passed step, so that gate records are read too.
  await ok(`mutation($input: GatedMoveInput!) { advanceStep(input: $input) { id } }`, { programmeId: programme.id, version: read.programme.version, overrideReason: 'Board asked to move on' });

  const template = (await t.client.ok(`mutation { copyDefaultTemplate(input: { name: "Our way" }) { id } }`, {}, as)).copyDefaultTemplate;
  await ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`, { email: 'pending@example.org', role: 'VIEWER' });

  const surveyInput = { title: 'Residents', areas: ['COMMUNITY_SAFETY'], samplingMethod: 'SELF_SELECTED_ONLINE' };
  const earlier = (await ok(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { responseToken survey { id } } }`, surveyInput)).createSurvey;
  const later = (await ok(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { responseToken survey { id } } }`, { ...surveyInput, title: 'Residents again' })).createSurvey;
  for (const survey of [earlier, later]) {
    await ok(`mutation($input: RecordSurveyResponseInput!) { recordSurveyResponse(input: $input) { id } }`, {
      surveyId: survey.survey.id,
      answers: { 'safety.q1': 'OFTEN', 'safety.q2': 'SOMETIMES', 'safety.q3': 'NEVER', 'safety.q4': 'OFTEN', 'safety.q5': 'SOMETIMES' },
    });
  }

  const engagementPlan = (await t.client.ok(`query($id: ID!) { pilot(id: $id) { engagementPlan { id } } }`, { id: pilot.id }, as)).pilot.engagementPlan;
  return {
    byName: {
      programmeId: programme.id,
      pilotId: pilot.id,
      participantId: participant.id,
      surveyId: earlier.survey.id,
      earlierId: earlier.survey.id,
      laterId: later.survey.id,
      feedToken,
      token: later.responseToken,
    },
    idByType: {
      Programme: programme.id,
      Pilot: pilot.id,
      PilotMetric: metric.id,
      PriorityArea: priority.id,
      Initiative: initiative.id,
      Participant: participant.id,
      EngagementPlan: engagementPlan.id,
      ScalingPlan: scaling.id,
      Survey: earlier.survey.id,
      Task: task.id,
      WorkflowTemplate: template.id,
    },
  };
}
