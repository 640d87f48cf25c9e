import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/common';

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A new invitation; the token and link are shown only this once.' })
export class IssuedInvitation {
  @Field(() => Invitation)
  invitation: Invitation;

  @Field()
  token: string;

  @Field({ description: 'The one-time link to send to the person invited.' })
  acceptUrl: string;
}
