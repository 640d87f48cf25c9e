import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, LocalDateScalar } from '@app/common';
import {
  DECIDERS,
  DECISION_SOURCES,
  DISAGREEMENT_STATUSES,
  RISK_KINDS,
  RISK_STATUSES,
  type Decider as DeciderName,
  type DecisionSource as DecisionSourceName,
  type DisagreementStatus as DisagreementStatusName,
  type RiskKind as RiskKindName,
  type RiskStatus as RiskStatusName,
} from '@app/workflow';

export const RiskKind = graphqlEnum(RISK_KINDS, {
  name: 'RiskKind',
  description:
    'What sort of risk: DELIVERY (the work slips), FINANCIAL, PARTICIPATION (people stop taking part), SAFEGUARDING, LEGAL, REPUTATION, CONFLICT (between groups), OTHER.',
});
export type RiskKind = RiskKindName;

export const RiskStatus = graphqlEnum(RISK_STATUSES, {
  name: 'RiskStatus',
  description: 'OPEN, MITIGATING (something is being done about it) or CLOSED; a closed risk can be reopened.',
});
export type RiskStatus = RiskStatusName;

export const DisagreementStatus = graphqlEnum(DISAGREEMENT_STATUSES, {
  name: 'DisagreementStatus',
  description: 'OPEN; ARBITRATED (decided by whoever decides, with the decision on record; final); SETTLED (the groups agreed); WITHDRAWN.',
});
export type DisagreementStatus = DisagreementStatusName;

export const Decider = graphqlEnum(DECIDERS, {
  name: 'Decider',
  description: 'Who takes a decision: a body, never a named person (POLITICIANS, PROGRAMME_BOARD, SERVICE_MANAGERS, PARTICIPANTS, OTHER).',
});
export type Decider = DeciderName;

export const DecisionSource = graphqlEnum(DECISION_SOURCES, {
  name: 'DecisionSource',
  description: 'What a decision answers: a DISAGREEMENT it arbitrated, a WORKSHOP_OUTPUT, a SURVEY or an INITIATIVE.',
});
export type DecisionSource = DecisionSourceName;

@ObjectType({ description: 'A risk to a programme, in its register.' })
export class Risk {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => RiskKind)
  kind: RiskKind;

  @Field({ description: 'What could go wrong.' })
  description: string;

  @Field(() => Int, { description: '1 (unlikely) to 5 (almost certain).' })
  likelihood: number;

  @Field(() => Int, { description: '1 (slight) to 5 (severe).' })
  impact: number;

  @Field(() => Int, { description: 'likelihood × impact, 1 to 25.' })
  score: number;

  @Field({ description: 'LOW (below 6), MEDIUM (6 to 14) or HIGH (15 and over).' })
  band: string;

  @Field({ description: 'Who watches it: a role or team.' })
  owner: string;

  @Field()
  mitigation: string;

  @Field({ description: 'The mitigation penalises participants; it always comes with a warning.' })
  sanction: boolean;

  @Field(() => [String], { description: 'Advice to read before going ahead; a sanction always has one.' })
  warnings: string[];

  @Field(() => RiskStatus)
  status: RiskStatus;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'Groups that differ about something in a programme, and who decides between them.' })
export class Disagreement {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => [String], { description: 'The groups that differ, each once.' })
  groups: string[];

  @Field({ description: 'What they differ about.' })
  subject: string;

  @Field(() => Decider, { description: 'Who is to decide between them.' })
  decider: Decider;

  @Field(() => DisagreementStatus)
  status: DisagreementStatus;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A decision with its reason, who took it and when, linked to what it answers.' })
export class Decision {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => DecisionSource)
  sourceKind: DecisionSource;

  @Field(() => ID, { description: 'The disagreement, workshop output, survey or initiative it answers.' })
  sourceId: string;

  @Field()
  decision: string;

  @Field()
  reason: string;

  @Field(() => Decider)
  decidedBy: Decider;

  @Field(() => LocalDateScalar)
  decidedOn: string;

  @Field({ description: 'What changed because of it; empty until known.' })
  result: string;

  @Field({ description: 'It penalises participants; it always comes with a warning, and says so where published.' })
  sanction: boolean;

  @Field(() => [String], { description: 'Advice to read; a sanction always has one.' })
  warnings: string[];

  @Field({ description: 'Shown on the programme’s "you said, we did" page.' })
  published: boolean;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A disagreement with the decision that arbitrated it.' })
export class Arbitration {
  @Field(() => Disagreement)
  disagreement: Disagreement;

  @Field(() => Decision)
  decision: Decision;
}

@ObjectType({ description: 'The programme’s "you said, we did" link as it stands (never its token).' })
export class OutcomePageLink {
  @Field()
  issuedAt: Date;
}

@ObjectType({ description: 'A new "you said, we did" link: its address holds the token and is shown only this once.' })
export class IssuedOutcomePageLink {
  @Field({ description: 'The page as JSON, with no sign-in; pass it on to those who took part.' })
  url: string;

  @Field({ description: 'The token alone, for the publicOutcomePage query.' })
  token: string;

  @Field()
  issuedAt: Date;
}

@ObjectType({ description: 'Where a published decision came from, in words anyone may read: no names, no contact details.' })
export class PublishedOrigin {
  @Field(() => DecisionSource)
  kind: DecisionSource;

  @Field({ description: 'A workshop’s title, a survey’s title, an initiative’s name, or the subject of a disagreement.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'What was said: the workshop output’s text, or the groups that differed; null for a survey or initiative.',
  })
  said: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When: the workshop’s day; null otherwise.' })
  on: string | null;
}

@ObjectType({ description: 'One published decision on a "you said, we did" page.' })
export class PublishedDecision {
  @Field(() => PublishedOrigin, { description: 'What it answers.' })
  origin: PublishedOrigin;

  @Field({ description: 'What was decided.' })
  decision: string;

  @Field()
  reason: string;

  @Field(() => Decider)
  decidedBy: Decider;

  @Field(() => LocalDateScalar)
  decidedOn: string;

  @Field({ description: 'What changed because of it; empty until known.' })
  result: string;

  @Field({ description: 'It penalises participants.' })
  sanction: boolean;
}

@ObjectType({ description: 'A programme’s "you said, we did" page: the decisions it chose to publish, newest first.' })
export class PublishedOutcomePage {
  @Field()
  organisation: string;

  @Field()
  programme: string;

  @Field(() => [PublishedDecision])
  decisions: PublishedDecision[];
}
