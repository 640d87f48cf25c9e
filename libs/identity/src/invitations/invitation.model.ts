import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/common';
import { Membership } from '../memberships/membership.model';

/** After this many attempts to accept an invitation as someone else, it is dead: the ADMIN invites again. */
export const MAX_INVITATION_FAILURES = 3;

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

  @Field(() => Int, { description: `Attempts to accept it as someone it was not sent to; at ${MAX_INVITATION_FAILURES} it can no longer be accepted.` })
  failedAttempts: number;

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

@ObjectType({
  description:
    'Signed in: the membership you now hold. Not signed in: only a message, the same whether or not the invited address already had an account; then sign in.',
})
export class InvitationAcceptance {
  @Field()
  message: string;

  @Field(() => Membership, { nullable: true })
  membership: Membership | null;
}
