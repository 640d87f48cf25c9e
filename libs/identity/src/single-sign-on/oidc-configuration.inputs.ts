import { Field, InputType, Int } from '@nestjs/graphql';
import { Role } from '@app/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** One value of the provider's claim and the role it gives. */
@InputType()
export class OidcRoleMappingInput {
  @Field({ description: 'A value the claim may hold, exactly as the provider sends it (e.g. a group name).' })
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  claimValue: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'must be one of the roles' })
  role: Role;
}

@InputType({
  description: "The organisation's single sign-on; every field is required but the client secret, which is kept when left out.",
})
export class UpdateOidcConfigurationInput {
  @Field(() => Int, { nullable: true, description: 'The version read; left out when there is no configuration yet.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field({ description: 'Whether people may sign in with the provider.' })
  @IsBoolean()
  enabled: boolean;

  @Field({ description: 'The short name people type on the sign-in page: lower-case letters, digits and hyphens.' })
  @IsString()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, {
    message: 'must be 1 to 63 lower-case letters, digits and hyphens, not starting or ending with a hyphen',
  })
  slug: string;

  @Field({ description: "The provider's issuer URL, as its discovery document states it." })
  @IsString()
  @Length(1, 500, { message: 'must be 1 to 500 characters long' })
  issuer: string;

  @Field({ description: 'The client id the provider gave coprod.' })
  @IsString()
  @Matches(/^\S+$/, { message: 'must not be blank or hold spaces' })
  @Length(1, 200, { message: 'must be 1 to 200 characters long' })
  clientId: string;

  @Field(() => String, { nullable: true, description: 'The client secret: write-only, never answered. Left out: the one stored is kept.' })
  @IsOptional()
  @IsString()
  @Length(1, 500, { message: 'must be 1 to 500 characters long' })
  clientSecret?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The audience (aud) the provider's access tokens for coprod's API carry; ID tokens carry the client id.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'must be at most 500 characters long' })
  audience?: string | null;

  @Field({ description: 'The claim that lists a person\'s groups or roles, e.g. "groups" or "roles".' })
  @IsString()
  @Matches(/^[A-Za-z0-9_:./-]{1,100}$/, { message: 'must be a claim name: letters, digits and _ : . / - only, at most 100' })
  roleClaim: string;

  @Field(() => [OidcRoleMappingInput], { description: 'Which claim values give which role; a person with none of them is refused.' })
  @ArrayMaxSize(100, { message: 'must list at most 100 values' })
  @ValidateNested({ each: true })
  @Type(() => OidcRoleMappingInput)
  roleMapping: OidcRoleMappingInput[];

  @Field({ description: 'Whether someone the provider vouches for, with a mapped claim value, becomes a member at their first sign-in.' })
  @IsBoolean()
  createMembersOnFirstSignIn: boolean;

  @Field({ description: 'Whether members may still act here after signing in with a password (see the README, "Single sign-on").' })
  @IsBoolean()
  passwordSignInAllowed: boolean;
}
