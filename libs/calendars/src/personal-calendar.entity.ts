import { UserEntity } from '@app/identity';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';

/**
 * A person's calendar link (only its sha256): it opens their calendar of dates across every
 * organisation they belong to at the time it is read. It is the person's, not an organisation's,
 * so behind the tenancy wall it is reached only on the CALENDAR_FEEDS path, always by its owner's
 * id or by the token's hash.
 */
@Entity('personal_calendar')
@Index('UQ_personal_calendar_token', ['tokenHash'], { unique: true })
export class PersonalCalendarEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_personal_calendar' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_personal_calendar_user' })
  user?: Relation<UserEntity>;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;
}
