// The API's own role policy (libs/common/src/policy.ts), so the client offers exactly what the API allows.
import { Action, can as policyAllows, type Role as PolicyRole } from '../../../../libs/common/src/policy';
import type { Role } from './session';

export { Action };

/** Whether a member with `role` may do `action`; screens hide what it may not. */
export function can(role: Role | null | undefined, action: Action): boolean {
  return role ? policyAllows(role as PolicyRole, action) : false;
}
