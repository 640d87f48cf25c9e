import { OrganisationOwned } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';

/** One try at a delivery, for the endpoint's log: when, what came back, how long it took, what went wrong. */
@Entity('webhook_attempt')
@Index('IDX_webhook_attempt_delivery', ['deliveryId', 'attemptedAt'])
@Index('IDX_webhook_attempt_endpoint', ['endpointId', 'attemptedAt'])
export class WebhookAttemptEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'FK_webhook_attempt_delivery' })
  delivery?: Relation<WebhookDeliveryEntity>;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;

  /** The HTTP status, or null when no answer came (refused, timed out, connection failed). */
  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  error: string | null;
}
