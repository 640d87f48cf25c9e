import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@app/common';
import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface DocumentLimits {
  maxDepth: number;
  /**
   * Depth allowed under `__schema` and `__type`, counted on its own: the standard introspection
   * query (graphql-js's, and GraphiQL's copy of it) nests type references 15 levels deep.
   */
  maxIntrospectionDepth: number;
  maxAliases: number;
  maxCost: number;
  /**
   * The page size counted for `first: $variable` when the variable's value is not known: Apollo
   * validates a document before it sees the variables, so assume the largest page.
   */
  assumedPageSize: number;
}

export const DEFAULT_LIMITS: DocumentLimits = {
  maxDepth: 12,
  maxIntrospectionDepth: 20,
  maxAliases: 30,
  maxCost: 20_000,
  assumedPageSize: MAX_PAGE_SIZE,
};

/**
 * The most tokens a document may have, counted while it is parsed (graphql-js `maxTokens`). The
 * parser recurses once per level of nesting, and a list literal nests one level per token, so
 * this bound is what keeps any document from exhausting the stack (about 2,000 levels): the
 * standard introspection query has under 200 tokens, and the depth, alias and cost limits
 * refuse anything much bigger long before this.
 */
export const MAX_TOKENS = 1000;

/**
 * The deepest nesting of objects and arrays a JSON body (or a WebSocket message's variables) may
 * have. Inputs nest a few levels; this leaves room, and keeps every recursive walk over a value
 * (coercion, validation, copying) far from the stack's end.
 */
export const MAX_JSON_DEPTH = 32;

/** How deeply `value` nests arrays and objects, walked without recursion; stops counting past `limit`. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const inner of Array.isArray(current) ? current : Object.values(current)) {
      if (inner !== null && typeof inner === 'object') stack.push([inner, level]);
    }
  }
  return deepest;
}

/** The fields whose subtrees are introspection (only valid at the root of a query). */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * What a selection set asks for, relative to itself: `depth` levels of fields (leaves count),
 * the deepest level under `__schema`/`__type` (kept apart from `depth`), aliases, and cost
 * (each field 1, its children multiplied by the page size it asks for).
 */
interface Measure {
  depth: number;
  introspectionDepth: number;
  aliases: number;
  cost: number;
}

const NOTHING: Measure = { depth: 0, introspectionDepth: 0, aliases: 0, cost: 0 };

function refuse(context: ValidationContext, message: string): void {
  context.reportError(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}

/** The values `first: $name` can take in one operation: given, else the variable's default, else the assumed page size. */
function pageVariables(operation: OperationDefinitionNode, given: Record<string, unknown>, assumed: number): Map<string, number> {
  const values = new Map<string, number>();
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const value = given[name];
    const fallback = definition.defaultValue?.kind === Kind.INT ? Number(definition.defaultValue.value) : assumed;
    values.set(name, typeof value === 'number' ? value : fallback);
  }
  return values;
}

class Measurer {
  /** Each fragment is measured once per operation: a fragment spread many times costs one walk, not one per path. */
  private readonly measured = new Map<string, Measure>();
  private readonly measuring = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: ReadonlyMap<string, number>,
    private readonly assumedPageSize: number,
  ) {}

  /** `parent` is the type the selections are made on, when known (to tell paginated fields). */
  selectionSet(selectionSet: SelectionSetNode, parent: GraphQLCompositeType | null): Measure {
    let result = NOTHING;
    for (const selection of selectionSet.selections) {
      const inner =
        selection.kind === Kind.FIELD
          ? this.field(selection, parent)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? this.selectionSet(selection.selectionSet, this.typeNamed(selection.typeCondition?.name.value) ?? parent)
            : this.fragment(selection.name.value);
      result = {
        depth: Math.max(result.depth, inner.depth),
        introspectionDepth: Math.max(result.introspectionDepth, inner.introspectionDepth),
        aliases: result.aliases + inner.aliases,
        cost: result.cost + inner.cost,
      };
    }
    return result;
  }

  private field(field: FieldNode, parent: GraphQLCompositeType | null): Measure {
    const aliases = field.alias ? 1 : 0;
    if (!field.selectionSet) return { depth: 1, introspectionDepth: 0, aliases, cost: 1 };
    const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[field.name.value] : undefined;
    const type = definition ? getNamedType(definition.type) : null;
    const child = this.selectionSet(field.selectionSet, type && isCompositeType(type) ? type : null);
    // A paginated field's children are paid for once per item of its page, the default page when `first` is left out.
    const paginated = definition?.args.some((arg) => arg.name === 'first') ?? false;
    const cost = 1 + Math.max(1, this.pageSize(field) ?? (paginated ? DEFAULT_PAGE_SIZE : 1)) * child.cost;
    if (INTROSPECTION_ROOTS.has(field.name.value)) {
      return { depth: 1, introspectionDepth: 1 + Math.max(child.depth, child.introspectionDepth), aliases: aliases + child.aliases, cost };
    }
    return {
      depth: 1 + child.depth,
      introspectionDepth: child.introspectionDepth && 1 + child.introspectionDepth,
      aliases: aliases + child.aliases,
      cost,
    };
  }

  private fragment(name: string): Measure {
    const known = this.measured.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    // Unknown or cyclic fragments are reported by GraphQL's own rules.
    if (!fragment || this.measuring.has(name)) return NOTHING;
    this.measuring.add(name);
    const measure = this.selectionSet(fragment.selectionSet, this.typeNamed(fragment.typeCondition.name.value));
    this.measuring.delete(name);
    this.measured.set(name, measure);
    return measure;
  }

  private typeNamed(name: string | undefined): GraphQLCompositeType | null {
    const type = name ? this.schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : null;
  }

  private pageSize(field: FieldNode): number | null {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    if (!arg) return null;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) return this.variables.get(arg.value.name.value) ?? this.assumedPageSize;
    return null;
  }
}

/**
 * Refuses documents that are too deep, use too many aliases or would cost too much to answer.
 * Each operation is measured once, following fragments. `variables` supplies the values of
 * `first: $variable` when they are known (Apollo's validation does not know them).
 */
export function documentLimitsRule(limits: DocumentLimits, variables: () => Record<string, unknown> = () => ({})): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(operation) {
        const schema = context.getSchema();
        const measurer = new Measurer(
          schema,
          fragments,
          pageVariables(operation, variables(), limits.assumedPageSize),
          limits.assumedPageSize,
        );
        const { depth, introspectionDepth, aliases, cost } = measurer.selectionSet(
          operation.selectionSet,
          schema.getRootType(operation.operation) ?? null,
        );
        if (depth > limits.maxDepth) refuse(context, `The query is ${depth} levels deep; the limit is ${limits.maxDepth}.`);
        if (introspectionDepth > limits.maxIntrospectionDepth) {
          refuse(context, `The introspection query is ${introspectionDepth} levels deep; the limit is ${limits.maxIntrospectionDepth}.`);
        }
        if (aliases > limits.maxAliases) refuse(context, `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`);
        if (cost > limits.maxCost)
          refuse(context, `The query could return about ${cost} fields; the limit is ${limits.maxCost}. Ask for smaller pages.`);
      },
    };
  };
}
