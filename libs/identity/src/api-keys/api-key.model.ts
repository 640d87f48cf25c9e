import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/common';

@ObjectType({ description: 'A credential for an integration such as an intranet; acts with its role.' })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  prefix: string;

  @Field(() => ID, { nullable: true, description: 'The key that created this one, if a key did: revoking that key revokes this one too.' })
  parentKeyId: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A new API key: the secret is shown only this once; send it as `X-Api-Key`.' })
export class IssuedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field()
  secret: string;
}
