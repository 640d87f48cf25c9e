import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '@app/common';
import { WORKSHOP_STATUSES } from '@app/workflow';
import { WorkshopStatus } from './workshop.model';

@InputType({ description: 'Every field narrows the list; from and to bound the start time (from inclusive, to exclusive).' })
export class WorkshopFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;

  @Field(() => WorkshopStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WorkshopStatus, { message: `must be one of ${WORKSHOP_STATUSES.join(', ')}` })
  status?: WorkshopStatus;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time' })
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time' })
  to?: Date;
}

@ArgsType()
export class WorkshopsArgs extends PageArgs {
  @Field(() => WorkshopFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkshopFilter)
  filter?: WorkshopFilter;
}

@ArgsType()
export class WorkshopArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop id' })
  id: string;
}

@ArgsType()
export class ProgrammeWorkshopsArgs extends PageArgs {
  @Field(() => WorkshopStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WorkshopStatus, { message: `must be one of ${WORKSHOP_STATUSES.join(', ')}` })
  status?: WorkshopStatus;
}
