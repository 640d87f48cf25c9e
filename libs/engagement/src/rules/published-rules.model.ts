import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: "A pilot's rules of engagement as anyone with the organisation's feed token sees them: the newest published version.",
})
export class PublishedRulesOfEngagement {
  @Field(() => ID)
  pilotId: string;

  @Field()
  pilotName: string;

  @Field(() => Int, { description: 'The version of the terms shown.' })
  version: number;

  @Field({ description: 'What citizens can expect from the public body.' })
  expectations: string;

  @Field()
  rulesOfEngagement: string;

  @Field()
  publishedAt: Date;
}

/** The JSON feed's body. */
export interface RulesOfEngagementFeed {
  organisation: { name: string };
  count: number;
  pilots: PublishedRulesOfEngagement[];
}
