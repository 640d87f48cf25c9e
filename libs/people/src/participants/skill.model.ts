import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A skill from the organisation's own list, used to describe participants and what pilots need." })
export class Skill {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  createdAt: Date;
}
