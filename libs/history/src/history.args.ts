import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { EVENT_TYPES, EventKind } from './event-catalogue';

const KIND_VALUES = Object.values(EventKind);

/** Filters of the history and of a programme's journey; every one given narrows the list. */
@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one kind, or be left out' })
  @ArrayMaxSize(KIND_VALUES.length)
  @IsEnum(EventKind, { each: true, message: `must each be one of ${KIND_VALUES.join(', ')}` })
  kinds?: EventKind[];

  @Field(() => [String], { nullable: true, description: 'Only events of these types (see `historyEventTypes`).' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one type, or be left out' })
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  types?: string[];

  @Field(() => Date, { nullable: true, description: 'Only events that happened at or after this time.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  since?: Date;

  @Field(() => Date, { nullable: true, description: 'Only events that happened before this time (not at it).' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  until?: Date;
}
