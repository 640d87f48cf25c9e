import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { createProgramme, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';

/** Operations anyone may call without an account: what a guest's pass can reach, and where it is no credential at all. */
const PUBLIC = [
  'joinWorkshop',
  'guestRoom',
  'castGuestVotes',
  'addGuestNote',
  'surveyForm',
  'submitSurveyResponse',
  'publishedInitiatives',
  'publishedRulesOfEngagement',
  'publicOutcomePage',
];

/** Signing up, in, out, asking for a reset link and the links that start a session: open to anyone, and a pass is no account there. */
const ACCOUNT = ['signUp', 'signIn', 'signOut', 'startSession', 'acceptInvitation', 'requestPasswordReset', 'resetPassword'];

/**
 * A guest's pass against every query and mutation in the schema: sent as the bearer token with
 * the organisation's header, and as every string argument. Everything but the public operations
 * answers UNAUTHENTICATED; the public ones that take a pass answer that one workshop's room only.
 */
describe('a workshop guest’s pass, tried on every operation', () => {
  let t: TestApp;
  let org: Organisation;
  let pass: string;
  let workshopId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Probe Council');
    const programmeId = (await createProgramme(t, org.as.ADMIN, 'Probed')).id;
    const planned = (
      await t.client.ok(
        `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id version } }`,
        {
          input: {
            programmeId,
            title: 'Probe',
            startsAt: '2027-03-04T09:30:00Z',
            endsAt: '2027-03-04T12:00:00Z',
            facilitatorUserId: org.as.CONSULTANT.userId,
          },
        },
        org.as.CONSULTANT,
      )
    ).planWorkshop;
    workshopId = planned.id;
    await t.client.ok(
      `mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id } }`,
      { input: { workshopId, version: planned.version } },
      org.as.CONSULTANT,
    );
    const { code } = (
      await t.client.ok(
        `mutation($input: WorkshopJoiningInput!) { openWorkshopJoining(input: $input) { code } }`,
        { input: { workshopId } },
        org.as.CONSULTANT,
      )
    ).openWorkshopJoining;
    pass = (
      await t.client.ok(`mutation($input: JoinWorkshopInput!) { joinWorkshop(input: $input) { pass } }`, {
        input: { code, displayName: 'Probe' },
      })
    ).joinWorkshop.pass;
  });
  afterAll(() => t.close());

  it('opens nothing but the public operations, and through them nothing but its own room', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const reached: string[] = [];
    for (const [kind, type] of [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(type.getFields())) {
        const { document, variables } = operation(kind, field, { pass, workshopId });
        const response = await t.client.request(document, variables, { token: pass, organisationId: org.id });
        const codes = (response.errors ?? []).map((e) => e.extensions?.code);
        if (codes.includes('UNAUTHENTICATED')) continue;
        reached.push(field.name);
        // What a public operation answers holds no organisation's records beyond the guest's room.
        const text = JSON.stringify(response.data ?? {});
        expect({ field: field.name, leaks: text.includes(org.id) }).toEqual({ field: field.name, leaks: false });
      }
    }
    // Public and taking the pass: the guest's own room. Public without it: as if no one had signed in.
    expect(reached.filter((name) => !PUBLIC.includes(name) && !ACCOUNT.includes(name))).toEqual([]);
    expect(reached).toEqual(expect.arrayContaining(['guestRoom', 'castGuestVotes', 'addGuestNote']));
    const room = await t.client.ok(`query($pass: String!) { guestRoom(pass: $pass) { workshopId title } }`, { pass });
    expect(room.guestRoom).toEqual({ workshopId, title: 'Probe' });
  });
});

/** A document calling `field` with every required argument filled (strings with the pass, ids with the workshop's). */
function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, fill: { pass: string; workshopId: string }) {
  const required = field.args.filter((arg: GraphQLArgument) => arg.type instanceof GraphQLNonNull || arg.name === 'pass');
  const variables = Object.fromEntries(required.map((arg) => [arg.name, valueOf(arg.type, fill, arg.name)]));
  const params = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const selection = isObjectType(returned) || isInterfaceType(returned) || isUnionType(returned) ? ' { __typename }' : '';
  return {
    document: `${kind}${params ? `(${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables,
  };
}

function valueOf(type: GraphQLInputType, fill: { pass: string; workshopId: string }, name: string): unknown {
  if (type instanceof GraphQLNonNull) return valueOf(type.ofType, fill, name);
  if (type instanceof GraphQLList) return [valueOf(type.ofType, fill, name)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull || f.name === 'pass');
    return Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, fill, f.name)]));
  }
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'ID':
        return fill.workshopId;
      case 'String':
        return name === 'code' ? 'ABCDE-FGHJK' : fill.pass;
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2027-03-04T10:00:00Z';
      case 'LocalDate':
        return '2027-03-04';
      default:
        return {};
    }
  }
  return null;
}
