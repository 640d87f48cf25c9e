import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What a throttle row counts: failures of one client against one account (which may lock that
 * client out of that account), of all clients against one account (which only slows it down),
 * or of one client against every account (which limits spraying).
 */
export type ThrottleScope = 'CLIENT_ACCOUNT' | 'ACCOUNT' | 'CLIENT';

/**
 * Failed sign-in attempts, kept in the database so that the limits hold across replicas. Keyed
 * by a hash of the scope, client and address, so no address is stored for unknown users; rows
 * without a failure for an hour count for nothing and are pruned.
 */
@Entity('sign_in_throttle')
@Index('IDX_sign_in_throttle_last_failure', ['lastFailureAt'])
@Check('CHK_sign_in_throttle_scope', `"scope" IN ('CLIENT_ACCOUNT', 'ACCOUNT', 'CLIENT')`)
export class SignInThrottleEntity {
  @PrimaryColumn({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @Column({ type: 'varchar', length: 16 })
  scope: ThrottleScope;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt: Date;
}
