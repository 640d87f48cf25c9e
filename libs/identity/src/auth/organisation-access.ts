import {
  type Action,
  BadInputError,
  type Credentials,
  ForbiddenError,
  NotFoundError,
  type RequestContext,
  requireAction,
  UnauthenticatedError,
} from '@app/common';
import type { Authenticated } from './auth.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The caller belongs to the organisation, which lets no password in, and signed in some other
 * way: `extensions.signInWith` names the short name to sign in there with its provider.
 */
export class SignInWithProviderError extends ForbiddenError {
  constructor(readonly slug: string) {
    super(
      `This organisation asks its members to sign in with its own sign-in service: choose "Sign in with your organisation" and enter ${slug}`,
    );
    Object.assign(this.details, { signInWith: slug });
  }
}

/** The credentials an HTTP request presents (GraphQL over HTTP and the plain endpoints alike). */
export function httpCredentials(headers: Headers): Credentials {
  return {
    authorization: header(headers, 'authorization'),
    apiKey: header(headers, 'x-api-key'),
    organisationId: header(headers, 'x-organisation-id'),
  };
}

/** The organisation a request is for: the one X-Organisation-Id names, or the caller's only one. */
export function chooseOrganisation(credentials: Credentials, who: Authenticated): string {
  const requested = credentials.organisationId?.trim();
  if (requested) {
    if (!UUID.test(requested)) throw BadInputError.field('X-Organisation-Id', 'must be an organisation id');
    return requested;
  }
  if (who.roles.size === 1) return [...who.roles.keys()][0];
  if (who.roles.size === 0) throw new NotFoundError('Organisation', undefined);
  throw BadInputError.field('X-Organisation-Id', 'is needed: you belong to several organisations, so say which one this request is for');
}

/**
 * Puts an authenticated caller into the organisation the request is for, with their role
 * there, when the policy table lets that role do `action`. The policy guard decides GraphQL and
 * plain-HTTP routes alike through here. An organisation the
 * caller does not belong to is NOT_FOUND, never a hint that it exists.
 */
export function enterOrganisation(ctx: RequestContext, who: Authenticated, credentials: Credentials, action: Action): void {
  ctx.actor = who.actor;
  if (who.actor.kind === 'anonymous') throw new UnauthenticatedError();
  const organisationId = chooseOrganisation(credentials, who);
  const role = who.roles.get(organisationId);
  const signInWith = who.signInWithProvider?.get(organisationId);
  if (!role && signInWith) throw new SignInWithProviderError(signInWith);
  if (!role) throw new NotFoundError('Organisation', organisationId);
  ctx.organisationId = organisationId;
  ctx.role = role;
  requireAction(role, action);
}
