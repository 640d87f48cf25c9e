import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person who signs in to coprod.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;
}
