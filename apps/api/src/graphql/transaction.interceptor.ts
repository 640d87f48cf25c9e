import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { gqlContext, OUTSIDE_TRANSACTION_KEY } from '@app/common';
import { Database } from '@app/database';
import { KeyedMutations } from '@app/idempotency';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';

/**
 * One transaction per mutation, joined by every service it calls:
 * a mutation either changes everything it meant to, with its history, or nothing. A mutation's
 * root field of a request with an Idempotency-Key takes the key around it (libs/idempotency).
 * The app's only interceptor: Nest wraps every resolver in each global one (an observable, an
 * async scope and a promise or two per field), so the idempotency step lives here rather than in
 * an interceptor of its own, and a query's fields pass after one check.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Database,
    private readonly reflector: Reflector,
    private readonly keyedMutations: KeyedMutations,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    // A query's fields never run in one: its metadata is not looked up for them.
    if (info.parentType.name !== 'Mutation') return next.handle();
    const outside = this.reflector.get<boolean>(OUTSIDE_TRANSACTION_KEY, context.getHandler()) === true;
    const gql = gqlContext(context);
    const run = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    const field = outside
      ? run
      : () => {
          // Values cached by an earlier root field are stale once this mutation has changed things.
          gql.loaders.clear();
          return this.db.transaction(gql.ctx, run);
        };
    const keyed = this.keyedMutations.keyedField(info, gql.ctx, outside, field);
    if (keyed) return from(keyed);
    return outside ? next.handle() : from(field());
  }
}
