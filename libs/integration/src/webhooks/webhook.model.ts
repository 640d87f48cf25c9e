import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum } from '@app/common';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook-delivery.entity';

export const WebhookDeliveryStatus = graphqlEnum(DELIVERY_STATUSES, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: owed, waiting for its turn or its next attempt. DELIVERED: the receiver answered 2xx. FAILED: every attempt failed and it was given up; later events of its programme went on without it (redeliver sends it again).',
});

@ObjectType({ description: 'Where the organisation’s events go, signed per the Standard Webhooks specification (ADMIN).' })
export class WebhookEndpoint {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field()
  description: string;

  @Field(() => [String], { description: 'The event types delivered (historyEventTypes lists them all).' })
  eventTypes: string[];

  @Field({ description: 'False while turned off, by a person or by the product (see disabledReason); nothing is queued for it then.' })
  active: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the product turned it off: the receiver answered 410 Gone, or every attempt failed for days. Null otherwise.',
  })
  disabledReason: string | null;

  @Field(() => Date, { nullable: true, description: 'Since when every attempt has failed; null while deliveries succeed.' })
  failingSince: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'During a secret rotation, until when the previous secret signs too (both signatures are sent); null otherwise.',
  })
  previousSecretValidUntil: Date | null;

  @Field(() => Int, { description: 'Moves on with every change; send it back with updates.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({
  description: 'A new or rotated endpoint secret: shown only this once. Verify signatures with it (e.g. the standardwebhooks package).',
})
export class IssuedWebhookSecret {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({ description: '`whsec_` and base64: the Standard Webhooks form.' })
  secret: string;
}

@ObjectType({ description: 'One try at a delivery.' })
export class WebhookAttempt {
  @Field()
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status; null when no answer came.' })
  statusCode: number | null;

  @Field(() => Int)
  durationMs: number;

  @Field(() => String, { nullable: true })
  error: string | null;
}

@ObjectType({ description: 'One event owed to an endpoint, with its attempts.' })
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  endpointId: string;

  @Field(() => ID, { description: 'The history event delivered; its `webhook-id` header is `evt_<eventId>`, the same on every attempt.' })
  eventId: string;

  @Field()
  eventType: string;

  @Field(() => WebhookDeliveryStatus)
  status: DeliveryStatus;

  @Field(() => Int, { description: 'How many times it has been tried (since it was last sent again on request).' })
  attemptCount: number;

  @Field(() => Date, { nullable: true, description: 'When it will next be tried; null once delivered or given up.' })
  nextAttemptAt: Date | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field()
  createdAt: Date;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery);
