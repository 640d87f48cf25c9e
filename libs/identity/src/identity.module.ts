import { Global, Module } from '@nestjs/common';
import { MembershipCheck } from '@app/common';
import { MailModule } from '@app/mail';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { PasswordResetRequests } from './auth/password-reset-requests';
import { PasswordResetRequestsResolver } from './auth/password-reset-requests.resolver';
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
import { OidcProviders } from './single-sign-on/oidc-providers';
import { SingleSignOnController } from './single-sign-on/single-sign-on.controller';
import { SingleSignOnResolver } from './single-sign-on/single-sign-on.resolver';
import { SingleSignOnService } from './single-sign-on/single-sign-on.service';
import { UsersService } from './users/users.service';

@Global()
@Module({
  imports: [MailModule],
  controllers: [SingleSignOnController],
  providers: [
    TokenService,
    SessionsService,
    SignInThrottle,
    PasswordWork,
    AuthService,
    AuthResolver,
    PasswordResetRequests,
    PasswordResetRequestsResolver,
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
    OidcProviders,
    SingleSignOnService,
    SingleSignOnResolver,
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
