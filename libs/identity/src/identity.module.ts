import { Global, Module } from '@nestjs/common';
import { MembershipCheck } from '@app/common';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PasswordWork } from './auth/password-work';
import { SignInThrottle } from './auth/sign-in-throttle.service';
import { TokenService } from './auth/tokens';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { CachedMembershipCheck } from './memberships/membership-cache';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { MembershipsService } from './memberships/memberships.service';
import { OrganisationDefaultsRegistry } from './organisations/organisation-defaults';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { OrganisationsService } from './organisations/organisations.service';
import { SessionsService } from './sessions/sessions.service';
import { UsersService } from './users/users.service';

@Global()
@Module({
  providers: [
    TokenService,
    SessionsService,
    SignInThrottle,
    PasswordWork,
    AuthService,
    AuthResolver,
    UsersService,
    OrganisationDefaultsRegistry,
    OrganisationsService,
    OrganisationsResolver,
    MembershipsService,
    MembershipsResolver,
    InvitationsService,
    InvitationsResolver,
    ApiKeysService,
    ApiKeysResolver,
    CachedMembershipCheck,
    { provide: MembershipCheck, useExisting: CachedMembershipCheck },
  ],
  exports: [
    SignInThrottle,
    MembershipCheck,
    CachedMembershipCheck,
    AuthService,
    UsersService,
    OrganisationDefaultsRegistry,
    OrganisationsService,
    MembershipsService,
  ],
})
export class IdentityModule {}
