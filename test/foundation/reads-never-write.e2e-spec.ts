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
import { type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { populate, type PopulatedIds } from '../support/populate';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A read never writes: every root query field that can be called with simple
 * arguments is asked of an organisation that holds something of every kind, with selections
 * reaching into nested fields, while the server's statements are watched; none may write.
 */

/** Statements that change data or schema. `SELECT … FOR UPDATE` only locks, and transactions only frame. */
function isWriteStatement(sql: string): boolean {
  const text = sql
    .replace(/--[^\n]*\n/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .trim();
  if (
    /^(INSERT|UPDATE|DELETE|MERGE|UPSERT|TRUNCATE|CREATE|ALTER|DROP|COPY|GRANT|REVOKE|COMMENT|NOTIFY|REFRESH|VACUUM|CLUSTER|REINDEX)\b/i.test(
      text,
    )
  )
    return true;
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

type ArgValues = PopulatedIds;

/** The arguments of a field as literals, or null when a required one has no value here. */
function argumentsOf(field: GraphQLField<unknown, unknown>, values: ArgValues): string | null {
  const given: string[] = [];
  for (const arg of field.args) {
    const named = getNamedType(arg.type).name;
    let value: string | undefined;
    if (values.byField[field.name]?.[arg.name] !== undefined) value = values.byField[field.name][arg.name];
    else if (arg.name === 'first') value = String(PAGE);
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

  it('gives a new organisation its service areas when it is created, so its Map it gate is right before anything is read', async () => {
    const person = await t.client.signUp('Newcomer');
    const as = { token: person.token, organisationId: await t.client.createOrganisation(person.token, 'Brand New Council') };
    const programme = (await t.client.ok(`mutation { createProgramme(input: { name: "First look" }) { id } }`, {}, as)).createProgramme;
    // The first read of anything about the map is this gate: the areas must already be there.
    const data = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { steps { step items { key verdict { satisfied explanation } } } } }`,
      { id: programme.id },
      as,
    );
    const map = data.programme.steps.find((s: { step: string }) => s.step === 'MAP');
    const verdict = map.items.find((i: { key: string }) => i.key === 'map.describe_initiatives').verdict;
    expect(verdict).toEqual({
      satisfied: false,
      explanation: expect.stringMatching(/^Initiatives are recorded for 0 of 8 active service areas/),
    });
    expect(JSON.stringify(data)).not.toContain('No service area is marked active');
  });

  it('issues no write statement for any root query field, nested fields included', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const counter = t.app.get(QueryCounter);
    const rootFields = Object.keys(schema.getQueryType()!.getFields());
    const asked: string[] = [];
    const skipped: string[] = [];
    const writes: Array<{ document: string; sql: string }> = [];
    let statements = 0;
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
        statements += seen.length;
        for (const sql of seen.filter(isWriteStatement)) writes.push({ document, sql: sql.slice(0, 300) });
      }
      asked.push(name);
    }
    expect(writes).toEqual([]);
    // The counter saw the reads (a field may need none: a catalogue, or who is asking, cached).
    expect(statements).toBeGreaterThan(rootFields.length);
    // Every root field with simple arguments was asked; none is left out silently.
    expect(skipped).toEqual([]);
    expect(asked.length).toBe(rootFields.length);
  }, 300_000);

  it('issues no write statement when an API key or a public link reads', async () => {
    const counter = t.app.get(QueryCounter);
    const key = (await t.client.ok(`mutation { createApiKey(input: { name: "Intranet", role: VIEWER }) { secret } }`, {}, admin))
      .createApiKey.secret as string;
    // The first use stamps the key's last use (a record of the credential, at most once a minute): not counted here.
    await t.client.ok(`{ organisation { id } }`, {}, { apiKey: key });
    const reads: Array<[string, As]> = [
      [
        `{ programmes(first: 3) { totalCount edges { node { id name currentStep journey(first: 3) { edges { node { type kind } } } } } } }`,
        { apiKey: key },
      ],
      [`query($token: String!) { publishedInitiatives(feedToken: $token) { id name } }`, {}],
      [`query($token: String!) { surveyForm(token: $token) { title } }`, {}],
    ];
    for (const [document, as] of reads) {
      const seen: string[] = [];
      const stop = counter.watch((sql) => seen.push(sql));
      const response = await t.client.request(
        document,
        { token: document.includes('surveyForm') ? values.byName.token : values.byName.feedToken },
        as,
      );
      stop();
      expect({ document, errors: response.errors ?? [] }).toEqual({ document, errors: [] });
      expect({ document, writes: seen.filter(isWriteStatement) }).toEqual({ document, writes: [] });
    }
  });
});
