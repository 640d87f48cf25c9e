import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CoproductionForm } from '../forms';
import { CoproductionFormName, InitiativeStatus, Participation } from '../initiatives/initiative.model';

@ObjectType({
  description: 'A published initiative as anyone with the feed token sees it: public fields only (never the contact or the external ref).',
})
export class PublishedInitiative {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field()
  serviceAreaName: string;

  @Field(() => [CoproductionFormName])
  forms: CoproductionForm[];

  @Field(() => Participation)
  participation: Participation;

  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field(() => Int, { nullable: true })
  peopleInvolved: number | null;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'A new feed token: shown only this once. The old one stops working at once.' })
export class IssuedFeedToken {
  @Field({ description: 'Give it to the intranet; anyone who holds it can read the published initiatives.' })
  token: string;

  @Field({ description: 'The JSON feed of published initiatives, with this token in it.' })
  feedUrl: string;

  @Field()
  rotatedAt: Date;
}

/** The JSON feed's body. */
export interface PublishedFeed {
  organisation: { name: string };
  count: number;
  initiatives: PublishedInitiative[];
}
