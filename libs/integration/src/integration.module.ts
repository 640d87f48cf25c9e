import { Module } from '@nestjs/common';
import { HistoryModule } from '@app/history';
import { WebhookHttp } from './outbound';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookEndpointsService } from './webhooks/webhook-endpoints.service';
import { WebhookDeliveriesResolver, WebhookEndpointsResolver } from './webhooks/webhooks.resolver';

/** Webhooks for intranets: endpoints and their log over GraphQL. */
@Module({
  imports: [HistoryModule],
  providers: [WebhookHttp, WebhookEndpointsService, WebhookEndpointsResolver, WebhookDeliveriesResolver, WebhookDispatcher],
  exports: [WebhookEndpointsService, WebhookDispatcher],
})
export class IntegrationModule {}

/** Only the sending, for apps/worker: no GraphQL. */
@Module({
  imports: [HistoryModule],
  providers: [WebhookHttp, WebhookDispatcher],
  exports: [WebhookDispatcher],
})
export class WebhookDeliveryModule {}
