import { UserEntity } from '@app/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

export const DIGEST_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];

/**
 * One person's digest for one of their days: the key (person, local date) is what makes it once
 * a day however many processes look. A scheduler claims the row with a lease while it gathers
 * and sends; SENT ends the day, a lapsed lease lets another try (up to a few attempts). Holds no
 * organisation's data: counts only. Reached on the NOTIFICATION_DIGEST path.
 */
@Entity('notification_digest')
@Index('IDX_notification_digest_pending', ['leaseUntil'], { where: `"status" = 'PENDING'` })
@Check('CHK_notification_digest_status', `"status" IN ('PENDING', 'SENT', 'FAILED')`)
export class NotificationDigestEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_digest_user' })
  user?: Relation<UserEntity>;

  @PrimaryColumn({ name: 'local_date', type: 'date' })
  localDate: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: DigestStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'lease_owner', type: 'varchar', length: 64, nullable: true })
  leaseOwner: string | null;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /** Reminders the digest held, over all the person's organisations. */
  @Column({ name: 'item_count', type: 'integer', default: 0 })
  itemCount: number;

  /** Whether it went out by e-mail (off, nothing to say, or no SMTP: false). */
  @Column({ type: 'boolean', default: false })
  emailed: boolean;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
