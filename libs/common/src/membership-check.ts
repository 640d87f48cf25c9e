import type { Credentials } from './graphql/context';

/**
 * Whether the holder of `credentials` still belongs to `organisationId`. Long-lived
 * subscriptions ask it before each delivery; identity implements it (bound in the app
 * module), so features need not depend on identity.
 */
export abstract class MembershipCheck {
  abstract stillMember(credentials: Credentials, organisationId: string): Promise<boolean>;
}
