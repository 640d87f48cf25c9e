import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

const NAME_LENGTH = { message: 'must be 1 to 100 characters long' };

@InputType()
export class CreateServiceAreaInput {
  @Field({ description: 'Unique in the organisation, whatever the case.' })
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' }) // empty is Length's to report
  @Length(1, 100, NAME_LENGTH)
  name: string;

  @Field(() => Int, { nullable: true, description: 'After the last area when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  position?: number;

  @Field({ nullable: true, description: 'True when omitted.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'Renames, reorders, retires or brings back a service area; fields left out stay as they are.' })
export class UpdateServiceAreaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId: string;

  @Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, { message: 'must not be blank' })
  @Length(1, 100, NAME_LENGTH)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  position?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
