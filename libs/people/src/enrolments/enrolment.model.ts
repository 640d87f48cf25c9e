import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, LocalDateScalar } from '@app/common';
import { Participant } from '../participants/participant.model';
import { Skill } from '../participants/skill.model';

@ObjectType({ description: 'A participant taking part in a pilot, with a role.' })
export class Enrolment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pilotId: string;

  @Field(() => ID)
  participantId: string;

  @Field({ description: 'What they do in the pilot, e.g. "peer mentor".' })
  role: string;

  @Field()
  enrolledAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When they left the pilot; the enrolment and its readings stay, and still count as people reached.',
  })
  withdrawnAt: Date | null;

  @Field({ description: 'Enrolled and not withdrawn.' })
  active: boolean;

  organisationId: string;
}

export const EnrolmentConnection = ConnectionType(Enrolment);

@ObjectType({
  description:
    'A self-efficacy reading (1–5: how far the participant believes their own action makes a difference). An outcome the body tries to raise, never used to rank or exclude anyone.',
})
export class SelfEfficacyReading {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  enrolmentId: string;

  @Field(() => Int)
  score: number;

  @Field(() => LocalDateScalar)
  recordedOn: string;

  @Field({ description: 'When it was entered.' })
  recordedAt: Date;
}

@ObjectType({
  description:
    "How the pilot's participants' self-efficacy moved, from each one's first reading (at enrolment) to their latest. The means are over the participants with two readings or more, so the change compares like with like. Shown as an outcome; never used to rank or exclude anyone.",
})
export class SelfEfficacyChange {
  @Field(() => Int, { description: 'Participants (enrolled now or before) with at least one reading.' })
  participantsWithReadings: number;

  @Field(() => Int, { description: 'Participants with two readings or more: the ones the means cover.' })
  participantsWithTwoReadings: number;

  @Field(() => Float, { nullable: true, description: 'Mean first reading (1–5, two decimals); null until someone has two readings.' })
  meanFirstReading: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean latest reading (1–5, two decimals).' })
  meanLatestReading: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of each participant’s latest minus first reading (two decimals); positive is a rise.',
  })
  meanChange: number | null;

  @Field(() => String, { nullable: true, description: 'Why there is no change to show yet, when there is none.' })
  note: string | null;
}

@ObjectType({ description: 'What a pilot needs from its participants (Table 13.1: skills, motivation, time).' })
export class PilotNeeds {
  @Field(() => ID)
  pilotId: string;

  @Field(() => [Skill])
  skills: Skill[];

  @Field(() => Int)
  hoursPerMonth: number;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;
}

@ObjectType({ description: 'Each criterion’s share met, 0 to 1, before weighting (skills 50, motivation 25, time 25).' })
export class MatchParts {
  @Field(() => Float)
  skills: number;

  @Field(() => Float)
  motivation: number;

  @Field(() => Float)
  time: number;
}

@ObjectType({ description: 'How well a participant fits a pilot’s needs, and why.' })
export class ParticipantMatch {
  @Field(() => Participant)
  participant: Participant;

  @Field(() => Int, { description: '0–100: 50 × skills + 25 × motivation + 25 × time.' })
  score: number;

  @Field(() => MatchParts)
  parts: MatchParts;

  @Field(() => [String], { description: 'One line per criterion, in words.' })
  explanation: string[];
}
