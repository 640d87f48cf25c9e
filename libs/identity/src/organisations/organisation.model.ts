import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@app/common';

registerEnumType(Role, { name: 'Role', description: 'What a member may do; see the policy table in the README.' });

@ObjectType({ description: 'A public body using coprod; everything else belongs to one.' })
export class Organisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'IANA time zone, e.g. Europe/London; deadlines and "overdue" are computed in it.' })
  timeZone: string;

  @Field({ description: 'ISO 4217 currency code used by default for money.' })
  currency: string;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;
}
