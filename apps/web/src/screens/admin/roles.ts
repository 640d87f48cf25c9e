import type { Role } from '../../gql/graphql';

/** Every role, most powerful first (the order of the README's table "Who may do what"). */
export const ROLES: readonly Role[] = ['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'];
