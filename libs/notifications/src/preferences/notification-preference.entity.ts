import { UserEntity } from '@app/identity';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * What a person wants to hear about, and when: theirs, not an organisation's, so it holds no
 * organisation's data. Behind the tenancy wall it is reached only on the NOTIFICATION_SETTINGS
 * path (the person, or their unsubscribe link, every statement naming them) and the
 * NOTIFICATION_DIGEST path (the scheduler). No row: the defaults (NotificationPreferencesService).
 */
@Entity('notification_preference')
@Check('CHK_notification_preference_send_hour', `"send_hour" BETWEEN 0 AND 23`)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_preference_user' })
  user?: Relation<UserEntity>;

  @Column({ name: 'digest_email', type: 'boolean', default: true })
  digestEmail: boolean;

  /** The kinds of reminder wanted, in the app and in the digest. */
  @Column({ type: 'text', array: true })
  kinds: string[];

  @Column({ name: 'send_hour', type: 'integer', default: 8 })
  sendHour: number;

  /** The person's IANA time zone; null: their first organisation's. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  /** When an e-mail's unsubscribe link last turned the digest off. */
  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
