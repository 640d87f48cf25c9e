import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { FORM_KEYS } from '../forms';
import { CoproductionFormName, InitiativeStatus } from './initiative.model';

@InputType({ description: 'Every field given narrows the list; leave a field out to ignore it.' })
export class InitiativeFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a service area id' })
  serviceAreaId?: string;

  @Field(() => CoproductionFormName, {
    nullable: true,
    description: 'Initiatives with this form or sub-form (a form matches initiatives that have any of its sub-forms).',
  })
  @IsOptional()
  @IsEnum(CoproductionFormName, { message: `must be one of ${FORM_KEYS.join(', ')}` })
  form?: string;

  @Field(() => InitiativeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InitiativeStatus, { message: `must be one of ${Object.values(InitiativeStatus).join(', ')}` })
  status?: InitiativeStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  published?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId?: string;

  @Field({ nullable: true, description: 'Only self-organisation (true: nothing from the public body), or only coproduction (false).' })
  @IsOptional()
  @IsBoolean()
  selfOrganisation?: boolean;

  @Field({ nullable: true, description: 'Words in the name or description, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class InitiativesArgs extends PageArgs {
  @Field(() => InitiativeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InitiativeFilter)
  filter?: InitiativeFilter;
}

@ArgsType()
export class InitiativeArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an initiative id' })
  id: string;
}
