import { OrganisationOwned } from '@app/database';
import { EventEntity } from '@app/history';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One event owed to one endpoint: the outbox row. It is written in the event's own transaction
 * (a trigger on `event`, migrations/1796380000000-webhooks.ts), so an event that commits is
 * always owed and one that rolls back never is. A worker leases it (`lease_owner`,
 * `lease_until`) while it sends; `stream` and `position` keep a programme's events in order.
 */
@Entity('webhook_delivery')
@Index('IDX_webhook_delivery_due', ['nextAttemptAt'], { where: `"status" = 'PENDING'` })
@Index('IDX_webhook_delivery_stream', ['endpointId', 'stream', 'position'], { where: `"status" = 'PENDING'` })
@Index('IDX_webhook_delivery_endpoint', ['endpointId', 'createdAt'])
@Index('UQ_webhook_delivery_event', ['endpointId', 'eventId'], { unique: true })
@Check('CHK_webhook_delivery_status', `"status" IN ('PENDING', 'DELIVERED', 'FAILED')`)
export class WebhookDeliveryEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'FK_webhook_delivery_endpoint' })
  endpoint?: Relation<WebhookEndpointEntity>;

  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_webhook_delivery_event' })
  event?: Relation<EventEntity>;

  /** The event's type, kept with the delivery so that its log reads without history. */
  @Column({ name: 'event_type', type: 'varchar', length: 64 })
  eventType: string;

  /** The programme whose events must arrive in order, or the organisation's own stream for the rest. */
  @Column({ type: 'varchar', length: 40 })
  stream: string;

  /** Place in the stream: the programme's history sequence, or the event's id. */
  @Column({ type: 'bigint' })
  position: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'lease_owner', type: 'varchar', length: 64, nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'last_status', type: 'integer', nullable: true })
  lastStatus: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
