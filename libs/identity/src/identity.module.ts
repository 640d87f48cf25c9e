import { Global, Module } from '@nestjs/common';
import { MembershipCheck } from '@app/common';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { TokenService } from './auth/tokens';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { MembershipsService } from './memberships/memberships.service';
import { OrganisationsResolver } from './organisations/organisations.resolver';
import { OrganisationsService } from './organisations/organisations.service';
import { UsersService } from './users/users.service';

@Global()
@Module({
  providers: [
    TokenService,
    AuthService,
    AuthResolver,
    UsersService,
    OrganisationsService,
    OrganisationsResolver,
    MembershipsService,
    MembershipsResolver,
    InvitationsService,
    InvitationsResolver,
    ApiKeysService,
    ApiKeysResolver,
    { provide: MembershipCheck, useExisting: AuthService },
  ],
  exports: [MembershipCheck, AuthService, UsersService, OrganisationsService, MembershipsService],
})
export class IdentityModule {}
