import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/common';
import { Organisation } from '../organisations/organisation.model';
import { User } from '../users/user.model';

@ObjectType({ description: "A person's place in an organisation, with their role." })
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => Role)
  role: Role;

  @Field()
  createdAt: Date;

  organisationId: string;
  userId: string;
}

@ObjectType({ description: 'The signed-in person, with the organisations they belong to.' })
export class Me extends User {
  @Field(() => [Membership])
  memberships: Membership[];
}

export { Organisation, User };
