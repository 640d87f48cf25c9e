import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-in attempts per e-mail address, kept in the database so that the limit
 * holds across replicas. Keyed by a hash so that no address is stored for unknown users.
 */
@Entity('sign_in_throttle')
export class SignInThrottleEntity {
  @PrimaryColumn({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  @Column({ name: 'last_failure_at', type: 'timestamptz' })
  lastFailureAt: Date;
}
