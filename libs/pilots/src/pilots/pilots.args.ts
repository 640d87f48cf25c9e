import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PilotStatus } from './pilot.model';

@ArgsType()
export class PilotArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a pilot id' })
  id: string;
}

@ArgsType()
export class PilotsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this programme’s pilots; every programme’s when left out.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;

  @Field(() => [PilotStatus], { nullable: true, description: 'Pilots with any of these statuses (a single status will do).' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one status, or be left out' })
  @ArrayMaxSize(7)
  @IsEnum(PilotStatus, { each: true, message: `must each be one of ${Object.values(PilotStatus).join(', ')}` })
  status?: PilotStatus[];
}
