import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { firstRootField } from './keyed-mutations';

/** The parts of a resolver's info that firstRootField reads, from a document. */
function info(document: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const definitions = parse(document).definitions;
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { operation, fragments, variableValues } as unknown as GraphQLResolveInfo;
}

describe("a keyed mutation's first root field", () => {
  it('is the first field a resolver runs, by its alias', () => {
    expect(firstRootField(info('mutation { a: createProgramme { id } b: createPilot { id } }'))).toBe('a');
    expect(firstRootField(info('mutation { __typename createProgramme { id } }'))).toBe('createProgramme');
  });

  it('follows fragments and leaves out what @skip and @include leave out', () => {
    expect(firstRootField(info('mutation { ...F b } fragment F on Mutation { a }'))).toBe('a');
    expect(firstRootField(info('mutation { ... on Mutation { a } b }'))).toBe('a');
    expect(firstRootField(info('mutation($s: Boolean!) { a @skip(if: $s) b }', { s: true }))).toBe('b');
    expect(firstRootField(info('mutation($s: Boolean!) { a @skip(if: $s) b }', { s: false }))).toBe('a');
    expect(firstRootField(info('mutation { a @include(if: false) ...F } fragment F on Mutation { c }'))).toBe('c');
  });
});
