import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { DEFAULT_LIMITS, type DocumentLimits, documentLimitsRule } from './limits';

/** A small schema with a cycle (so depth is unbounded) and a connection with `first`. */
const schema = buildSchema(`
  type Query {
    node: Node
    nodes(first: Int, after: String): NodeConnection!
  }
  type Node {
    id: ID!
    name: String
    parent: Node
    children(first: Int): NodeConnection!
  }
  type NodeConnection {
    edges: [NodeEdge!]!
    totalCount: Int!
  }
  type NodeEdge {
    node: Node!
  }
`);

const LIMITS: DocumentLimits = { maxDepth: 5, maxIntrospectionDepth: 20, maxAliases: 3, maxCost: 1000, assumedPageSize: 100 };

/** Runs the rule alone (as Apollo runs it beside GraphQL's own rules) and returns its messages. */
function refusals(query: string, limits: Partial<DocumentLimits> = {}, variables: Record<string, unknown> = {}): string[] {
  const errors: readonly GraphQLError[] = validate(schema, parse(query), [documentLimitsRule({ ...LIMITS, ...limits }, () => variables)]);
  for (const error of errors) expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  return errors.map((e) => e.message);
}

/** A query `levels` fields deep: node { parent { parent { … id } } }. */
function nested(levels: number): string {
  return `{ node { ${'parent { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
}

describe('documentLimitsRule', () => {
  describe('depth', () => {
    it('counts each level of fields, leaves included, and refuses past the limit', () => {
      expect(refusals(nested(5))).toEqual([]);
      expect(refusals(nested(6))).toEqual(['The query is 6 levels deep; the limit is 5.']);
    });

    it('counts depth through fragment spreads', () => {
      const query = `
        { node { ...A } }
        fragment A on Node { parent { ...B } }
        fragment B on Node { parent { parent { parent { id } } } }`;
      expect(refusals(query)).toEqual(['The query is 6 levels deep; the limit is 5.']);
      expect(refusals(query, { maxDepth: 6 })).toEqual([]);
    });

    it('counts depth through inline fragments, which add no level themselves', () => {
      const query = `{ node { ... on Node { parent { ... { parent { ... on Node { parent { parent { id } } } } } } } } }`;
      expect(refusals(query)).toEqual(['The query is 6 levels deep; the limit is 5.']);
      expect(refusals(`{ node { ... on Node { ... { ... on Node { ... { id } } } } } }`)).toEqual([]);
    });

    it('takes the deepest branch, not the sum of branches', () => {
      expect(refusals(`{ node { id parent { id parent { id } } } a: node { parent { parent { id } } } }`)).toEqual([]);
    });

    it('measures every operation of a document on its own', () => {
      const messages = refusals(`query Shallow { node { id } } query Deep ${nested(7)}`);
      expect(messages).toEqual(['The query is 7 levels deep; the limit is 5.']);
    });

    it('lets the standard introspection query through (GraphiQL sends it) but not a 100-level type chain', () => {
      expect(refusals(getIntrospectionQuery({ inputValueDeprecation: true, descriptions: true }), DEFAULT_LIMITS)).toEqual([]);
      const chain = `{ __type(name: "Node") { ${'ofType { '.repeat(99)}name${' }'.repeat(99)} } }`;
      expect(refusals(chain, DEFAULT_LIMITS)).toEqual(['The introspection query is 101 levels deep; the limit is 20.']);
    });

    it('does not count introspection depth against the application limit, nor the other way round', () => {
      expect(refusals(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`)).toEqual([]);
      expect(refusals(`{ __typename node { __typename parent { parent { parent { parent { __typename } } } } } }`)).toEqual([
        'The query is 6 levels deep; the limit is 5.',
      ]);
    });
  });

  describe('aliases', () => {
    it('counts aliases anywhere in the document, fragments included', () => {
      expect(refusals(`{ a: node { id } b: node { id } c: node { id } }`)).toEqual([]);
      const query = `{ a: node { ...F } b: node { id } } fragment F on Node { c: id d: name }`;
      expect(refusals(query)).toEqual(['The query uses 4 aliases; the limit is 3.']);
    });

    it('counts a fragment spread twice twice', () => {
      expect(refusals(`{ node { ...F ...F } } fragment F on Node { x: id y: name }`)).toEqual([
        'The query uses 4 aliases; the limit is 3.',
      ]);
    });

    it('refuses 1,000 aliases', () => {
      const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
      expect(refusals(query, DEFAULT_LIMITS)).toEqual([`The query uses 1000 aliases; the limit is ${DEFAULT_LIMITS.maxAliases}.`]);
    });

    it('does not count fields without an alias', () => {
      expect(refusals(`{ node { id name parent { id name } } }`)).toEqual([]);
    });
  });

  describe('cost', () => {
    it('counts each field once without pages', () => {
      // node, id, name, parent, id = 5
      expect(refusals(`{ node { id name parent { id } } }`, { maxCost: 5 })).toEqual([]);
      expect(refusals(`{ node { id name parent { id } } }`, { maxCost: 4 })).toEqual([
        'The query could return about 5 fields; the limit is 4. Ask for smaller pages.',
      ]);
    });

    it('counts a connection asked without `first` at the default page of 20, through fragments too', () => {
      // nodes 1 + 20 × (edges 1 + node 1 + id 1) = 61
      expect(refusals(`{ nodes { edges { node { id } } } }`, { maxCost: 61 })).toEqual([]);
      expect(refusals(`{ nodes { edges { node { id } } } }`, { maxCost: 60 })).toEqual([
        'The query could return about 61 fields; the limit is 60. Ask for smaller pages.',
      ]);
      // nested pages multiply: nodes 1 + 20 × (edges 1 + node 1 + children 1 + 20 × (edges 1 + node 1 + id 1)) = 1261
      const nestedPages = `{ nodes { ...Page } } fragment Page on NodeConnection { edges { node { children { edges { node { id } } } } } }`;
      expect(refusals(nestedPages, { maxCost: 1261, maxDepth: 7 })).toEqual([]);
      expect(refusals(nestedPages, { maxCost: 1260, maxDepth: 7 })).toHaveLength(1);
    });

    it('multiplies the children of a connection by a literal `first`', () => {
      // nodes 1 + 10 × (edges 1 + node 1 + id 1) = 31
      const query = `{ nodes(first: 10) { edges { node { id } } } }`;
      expect(refusals(query, { maxCost: 31 })).toEqual([]);
      expect(refusals(query, { maxCost: 30 })).toEqual(['The query could return about 31 fields; the limit is 30. Ask for smaller pages.']);
    });

    it('multiplies nested pages together', () => {
      // nodes 1 + 10 × (edges 1 + node 1 + children 1 + 10 × (edges 1 + node 1 + id 1)) = 331
      const query = `{ nodes(first: 10) { edges { node { children(first: 10) { edges { node { id } } } } } } }`;
      expect(refusals(query, { maxDepth: 10, maxCost: 331 })).toEqual([]);
      expect(refusals(query, { maxDepth: 10, maxCost: 330 })).toEqual([
        'The query could return about 331 fields; the limit is 330. Ask for smaller pages.',
      ]);
    });

    it('multiplies by `first` given as a variable, when the variable is known', () => {
      const query = `query($n: Int) { nodes(first: $n) { edges { node { id } } } }`;
      expect(refusals(query, { maxCost: 31 }, { n: 10 })).toEqual([]);
      expect(refusals(query, { maxCost: 31 }, { n: 11 })).toEqual([
        'The query could return about 34 fields; the limit is 31. Ask for smaller pages.',
      ]);
    });

    it("uses the variable's default when its value is not known", () => {
      const query = `query($n: Int = 10) { nodes(first: $n) { edges { node { id } } } }`;
      expect(refusals(query, { maxCost: 31 })).toEqual([]);
      expect(refusals(query, { maxCost: 31 }, { n: 50 })).toHaveLength(1);
    });

    it('assumes the largest page when a `first` variable is not known (Apollo validates before it sees variables)', () => {
      // nodes 1 + 100 × 3 = 301
      const query = `query($n: Int) { nodes(first: $n) { edges { node { id } } } }`;
      expect(refusals(query, { maxCost: 1000 })).toEqual([]);
      expect(refusals(query, { maxCost: 300 })).toEqual([
        'The query could return about 301 fields; the limit is 300. Ask for smaller pages.',
      ]);
    });

    it('multiplies the fields of fragments spread inside a page', () => {
      const query = `{ nodes(first: 10) { edges { ...E } } } fragment E on NodeEdge { node { id name } }`;
      // nodes 1 + 10 × (edges 1 + node 1 + id 1 + name 1) = 41
      expect(refusals(query, { maxCost: 40 })).toEqual(['The query could return about 41 fields; the limit is 40. Ask for smaller pages.']);
    });
  });

  describe('fragments that never end', () => {
    it('stops at a fragment that spreads itself, and leaves the cycle to GraphQL’s own rule', () => {
      const query = `{ node { ...A } } fragment A on Node { id parent { ...A } }`;
      const started = Date.now();
      expect(refusals(query)).toEqual([]);
      const all = validate(schema, parse(query), [...specifiedRules, documentLimitsRule(LIMITS)]);
      expect(all.map((e) => e.message)).toEqual(['Cannot spread fragment "A" within itself.']);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('stops at fragments that spread each other', () => {
      const query = `{ node { ...A } } fragment A on Node { parent { ...B } } fragment B on Node { parent { ...C } } fragment C on Node { id parent { ...A } }`;
      const all = validate(schema, parse(query), [...specifiedRules, documentLimitsRule(LIMITS)]);
      expect(all.map((e) => e.message)).toEqual([expect.stringMatching(/Cannot spread fragment "A" within itself via "?B"?, "?C"?/)]);
    });

    it('measures a fragment spread twice at each of 40 levels (2^40 paths) without walking every path', () => {
      const fragments = Array.from(
        { length: 40 },
        (_, i) => `fragment F${i} on Node { ${i < 39 ? `parent { ...F${i + 1} } ...F${i + 1}` : 'id'} }`,
      ).join('\n');
      const started = Date.now();
      const messages = refusals(`{ node { ...F0 } }\n${fragments}`, { maxDepth: 100, maxCost: Number.MAX_SAFE_INTEGER });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(messages).toEqual([]);
      // The depth is still right: 1 (node) + 39 (parent) + 1 (id).
      expect(refusals(`{ node { ...F0 } }\n${fragments}`, { maxDepth: 40, maxCost: Number.MAX_SAFE_INTEGER })).toEqual([
        'The query is 41 levels deep; the limit is 40.',
      ]);
    });
  });
});
