import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@app/common';
import { Membership } from '../memberships/membership.model';

/** After this many attempts to accept an invitation as someone else, it is dead: the ADMIN invites again. */
export const MAX_INVITATION_FAILURES = 3;

/** Where an invitation stands; the first that applies, in this order: accepted, revoked, expired, locked, else pending. */
export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  LOCKED = 'LOCKED',
}

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands. Only a PENDING one can still be accepted; any but an ACCEPTED one can be revoked.',
  valuesMap: {
    PENDING: { description: 'Can still be accepted.' },
    ACCEPTED: { description: 'Someone joined with it.' },
    REVOKED: { description: 'An ADMIN revoked it.' },
    EXPIRED: { description: 'Its 14 days ran out.' },
    LOCKED: { description: `Tried ${MAX_INVITATION_FAILURES} times by someone it was not sent to: invite again.` },
  },
});

export function invitationStatus(
  invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt' | 'failedAttempts'>,
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.expiresAt <= now) return InvitationStatus.EXPIRED;
  if (invitation.failedAttempts >= MAX_INVITATION_FAILURES) return InvitationStatus.LOCKED;
  return InvitationStatus.PENDING;
}

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

  @Field(() => Int, {
    description: `Attempts to accept it as someone it was not sent to; at ${MAX_INVITATION_FAILURES} it can no longer be accepted.`,
  })
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
