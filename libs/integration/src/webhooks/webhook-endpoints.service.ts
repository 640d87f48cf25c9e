import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, type PageArgs, pageWindow, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
import { DestinationRefusedError } from '@app/http';
import { WebhookHttp } from '../outbound';
import { WebhookAttemptEntity } from './webhook-attempt.entity';
import { type DeliveryStatus, WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import type { CreateWebhookEndpointInput, RotateWebhookSecretInput, UpdateWebhookEndpointInput } from './webhook.inputs';
import { newWebhookSecret } from './webhook-message';

/** A delivery's row as the log shows it. */
const DELIVERY_COLUMNS = `d.id, d.endpoint_id AS "endpointId", d.event_id AS "eventId", d.event_type AS "eventType", d.status, d.attempts AS "attemptCount",
  CASE WHEN d.status = 'PENDING' THEN d.next_attempt_at END AS "nextAttemptAt", d.last_status AS "lastStatusCode",
  d.last_error AS "lastError", d.delivered_at AS "deliveredAt", d.created_at AS "createdAt"`;

/** How long a rotated-out secret keeps signing when the ADMIN does not say. */
const DEFAULT_KEEP_PREVIOUS_HOURS = 24;

export interface DeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attemptCount: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/**
 * An organisation's webhook endpoints (ADMIN): registered with a URL that must not lead inside
 * the network (checked again at every delivery), the event types wanted, and a secret shown
 * once; rotated with both secrets signing for a while; their deliveries and attempts read back,
 * and a delivery sent again on request.
 */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly http: WebhookHttp,
  ) {}

  list(ctx: RequestContext): Promise<WebhookEndpointEntity[]> {
    return this.db.tenant(ctx, WebhookEndpointEntity).find({ order: { createdAt: 'DESC', id: 'ASC' } });
  }

  get(ctx: RequestContext, id: string): Promise<WebhookEndpointEntity> {
    return this.db.tenant(ctx, WebhookEndpointEntity).get({ id }, 'Webhook endpoint');
  }

  async create(ctx: RequestContext, input: CreateWebhookEndpointInput): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const url = await this.checkedUrl(input.url);
    return this.db.transaction(ctx, async () => {
      const secret = newWebhookSecret();
      const endpoints = this.db.tenant(ctx, WebhookEndpointEntity);
      const endpoint = await endpoints.save(
        endpoints.create({
          url,
          description: input.description?.trim() ?? '',
          eventTypes: [...new Set(input.eventTypes)],
          active: input.active ?? true,
          secret,
          previousSecret: null,
          previousSecretExpiresAt: null,
          failingSince: null,
          disabledReason: null,
          createdBy: ctx.userIdOrNull,
        }),
      );
      await this.history.record(ctx, {
        type: 'WEBHOOK_ENDPOINT_CREATED',
        payload: { endpointId: endpoint.id, eventTypes: endpoint.eventTypes, active: endpoint.active },
      });
      return { endpoint, secret };
    });
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointEntity> {
    const url = input.url === undefined ? undefined : await this.checkedUrl(input.url);
    return this.db.transaction(ctx, async (em) => {
      const endpoint = await updateVersioned(
        em,
        WebhookEndpointEntity,
        'Webhook endpoint',
        { id: input.id, version: input.version, organisationId: ctx.tenantId },
        {
          ...(url !== undefined ? { url } : {}),
          ...(input.eventTypes ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
          ...(input.description !== undefined ? { description: input.description.trim() } : {}),
          // Turned on by a person: the product's reason and the failing clock start afresh.
          ...(input.active !== undefined ? { active: input.active, disabledReason: null, failingSince: null } : {}),
        },
      );
      await this.history.record(ctx, {
        type: 'WEBHOOK_ENDPOINT_UPDATED',
        payload: { endpointId: endpoint.id, eventTypes: endpoint.eventTypes, active: endpoint.active, urlChanged: url !== undefined },
      });
      return endpoint;
    });
  }

  /** A new secret signs from now on; the old one goes on signing beside it for `keepPreviousForHours`. */
  async rotateSecret(ctx: RequestContext, input: RotateWebhookSecretInput): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    return this.db.transaction(ctx, async (em) => {
      const current = await this.get(ctx, input.id);
      const hours = input.keepPreviousForHours ?? DEFAULT_KEEP_PREVIOUS_HOURS;
      const secret = newWebhookSecret();
      const endpoint = await updateVersioned(
        em,
        WebhookEndpointEntity,
        'Webhook endpoint',
        { id: input.id, version: input.version, organisationId: ctx.tenantId },
        {
          secret,
          previousSecret: hours > 0 ? current.secret : null,
          previousSecretExpiresAt: hours > 0 ? new Date(Date.now() + hours * 3_600_000) : null,
        },
      );
      await this.history.record(ctx, { type: 'WEBHOOK_SECRET_ROTATED', payload: { endpointId: endpoint.id, keepPreviousForHours: hours } });
      return { endpoint, secret };
    });
  }

  /** Deletes the endpoint with its deliveries and their log. */
  async remove(ctx: RequestContext, id: string): Promise<string> {
    return this.db.transaction(ctx, async () => {
      const endpoint = await this.get(ctx, id);
      await this.db.tenant(ctx, WebhookEndpointEntity).delete({ id: endpoint.id });
      await this.history.record(ctx, { type: 'WEBHOOK_ENDPOINT_DELETED', payload: { endpointId: endpoint.id } });
      return endpoint.id;
    });
  }

  /** Each endpoint's deliveries, newest first, optionally of one status: one page each, in two statements for any number of endpoints. */
  async deliveryPages(
    ctx: RequestContext,
    endpointIds: readonly string[],
    args: PageArgs,
    status: DeliveryStatus | null,
  ): Promise<Map<string, { rows: DeliveryRow[]; total: number }>> {
    const pages = new Map(endpointIds.map((id) => [id, { rows: [] as DeliveryRow[], total: 0 }]));
    if (!endpointIds.length) return pages;
    const { offset, limit } = pageWindow(args);
    const params = [ctx.tenantId, [...endpointIds], status];
    const where = `d.organisation_id = $1 AND d.endpoint_id = ANY($2::uuid[]) AND ($3::text IS NULL OR d.status = $3)`;
    const [rows, totals] = await Promise.all([
      this.db.query<DeliveryRow>(
        ctx,
        `SELECT * FROM (
           SELECT ${DELIVERY_COLUMNS}, row_number() OVER (PARTITION BY d.endpoint_id ORDER BY d.created_at DESC, d.event_id DESC) AS place
             FROM webhook_delivery d
            WHERE ${where}
         ) page WHERE place > $4 AND place <= $4 + $5 ORDER BY place`,
        [...params, offset, limit],
      ),
      this.db.query<{ endpointId: string; total: number }>(
        ctx,
        `SELECT d.endpoint_id AS "endpointId", count(*)::int AS total FROM webhook_delivery d WHERE ${where} GROUP BY d.endpoint_id`,
        params,
      ),
    ]);
    for (const row of rows) pages.get(row.endpointId)?.rows.push({ ...row, eventId: String(row.eventId) });
    for (const { endpointId, total } of totals) pages.get(endpointId)!.total = total;
    return pages;
  }

  /** One delivery as its endpoint's log shows it; another organisation's is NOT_FOUND. */
  async delivery(ctx: RequestContext, id: string): Promise<DeliveryRow> {
    const [row] = await this.db.query<DeliveryRow>(
      ctx,
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d WHERE d.organisation_id = $1 AND d.id = $2`,
      [ctx.tenantId, id],
    );
    if (!row) throw new NotFoundError('Webhook delivery', id);
    return { ...row, eventId: String(row.eventId) };
  }

  /** The attempts of these deliveries, oldest first, in one statement. */
  async attemptsOf(ctx: RequestContext, deliveryIds: readonly string[]): Promise<WebhookAttemptEntity[]> {
    if (!deliveryIds.length) return [];
    return this.db
      .tenant(ctx, WebhookAttemptEntity)
      .queryBuilder('a')
      .where('a.delivery_id IN (:...ids)', { ids: [...new Set(deliveryIds)] })
      .orderBy('a.attempted_at', 'ASC')
      .getMany();
  }

  /**
   * Sends a delivery again, whatever became of it, with the whole retry schedule ahead of it and
   * the same `webhook-id`, so a receiver that already has it can tell. Later events of its
   * programme wait for it, as they would have the first time.
   */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<DeliveryRow> {
    return this.db.transaction(ctx, async () => {
      const deliveries = this.db.tenant(ctx, WebhookDeliveryEntity);
      const delivery = await deliveries.get({ id: deliveryId }, 'Webhook delivery');
      await deliveries.update(
        { id: delivery.id },
        { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), leaseOwner: null, leaseUntil: null, deliveredAt: null },
      );
      await this.history.record(ctx, {
        type: 'WEBHOOK_REDELIVERY_REQUESTED',
        payload: { endpointId: delivery.endpointId, deliveryId: delivery.id, eventId: delivery.eventId },
      });
      return this.delivery(ctx, delivery.id);
    });
  }

  /** The URL as the receiver will be called, or BAD_USER_INPUT on `url` saying why it may not be. */
  private async checkedUrl(raw: string): Promise<string> {
    const url = raw.trim();
    try {
      await this.http.checkDestination(url);
    } catch (error: unknown) {
      if (error instanceof DestinationRefusedError) throw BadInputError.field('input.url', error.message);
      throw error;
    }
    return url;
  }
}
