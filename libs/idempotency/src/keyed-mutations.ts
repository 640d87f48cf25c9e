import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';
import { callerOf, IdempotencyStore } from './idempotency-store';
import { type IdempotentRequest, idempotentRequests } from './idempotent-request';

/** An Idempotency-Key a field cannot take, or a field not run because the request's key was refused. */
export class IdempotencyKeyNotAcceptedError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.IDEMPOTENCY_KEY_NOT_ACCEPTED, message);
  }
}

/**
 * Takes a keyed mutation's Idempotency-Key at its first root field, once the policy guard has
 * said who calls and in which organisation (the key is theirs there), in a transaction that stays
 * open until the answer goes out (idempotent-requests.ts): every root field then joins it, each
 * in a savepoint, so a field refused part-way leaves nothing behind, as in its own transaction.
 * Called by the app's one interceptor for mutation fields (apps/api/src/graphql/transaction.interceptor.ts)
 * around the field's own transaction.
 */
@Injectable()
export class KeyedMutations {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly db: Database,
  ) {}

  /**
   * Runs a mutation's root field of a request with a key (`run`: the field in its transaction,
   * or as it is when `outside` one) as the key's phase says; null for a request without a key
   * or a field below the root, which run as they are. The caller has checked it is a mutation's field.
   */
  keyedField(info: GraphQLResolveInfo, ctx: RequestContext, outside: boolean, run: () => Promise<unknown>): Promise<unknown> | null {
    const keyed = idempotentRequests.getStore();
    if (!keyed || info.path.prev !== undefined) return null;
    return this.field(keyed, ctx, info, outside, run);
  }

  private async field(
    keyed: IdempotentRequest,
    ctx: RequestContext,
    info: GraphQLResolveInfo,
    outside: boolean,
    run: () => Promise<unknown>,
  ): Promise<unknown> {
    if (keyed.phase.kind === 'open') {
      const first = firstRootField(info);
      if (info.path.key !== first) {
        // The first was refused before it could take the key (by the policy guard): nothing after it takes it instead.
        keyed.phase = {
          kind: 'refused',
          reason: `with an ${IDEMPOTENCY_KEY_HEADER}, a request runs only when its first mutation (${first}) may, and it did not`,
        };
      } else {
        const refusal = acceptsKey(ctx, info.fieldName, outside);
        if (refusal) {
          keyed.phase = { kind: 'refused', reason: refusal };
          throw new IdempotencyKeyNotAcceptedError(refusal);
        }
        keyed.phase = await this.store.take(keyed, ctx, callerOf(ctx)!);
      }
    }
    switch (keyed.phase.kind) {
      case 'held':
        return this.inSavepoint(keyed.phase.ctx, run);
      case 'refused':
        throw new IdempotencyKeyNotAcceptedError(`Not run: ${keyed.phase.reason}`);
      default:
        // Replayed, reused or in flight: nothing runs, and the whole answer is replaced as it goes out (this error never reaches anyone).
        throw new IdempotencyKeyNotAcceptedError(`Not run: this request is answered whole under its ${IDEMPOTENCY_KEY_HEADER}`);
    }
  }

  /**
   * Runs one root field as if in a transaction of its own: what it changed is undone if it fails,
   * and so is the work it left for after the commit (live events).
   */
  private async inSavepoint(ctx: RequestContext, run: () => Promise<unknown>): Promise<unknown> {
    await this.db.query(ctx, 'SAVEPOINT idempotent_field');
    const before = ctx.takeAfterCommitHooks();
    for (const hook of before) ctx.afterCommit(hook);
    try {
      const result = await run();
      await this.db.query(ctx, 'RELEASE SAVEPOINT idempotent_field');
      return result;
    } catch (error) {
      await this.db.query(ctx, 'ROLLBACK TO SAVEPOINT idempotent_field');
      await this.db.query(ctx, 'RELEASE SAVEPOINT idempotent_field');
      const hooks = ctx.takeAfterCommitHooks();
      for (const hook of hooks.slice(0, before.length)) ctx.afterCommit(hook);
      throw error;
    }
  }
}

/** Why `field` cannot take a key for this caller, or null when it can. */
function acceptsKey(ctx: RequestContext, field: string, outside: boolean): string | null {
  if (outside) {
    return `${field} cannot take an ${IDEMPOTENCY_KEY_HEADER}: it keeps what must outlast a refusal (such as failed attempts) or waits on another service, outside the one transaction a key needs`;
  }
  if (!callerOf(ctx)) {
    return `an ${IDEMPOTENCY_KEY_HEADER} needs a signed-in person or an API key, whose own it is; ${field} was called by neither`;
  }
  if (!ctx.organisationId) {
    return `${field} acts in no organisation, and ${IDEMPOTENCY_KEY_HEADER}s are kept per organisation; send it without the header`;
  }
  return null;
}

/** The response key of the operation's first root field that a resolver runs (fragments and @skip/@include followed; __typename has none). */
export function firstRootField(info: GraphQLResolveInfo): string | null {
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const visit = (set: SelectionSetNode): string | null => {
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) return (selection.alias ?? selection.name).value;
        continue;
      }
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet;
      const found = inner ? visit(inner) : null;
      if (found) return found;
    }
    return null;
  };
  return visit(info.operation.selectionSet);
}
