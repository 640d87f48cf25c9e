import type { As } from '../support/graphql-client';
import { sql, type TestApp } from '../support/test-app';

/** The documents the People-it suites send, and short paths through the API. */

export type Role = 'ADMIN' | 'PROGRAMME_MANAGER' | 'CONSULTANT' | 'CONTRIBUTOR' | 'VIEWER';
const ROLES: readonly Role[] = ['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'];

export interface Organisation {
  id: string;
  as: Record<Role, As & { userId: string }>;
}

/** An organisation with one member in each role. */
export async function organisationWithRoles(t: TestApp, name = 'People Council'): Promise<Organisation> {
  const admin = await t.client.signUp(`${name} Admin`);
  const id = await t.client.createOrganisation(admin.token, name);
  const as = { ADMIN: { token: admin.token, organisationId: id, userId: admin.userId } } as Organisation['as'];
  for (const role of ROLES.slice(1)) {
    const member = await t.client.addMember(admin.token, id, role, `${name} ${role}`);
    as[role] = { token: member.token, organisationId: id, userId: member.userId };
  }
  return { id, as };
}

export const PARTICIPANT_FIELDS = `id kind displayName contact notes motivation hoursPerMonth erased erasedAt version
  lawfulBasis { basis consentGivenAt consentPurposes consentMeans otherBasis } skills { id name }`;

/** What every role may read: nothing personal (names need CONTRIBUTOR or above; the other personal fields CONSULTANT or above). */
export const READER_FIELDS = `id kind motivation hoursPerMonth erased erasedAt version lawfulBasis { basis consentGivenAt } skills { id name }`;
/** What a CONTRIBUTOR may read: the above and names. */
export const NAMED_FIELDS = `${READER_FIELDS} displayName`;

export const Q = {
  participantForReaders: `query($id: ID!) { participant(id: $id) { ${READER_FIELDS} enrolments { id pilotId role active selfEfficacyReadings { score recordedOn } } } }`,
  participantsForReaders: `query($filter: ParticipantFilter, $first: Int, $after: String) { participants(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${READER_FIELDS} } } } }`,
  participantNamed: `query($id: ID!) { participant(id: $id) { ${NAMED_FIELDS} } }`,
  participantsNamed: `query($filter: ParticipantFilter, $first: Int, $after: String) { participants(filter: $filter, first: $first, after: $after) {
    totalCount edges { node { ${NAMED_FIELDS} } } } }`,
  participant: `query($id: ID!) { participant(id: $id) { ${PARTICIPANT_FIELDS} enrolments { id pilotId role active selfEfficacyReadings { score recordedOn } } } }`,
  participants: `query($filter: ParticipantFilter, $first: Int, $after: String) { participants(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${PARTICIPANT_FIELDS} } } } }`,
  skills: `query { skills { id name } }`,
  export: `query($participantId: ID!) { participantDataExport(participantId: $participantId) }`,
  matches: `query($pilotId: ID!, $first: Int) { participantMatches(pilotId: $pilotId, first: $first) {
    score parts { skills motivation time } explanation participant { id displayName } } }`,
  pilot: `query($id: ID!) { pilot(id: $id) { id status enrolledParticipants
    needs { hoursPerMonth version skills { id name } }
    selfEfficacyChange { participantsWithReadings participantsWithTwoReadings meanFirstReading meanLatestReading meanChange note }
    participants(first: 50) { totalCount edges { node { id role active withdrawnAt participantId selfEfficacyChange
      participant { id displayName } selfEfficacyReadings { score recordedOn } } } } } }`,
  history: `query { history(first: 100) { edges { node { type programmeId payload } } } }`,
  journey: `query($id: ID!) { programme(id: $id) { journey(first: 100) { edges { node { type payload } } } } }`,
  peopleItem: `query($id: ID!) { programme(id: $id) { steps { step items { key verdict { satisfied explanation } } } } }`,
};

export const M = {
  createSkill: `mutation($input: CreateSkillInput!) { createSkill(input: $input) { id name } }`,
  register: `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { ${PARTICIPANT_FIELDS} } }`,
  update: `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { ${PARTICIPANT_FIELDS} } }`,
  erase: `mutation($input: EraseParticipantInput!) { eraseParticipant(input: $input) { ${PARTICIPANT_FIELDS} } }`,
  setNeeds: `mutation($input: SetPilotNeedsInput!) { setPilotNeeds(input: $input) { pilotId hoursPerMonth version skills { id name } } }`,
  enrol: `mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { id pilotId participantId role active withdrawnAt
    selfEfficacyReadings { score recordedOn } selfEfficacyChange participant { id displayName } pilot { id name } } }`,
  recordSelfEfficacy: `mutation($input: RecordSelfEfficacyInput!) { recordSelfEfficacy(input: $input) { id selfEfficacyReadings { score recordedOn } selfEfficacyChange } }`,
  withdraw: `mutation($input: WithdrawParticipantInput!) { withdrawParticipant(input: $input) { id active withdrawnAt } }`,
};

export async function createSkills(t: TestApp, as: As, names: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const name of names) ids[name] = (await t.client.ok(M.createSkill, { input: { name } }, as)).createSkill.id;
  return ids;
}

export const PUBLIC_TASK = { basis: 'PUBLIC_TASK' };

export async function register(
  t: TestApp,
  as: As,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number; displayName: string }> {
  return (await t.client.ok(M.register, { input: { kind: 'CITIZEN', motivation: 3, hoursPerMonth: 4, ...input } }, as)).registerParticipant;
}

/** A programme with one RUNNING pilot (proposed, approved and started through the pilots API). */
export async function runningPilot(
  t: TestApp,
  as: As,
  programmeName = 'Befriending',
  pilotName = 'Larkspur befriending',
): Promise<{ programmeId: string; pilotId: string }> {
  const programmeId = (
    await t.client.ok(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
      { input: { name: programmeName } },
      as,
    )
  ).createProgramme.id;
  const pilotId = await pilotIn(t, as, programmeId, pilotName, 'RUNNING');
  return { programmeId, pilotId };
}

/** A pilot of the programme, moved on to APPROVED or RUNNING if asked. */
export async function pilotIn(
  t: TestApp,
  as: As,
  programmeId: string,
  name: string,
  status: 'PROPOSED' | 'APPROVED' | 'RUNNING' = 'PROPOSED',
): Promise<string> {
  let pilot = (
    await t.client.ok(
      `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id version } }`,
      { input: { programmeId, name, participantsReached: 7 } },
      as,
    )
  ).createPilot;
  if (status === 'APPROVED' || status === 'RUNNING') {
    pilot = (
      await t.client.ok(
        `mutation($input: ApprovePilotInput!) { approvePilot(input: $input) { id version } }`,
        { input: { pilotId: pilot.id, version: pilot.version } },
        as,
      )
    ).approvePilot;
  }
  if (status === 'RUNNING') {
    pilot = (
      await t.client.ok(
        `mutation($input: PilotMoveInput!) { startPilot(input: $input) { id version } }`,
        { input: { pilotId: pilot.id, version: pilot.version } },
        as,
      )
    ).startPilot;
  }
  return pilot.id;
}

/** Today in the organisation's time zone, as the server sees it. */
export async function today(t: TestApp, organisationId: string): Promise<string> {
  const [row] = await sql<{ today: string }>(
    t,
    `SELECT (now() AT TIME ZONE time_zone)::date::text AS today FROM organisation WHERE id = $1`,
    [organisationId],
  );
  return row.today;
}

export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Where `needle` occurs anywhere in the database: every table of every schema but the system
 * ones, each row as text (all columns, whatever their type: text, varchar, jsonb, arrays…).
 */
export async function findAnywhere(t: TestApp, needle: string): Promise<string[]> {
  const tables = await sql<{ schema: string; name: string }>(
    t,
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
  );
  const textColumns = await sql<{ schema: string; table: string; column: string }>(
    t,
    `SELECT table_schema AS schema, table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND (data_type IN ('text', 'character varying', 'character', 'jsonb', 'json') OR data_type = 'ARRAY')`,
  );
  const found: string[] = [];
  const pattern = `%${needle.toLowerCase()}%`;
  for (const table of tables) {
    const [row] = await sql<{ n: number }>(
      t,
      `SELECT count(*)::int AS n FROM "${table.schema}"."${table.name}" r WHERE lower(r::text) LIKE $1`,
      [pattern],
    );
    if (row.n) found.push(`${table.schema}.${table.name}`);
  }
  // The same search column by column, as the columns' own text, so an odd row cast cannot hide a hit.
  for (const c of textColumns) {
    const [row] = await sql<{ n: number }>(
      t,
      `SELECT count(*)::int AS n FROM "${c.schema}"."${c.table}" WHERE lower("${c.column}"::text) LIKE $1`,
      [pattern],
    );
    if (row.n) found.push(`${c.schema}.${c.table}.${c.column}`);
  }
  return found;
}

/** The field a BAD_USER_INPUT error names: from `extensions.fields`, or (for GraphQL's own coercion errors) the quoted path in its message. */
export function namedField(error: { message: string; extensions?: { fields?: Array<{ field: string }> } }, field: string): string {
  return error.extensions?.fields?.find((f) => f.field === field)?.field ?? (error.message.includes(`"${field}"`) ? field : error.message);
}

export { sql };
