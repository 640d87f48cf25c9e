import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: DocumentLimits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000 };

function refuse(context: ValidationContext, message: string): void {
  context.reportError(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}

function firstArgument(field: FieldNode, variables: Record<string, unknown>): number | null {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return null;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) {
    const value = variables[arg.value.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

/**
 * Walks every operation once, following fragments, and measures depth, aliases and cost
 * (each field 1, multiplied by the page size of the connections above it).
 */
function measure(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  depth: number,
  multiplier: number,
  seen: Set<string>,
): { depth: number; aliases: number; cost: number } {
  let result = { depth, aliases: 0, cost: 0 };
  for (const selection of selectionSet.selections) {
    let inner: { depth: number; aliases: number; cost: number };
    if (selection.kind === Kind.FIELD) {
      const aliases = selection.alias ? 1 : 0;
      const cost = multiplier;
      if (selection.selectionSet) {
        // A connection's children are paid for once per item of the page it asks for.
        const first = firstArgument(selection, variables) ?? 1;
        const child = measure(selection.selectionSet, fragments, variables, depth + 1, multiplier * Math.max(1, first), seen);
        inner = { depth: child.depth, aliases: aliases + child.aliases, cost: cost + child.cost };
      } else {
        inner = { depth, aliases, cost };
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = measure(selection.selectionSet, fragments, variables, depth, multiplier, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments are reported by GraphQL's own rules
      inner = measure(fragment.selectionSet, fragments, variables, depth, multiplier, new Set([...seen, name]));
    }
    result = { depth: Math.max(result.depth, inner.depth), aliases: result.aliases + inner.aliases, cost: result.cost + inner.cost };
  }
  return result;
}

/** Refuses documents that are too deep, use too many aliases or would cost too much to answer. */
export function documentLimitsRule(limits: DocumentLimits, variables: () => Record<string, unknown> = () => ({})): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(operation) {
        const { depth, aliases, cost } = measure(operation.selectionSet, fragments, variables(), 1, 1, new Set());
        if (depth > limits.maxDepth) refuse(context, `The query is ${depth} levels deep; the limit is ${limits.maxDepth}.`);
        if (aliases > limits.maxAliases) refuse(context, `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}.`);
        if (cost > limits.maxCost) refuse(context, `The query could return about ${cost} fields; the limit is ${limits.maxCost}. Ask for smaller pages.`);
      },
    };
  };
}

