import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Can, type Connection, Ctx, type GqlContext, groupByKey, loaderFor, RequestContext, toConnection } from '@app/common';
import { WebhookEndpointArgs, WebhookDeliveriesArgs } from './webhooks.args';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { type DeliveryRow, WebhookEndpointsService } from './webhook-endpoints.service';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointInput,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
} from './webhook.inputs';
import { IssuedWebhookSecret, WebhookAttempt, WebhookDelivery, WebhookDeliveryConnection, WebhookEndpoint } from './webhook.model';

/** What GraphQL shows of an endpoint: never its secrets. */
export function toWebhookEndpoint(row: WebhookEndpointEntity): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    active: row.active,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince,
    previousSecretValidUntil:
      row.previousSecret && row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date() ? row.previousSecretExpiresAt : null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Webhook endpoints, their deliveries and attempts: ADMIN only, like API keys (MANAGE_MEMBERS). */
@Resolver(() => WebhookEndpoint)
export class WebhookEndpointsResolver {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Query(() => [WebhookEndpoint], { description: "The organisation's webhook endpoints, newest first (ADMIN)." })
  @Can(Action.MANAGE_MEMBERS)
  async webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return (await this.endpoints.list(ctx)).map(toWebhookEndpoint);
  }

  @Query(() => WebhookEndpoint, { description: 'One endpoint (ADMIN); another organisation’s is NOT_FOUND.' })
  @Can(Action.MANAGE_MEMBERS)
  async webhookEndpoint(@Ctx() ctx: RequestContext, @Args() args: WebhookEndpointArgs): Promise<WebhookEndpoint> {
    return toWebhookEndpoint(await this.endpoints.get(ctx, args.id));
  }

  @Mutation(() => IssuedWebhookSecret, { description: 'Registers an endpoint; its signing secret is in the answer, and only there.' })
  @Can(Action.MANAGE_MEMBERS)
  async createWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input') input: CreateWebhookEndpointInput): Promise<IssuedWebhookSecret> {
    const { endpoint, secret } = await this.endpoints.create(ctx, input);
    return { endpoint: toWebhookEndpoint(endpoint), secret };
  }

  @Mutation(() => WebhookEndpoint)
  @Can(Action.MANAGE_MEMBERS)
  async updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input') input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    return toWebhookEndpoint(await this.endpoints.update(ctx, input));
  }

  @Mutation(() => IssuedWebhookSecret, {
    description: 'A new secret, in the answer only; the old one signs beside it (both signatures are sent) for keepPreviousForHours.',
  })
  @Can(Action.MANAGE_MEMBERS)
  async rotateWebhookSecret(@Ctx() ctx: RequestContext, @Args('input') input: RotateWebhookSecretInput): Promise<IssuedWebhookSecret> {
    const { endpoint, secret } = await this.endpoints.rotateSecret(ctx, input);
    return { endpoint: toWebhookEndpoint(endpoint), secret };
  }

  @Mutation(() => String, { description: 'Deletes the endpoint with its deliveries and their log; answers its id.' })
  @Can(Action.MANAGE_MEMBERS)
  deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Args('input') input: DeleteWebhookEndpointInput): Promise<string> {
    return this.endpoints.remove(ctx, input.id);
  }

  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again from its first attempt, with the same webhook-id.' })
  @Can(Action.MANAGE_MEMBERS)
  async redeliverWebhook(@Ctx() ctx: RequestContext, @Args('input') input: RedeliverWebhookInput): Promise<WebhookDelivery> {
    return this.endpoints.redeliver(ctx, input.deliveryId);
  }

  @ResolveField(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first: the delivery log.' })
  async deliveries(
    @Parent() endpoint: WebhookEndpoint,
    @Ctx() ctx: RequestContext,
    @Args() args: WebhookDeliveriesArgs,
    @Context() gql: GqlContext,
  ): Promise<Connection<DeliveryRow>> {
    // Batched over every endpoint in the answer that asks for the same page.
    const key = JSON.stringify([args.first ?? null, args.after ?? null, args.status ?? null]);
    const page = await loaderFor<string, { rows: DeliveryRow[]; total: number }>(gql, `webhook.deliveries:${key}`, async (ids) => {
      const pages = await this.endpoints.deliveryPages(ctx, ids, args, args.status ?? null);
      return ids.map((id) => pages.get(id)!);
    }).load(endpoint.id);
    return toConnection(page!.rows, page!.total, args);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveriesResolver {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @ResolveField(() => [WebhookAttempt], { description: 'Every attempt, oldest first: when, the status, how long, what went wrong.' })
  async attempts(@Parent() delivery: WebhookDelivery, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<WebhookAttempt[]> {
    const attempts = await loaderFor(gql, 'webhook.attempts', async (ids: readonly string[]) =>
      groupByKey(ids, await this.endpoints.attemptsOf(ctx, ids), (a) => a.deliveryId),
    ).load(delivery.id);
    return attempts ?? [];
  }
}
