import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@app/common';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Intranet status page"; history names the key by it.' })
  @IsString()
  @Length(1, 100, { message: 'must be 1 to 100 characters long' })
  name: string;

  @Field(() => Role)
  @IsEnum(Role, { message: `must be one of ${Object.values(Role).join(', ')}` })
  role: Role;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an API key id' })
  apiKeyId: string;
}
