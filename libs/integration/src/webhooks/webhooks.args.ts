import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@app/common';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook-delivery.entity';
import { WebhookDeliveryStatus } from './webhook.model';

@ArgsType()
export class WebhookEndpointArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a webhook endpoint id' })
  id: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `must be one of ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;
}
