import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EVENT_TYPES } from '@app/history';

const TYPE_MESSAGE = 'must each be an event type (historyEventTypes lists them)';

@InputType()
export class CreateWebhookEndpointInput {
  @Field({
    description: 'An https (or http) URL the organisation’s receiver listens on; a private or loopback address is refused unless allowed.',
  })
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2,000 characters long' })
  url: string;

  @Field(() => [String], { description: 'The event types to deliver, at least one.' })
  @ArrayMinSize(1, { message: 'must name at least one event type' })
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true, message: TYPE_MESSAGE })
  eventTypes: string[];

  @Field({ nullable: true, description: 'What it is for, e.g. "Intranet status board".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @Field({
    nullable: true,
    description:
      'Whether deliveries are sent (true when not given at creation); turning on one the product turned off resumes what was owed, in order.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Only what is given changes; `active: true` turns on an endpoint the product turned off, and what was owed resumes in order. */
@InputType()
export class UpdateWebhookEndpointInput extends PartialType(CreateWebhookEndpointInput) {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a webhook endpoint id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a webhook endpoint id' })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'How long the old secret keeps signing beside the new one, in hours (0 to 168, default 24), while the receiver switches over.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(168)
  keepPreviousForHours?: number;
}

@InputType()
export class DeleteWebhookEndpointInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a webhook endpoint id' })
  id: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a webhook delivery id' })
  deliveryId: string;
}
