import { EditableTenantRecord } from '@app/database';
import { OrganisationEntity } from '@app/identity';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/**
 * Where an organisation's events go: a URL, the event types it wants, and the secret its
 * deliveries are signed with. The secret is kept as it was issued, since signing needs it (the
 * tenancy wall guards it like the rest of the organisation's data); during a rotation the
 * previous one signs too, until it expires.
 */
@Entity('webhook_endpoint')
@Index('IDX_webhook_endpoint_organisation', ['organisationId', 'createdAt'])
// The outbox trigger looks up an organisation's active endpoints on every event.
@Index('IDX_webhook_endpoint_active', ['organisationId'], { where: '"active"' })
export class WebhookEndpointEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_webhook_endpoint_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  description: string;

  /** Catalogue types (libs/history/src/event-catalogue.ts); a delivery is queued only for these. */
  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'varchar', length: 100 })
  secret: string;

  @Column({ name: 'previous_secret', type: 'varchar', length: 100, nullable: true })
  previousSecret: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;

  /** Since when every attempt has failed; null once one succeeds. */
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  /** Why the product turned it off (the receiver answered 410, or it failed for days); null when a person did, or it is on. */
  @Column({ name: 'disabled_reason', type: 'varchar', length: 300, nullable: true })
  disabledReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
