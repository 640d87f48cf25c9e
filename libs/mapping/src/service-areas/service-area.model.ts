import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "One of the organisation's service areas (its own list, seeded with defaults)." })
export class ServiceArea {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Areas the organisation works in now; inactive ones drop out of the map unless initiatives are recorded in them.' })
  active: boolean;

  @Field(() => Int, { description: 'Where the area comes in lists and in the map (lowest first).' })
  position: number;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;
}
