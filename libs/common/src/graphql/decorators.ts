import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Action } from '../policy';
import type { GqlContext } from './context';

export const ACCESS_KEY = 'coprod:access';

/** How an operation is authorised; every resolver method and plain-HTTP route declares exactly one (the policy guard fails closed). */
export type Access = { kind: 'public' } | { kind: 'signedIn' } | { kind: 'action'; action: Action };

/** Allowed to the caller's role in the organisation the request is for, per the policy table. */
export const Can = (action: Action) => SetMetadata(ACCESS_KEY, { kind: 'action', action } satisfies Access);
/** Needs a signed-in person, but no organisation (e.g. `me`, creating an organisation). */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signedIn' } satisfies Access);
/** Open to anyone (sign-up, sign-in, accepting a one-time link). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

export const OUTSIDE_TRANSACTION_KEY = 'coprod:outside-transaction';
/** The mutation must commit what it writes even when it fails (e.g. counting failed sign-ins). */
export const OutsideTransaction = () => SetMetadata(OUTSIDE_TRANSACTION_KEY, true);

export function gqlContext(context: ExecutionContext): GqlContext {
  return GqlExecutionContext.create(context).getContext<GqlContext>();
}

/** The request context: who acts, for which organisation, in which transaction. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => gqlContext(context).ctx);
