import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ParticipantKind } from './participant.model';

@InputType({ description: 'Every field given narrows the list; leave a field out to ignore it.' })
export class ParticipantFilter {
  @Field(() => ParticipantKind, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipantKind, { message: `must be one of ${Object.values(ParticipantKind).join(', ')}` })
  kind?: ParticipantKind;

  @Field(() => ID, { nullable: true, description: 'Participants who have this skill.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a skill id' })
  skillId?: string;

  @Field({ nullable: true, description: 'Only erased participants (true), or only those not erased (false).' })
  @IsOptional()
  @IsBoolean()
  erased?: boolean;

  @Field({ nullable: true, description: 'Only participants with a lawful basis recorded (true), or only those without one (false).' })
  @IsOptional()
  @IsBoolean()
  hasLawfulBasis?: boolean;
}

@ArgsType()
export class ParticipantsArgs extends PageArgs {
  @Field(() => ParticipantFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipantFilter)
  filter?: ParticipantFilter;
}

@ArgsType()
export class ParticipantArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a participant id' })
  id: string;
}

@ArgsType()
export class ParticipantDataExportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a participant id' })
  participantId: string;
}
