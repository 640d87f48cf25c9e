import { useQuery } from '@apollo/client/react';
import { isUnauthenticated } from '../api/errors';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const ME = graphql(`
  query Me {
    me {
      id
      email
      displayName
      memberships {
        id
        role
        organisation {
          id
          name
          timeZone
          currency
        }
      }
    }
  }
`);

export type Me = MeQuery['me'];
export type Membership = Me['memberships'][number];
export type Role = Membership['role'];

/**
 * Who is signed in (null when nobody is), from the API's `me`. An UNAUTHENTICATED answer is the
 * expected "signed out" here, so it does not send anyone to sign-in (see api/client.ts).
 */
export function useSession() {
  const { data, loading, error, refetch } = useQuery(ME, { context: { expectSignedOut: true }, fetchPolicy: 'cache-first' });
  const signedOut = Boolean(error) && isUnauthenticated(error);
  return { me: data?.me ?? null, loading: loading && !data, signedOut, error: signedOut ? undefined : error, refetch };
}

/** Pages a signed-out person is sent to sign in from, and brought back to afterwards. */
export function signInPath(returnTo: string | null): string {
  return returnTo && returnTo !== '/' && returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/sign-in')
    ? `/sign-in?return=${encodeURIComponent(returnTo)}`
    : '/sign-in';
}

/** Where to go after signing in: the page they were sent from (same origin only), or home. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}
