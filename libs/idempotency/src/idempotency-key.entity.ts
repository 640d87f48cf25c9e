import { TenantRecord } from '@app/database';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An Idempotency-Key a caller sent with a mutation, in the organisation it acted in, and the
 * answer that request got. The row is written in the request's own transaction, with what the
 * request changed, so it exists exactly when those changes do; it is never committed without
 * its answer. `key_hash` is an HMAC of the key under the server's secret, and the answer is
 * sealed with a key derived from the Idempotency-Key itself (idempotency-key.ts): a reader of the
 * table alone learns neither the keys nor the answers (which may hold a new API key or link).
 */
@Entity('idempotency_key')
@Index('UQ_idempotency_key_scope', ['organisationId', 'caller', 'keyHash'], { unique: true })
@Index('IDX_idempotency_key_expires_at', ['expiresAt'])
export class IdempotencyKeyEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_idempotency_key' })
  id: string;

  /** Who sent it: `user:<id>` or `api-key:<id>`; another caller's same key is another key. */
  @Column({ type: 'varchar', length: 80 })
  caller: string;

  @Column({ name: 'key_hash', type: 'bytea' })
  keyHash: Buffer;

  /** The request's fingerprint (idempotency-key.ts): the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'bytea' })
  requestHash: Buffer;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_type', type: 'varchar', length: 100, nullable: true })
  responseType: string | null;

  @Column({ name: 'response_body', type: 'bytea', nullable: true })
  responseBody: Buffer | null;
}
