import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { graphqlEnum, LocalDateScalar } from '@app/common';
import { INCENTIVE_KINDS, type IncentiveKindName } from './incentive-advice';

export const IncentiveKind = graphqlEnum(INCENTIVE_KINDS, {
  name: 'IncentiveKind',
  description:
    'Why people take part and keep going. Alford (2009) found the non-material kinds work best: INTRINSIC (the work is worth doing for its own sake), ' +
    'SOCIAL (contact with others, recognition), NORMATIVE (appeals to values people share). Also MATERIAL (e.g. time credits), and SANCTION ' +
    '(a penalty: allowed, but usually counterproductive).',
});
export type IncentiveKind = IncentiveKindName;

export enum ParticipantResourceKind {
  SKILLS_AND_KNOWLEDGE = 'SKILLS_AND_KNOWLEDGE',
  TOOLS_AND_FACILITIES = 'TOOLS_AND_FACILITIES',
  TIME = 'TIME',
}
registerEnumType(ParticipantResourceKind, {
  name: 'ParticipantResourceKind',
  description:
    'What the public body gives participants so that they can take part (Jakobsen 2012): skills and knowledge, tools and facilities, time.',
});

@ObjectType({ description: 'How a pilot gives people reasons to take part and keep going (Market it); one per pilot.' })
export class EngagementPlan {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  pilotId: string;

  @Field(() => Int, {
    description: 'Moves on with every change to the plan or its parts; send it back as planVersion with updates and removals.',
  })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organisationId: string;
}

@ObjectType({ description: 'An incentive the plan offers, by kind, with who it is for.' })
export class Incentive {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field(() => IncentiveKind)
  kind: IncentiveKind;

  @Field()
  description: string;

  @Field({ description: 'Who it is for; empty when it is for everyone taking part.' })
  audience: string;

  @Field(() => String, { nullable: true, description: 'Set when the evidence advises against this kind of incentive (a SANCTION).' })
  warning: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'What citizens can expect and the rules of engagement, one numbered version; saved versions never change.' })
export class EngagementTerms {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field(() => Int, { description: '1 for the first version saved, one more for each later one.' })
  version: number;

  @Field({ description: 'What citizens can expect from the public body.' })
  expectations: string;

  @Field({ description: 'The rules of engagement: what is asked of participants, and how things are decided.' })
  rulesOfEngagement: string;

  @Field()
  published: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Telling people about the pilot: a channel, an audience, a message and dates.' })
export class CommunicationAction {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field({ description: 'e.g. "Leaflet", "Ward newsletter", "Community radio".' })
  channel: string;

  @Field()
  audience: string;

  @Field()
  message: string;

  @Field(() => LocalDateScalar, { nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn: string | null;

  @Field()
  done: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Something the public body gives participants so that they can take part (Jakobsen 2012).' })
export class ParticipantResource {
  @Field(() => ID)
  id: string;

  planId: string;

  @Field(() => ParticipantResourceKind)
  kind: ParticipantResourceKind;

  @Field()
  description: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'An incentive as added or changed, with the plan and what the evidence says about it.' })
export class IncentivePayload {
  @Field(() => Incentive)
  incentive: Incentive;

  @Field(() => EngagementPlan)
  plan: EngagementPlan;

  @Field(() => [String], { description: 'Advice to read before going ahead; empty when there is none. A SANCTION always has one.' })
  warnings: string[];
}
