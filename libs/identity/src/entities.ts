import { ApiKeyEntity } from './api-keys/api-key.entity';
import { PasswordResetEntity } from './auth/password-reset.entity';
import { ExternalIdentityEntity } from './single-sign-on/external-identity.entity';
import { OidcConfigurationEntity } from './single-sign-on/oidc-configuration.entity';
import { SignInThrottleEntity } from './auth/sign-in-throttle.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { MembershipEntity } from './memberships/membership.entity';
import { OrganisationEntity } from './organisations/organisation.entity';
import { UserSessionEntity } from './sessions/user-session.entity';
import { UserEntity } from './users/user.entity';

export const IDENTITY_ENTITIES = [
  OrganisationEntity,
  UserEntity,
  MembershipEntity,
  InvitationEntity,
  PasswordResetEntity,
  SignInThrottleEntity,
  ApiKeyEntity,
  UserSessionEntity,
  OidcConfigurationEntity,
  ExternalIdentityEntity,
];
