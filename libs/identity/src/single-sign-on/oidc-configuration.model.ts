import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/common';

@ObjectType({ description: "One value of the provider's claim and the role it gives." })
export class OidcRoleMapping {
  @Field()
  claimValue: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType({ description: "An organisation's single sign-on with its OpenID Connect provider. The client secret is never answered." })
export class OidcConfiguration {
  @Field(() => ID)
  id: string;

  @Field()
  enabled: boolean;

  @Field()
  slug: string;

  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field({ description: 'Whether a client secret is stored (it is never shown).' })
  clientSecretSet: boolean;

  @Field(() => String, { nullable: true })
  audience: string | null;

  @Field()
  roleClaim: string;

  @Field(() => [OidcRoleMapping])
  roleMapping: OidcRoleMapping[];

  @Field()
  createMembersOnFirstSignIn: boolean;

  @Field()
  passwordSignInAllowed: boolean;

  @Field({ description: 'The address to register at the provider as the redirect URI.' })
  redirectUri: string;

  @Field({ description: 'Where people start signing in with the provider (a link for the intranet).' })
  signInUrl: string;

  @Field(() => Int)
  version: number;

  @Field()
  updatedAt: Date;
}
