import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { gqlContext, OUTSIDE_TRANSACTION_KEY } from '@app/common';
import { Database } from '@app/database';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';

/**
 * One transaction per mutation, joined by every service it calls:
 * a mutation either changes everything it meant to, with its history, or nothing.
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Database,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    // A query's fields never run in one: its metadata is not looked up for them.
    if (info.parentType.name !== 'Mutation' || this.reflector.get<boolean>(OUTSIDE_TRANSACTION_KEY, context.getHandler())) {
      return next.handle();
    }
    const gql = gqlContext(context);
    // Values cached by an earlier root field are stale once this mutation has changed things.
    gql.loaders.clear();
    return from(this.db.transaction(gql.ctx, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
