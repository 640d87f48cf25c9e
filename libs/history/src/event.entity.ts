import { OrganisationOwned } from '@app/database';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The one append-only history of the product: audit log, source of live updates and
 * outbox. Payloads hold ids and non-personal values only, so erasure never rewrites it.
 */
@Entity('event')
@Index('IDX_event_organisation', ['organisationId', 'id'])
@Index('IDX_event_organisation_type', ['organisationId', 'type', 'id'])
@Index('IDX_event_organisation_occurred_at', ['organisationId', 'occurredAt'])
@Index('UQ_event_programme_sequence', ['programmeId', 'sequence'], { unique: true })
@Check('CHK_event_actor_type', `"actor_type" IN ('USER', 'API_KEY', 'SYSTEM', 'PUBLIC')`)
export class EventEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  /** Position in the programme's history: ids from a sequence can commit out of order. */
  @Column({ type: 'integer', nullable: true })
  sequence: number | null;

  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: 'USER' | 'API_KEY' | 'SYSTEM' | 'PUBLIC';

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  /** An API key's name; never a person's name. */
  @Column({ name: 'actor_name', type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  payload: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
