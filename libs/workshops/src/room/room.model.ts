import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@app/common';
import { VOTE_ROUND_STATUSES, type VoteRoundStatus as WorkflowVoteRoundStatus } from '@app/workflow';
import { WorkshopStatus } from '../workshops/workshop.model';

export const VoteRoundStatus = graphqlEnum(VOTE_ROUND_STATUSES, {
  name: 'VoteRoundStatus',
  description: 'OPEN while the room votes (ballots may change), then CLOSED with the tally fixed.',
});
export type VoteRoundStatus = WorkflowVoteRoundStatus;

@ObjectType({ description: 'Someone in the room without an account, known by the name they gave when they joined.' })
export class WorkshopGuest {
  @Field(() => ID)
  id: string;

  workshopId: string;

  @Field()
  displayName: string;

  @Field({ description: 'When they joined.' })
  joinedAt: Date;
}

@ObjectType({ description: 'The code people in the room type (or scan) to join a running workshop as guests.' })
export class WorkshopJoinCode {
  @Field({ description: 'As shown to the room: ABCDE-FGHJK. Case, spaces and dashes do not matter when typed.' })
  code: string;

  @Field({ description: 'Joining closes then at the latest; ending the workshop closes it at once.' })
  expiresAt: Date;
}

@ObjectType({ description: 'Dots on one option of a ballot.' })
export class BallotLine {
  @Field(() => ID)
  optionId: string;

  @Field(() => Int)
  dots: number;
}

@ObjectType({ description: 'One option of a round, with its dots so far (or, once closed, its final dots).' })
export class VoteOption {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '1, 2, 3… in the order the options were given.' })
  position: number;

  @Field()
  label: string;

  @Field(() => ID, { nullable: true, description: 'Set when the option is a priority area of the programme.' })
  priorityAreaId: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when the option is an initiative of the programme.' })
  initiativeId: string | null;

  @Field(() => Int)
  dots: number;

  @Field(() => Int, { description: '1 for the most dots; equal dots share a rank.' })
  rank: number;

  @Field(() => Float, { description: 'Share of all dots cast, 0 to 1.' })
  share: number;

  @Field(() => [String], { description: 'Who put dots here, by name: always empty in an anonymous round.' })
  voters: string[];
}

@ObjectType({ description: 'A round of dot-voting: each voter spreads the same number of dots over the options.' })
export class VoteRound {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  workshopId: string;

  @Field(() => Int, { description: '1, 2, 3… in the order rounds were opened.' })
  position: number;

  @Field()
  question: string;

  @Field(() => Int)
  dotsPerVoter: number;

  @Field({ description: 'Nobody sees who voted for what; closing keeps only the totals.' })
  anonymous: boolean;

  @Field(() => VoteRoundStatus)
  status: VoteRoundStatus;

  @Field(() => [VoteOption], { description: 'In the order given.' })
  options: VoteOption[];

  @Field(() => Int, { description: 'People who have dots on the round.' })
  voterCount: number;

  @Field(() => [BallotLine], { description: "The caller's own ballot (empty for someone who cannot vote, or has not)." })
  myBallot: BallotLine[];

  @Field(() => Int, { description: 'Dots the caller has not placed yet.' })
  myDotsLeft: number;

  @Field({ description: 'Whether the caller may vote in this round (an attendee, the facilitator or a guest, while it is open).' })
  canVote: boolean;

  @Field(() => ID, { nullable: true, description: 'The DECISION output that closing recorded.' })
  decisionOutputId: string | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Int, { description: 'Send it back to close the round.' })
  version: number;
}

@ObjectType({ description: 'One section of the agenda, as the room sees it.' })
export class RoomAgendaItem {
  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field(() => Int)
  minutes: number;
}

@ObjectType({
  description:
    "What everyone in a running workshop's room sees, guests included: the workshop's title and agenda, and the round being voted on (or the last one closed, with its result). Nothing else of the organisation.",
})
export class WorkshopRoom {
  @Field(() => ID)
  workshopId: string;

  @Field()
  title: string;

  @Field(() => WorkshopStatus)
  status: WorkshopStatus;

  @Field(() => [RoomAgendaItem])
  agenda: RoomAgendaItem[];

  @Field(() => VoteRound, { nullable: true, description: 'The open round, else the last closed one, else none.' })
  round: VoteRound | null;

  @Field(() => String, { nullable: true, description: "The guest's own name, when a guest asks." })
  guestName: string | null;
}

@ObjectType({ description: 'What a guest gets on joining: their pass for this workshop, and the room.' })
export class GuestPass {
  @Field({
    description:
      'The credential for this one workshop: send it as `pass` with guest operations and as connectionParams.guestPass on the socket. Shown once; it ends with the workshop.',
  })
  pass: string;

  @Field()
  expiresAt: Date;

  @Field(() => WorkshopRoom)
  room: WorkshopRoom;
}

@ObjectType({ description: 'A note a guest added; the facilitator sees it among the outputs.' })
export class GuestNote {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;
}
