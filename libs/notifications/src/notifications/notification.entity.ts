import { TenantRecord } from '@app/database';
import { OrganisationEntity, UserEntity } from '@app/identity';
import { ProgrammeEntity } from '@app/programmes';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { NotificationKind } from './notification-kind';

/**
 * A reminder for one person in one organisation (behind its wall, like what it is about): made by
 * the digest scheduler at the person's hour, once per subject and local day (the unique key), so
 * a scheduler that runs twice or retries makes no second row. It copies the title it names, as
 * the digest e-mail does, so the list reads as it was sent.
 */
@Entity('notification')
@Index('UQ_notification_subject_day', ['organisationId', 'userId', 'kind', 'subjectId', 'forDate'], { unique: true })
@Index('IDX_notification_user', ['organisationId', 'userId', 'createdAt'])
@Index('IDX_notification_unread', ['organisationId', 'userId'], { where: `"read_at" IS NULL` })
@Check('CHK_notification_kind', `"kind" IN ('TASK_DUE_TOMORROW', 'TASK_OVERDUE', 'STEP_PAST_TARGET', 'WORKSHOP_TOMORROW')`)
export class NotificationEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_notification_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** The task, programme step or workshop it is about. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_notification_programme' })
  programme?: Relation<ProgrammeEntity>;

  /** The task's or workshop's title, or the step's name. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Where it sits: the programme's name, or the workshop's place. */
  @Column({ type: 'varchar', length: 500, default: '' })
  context: string;

  /** The task's due date or the step's target date. */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** When the workshop starts. */
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  /** The person's own date (in their time zone) the reminder was made for. */
  @Column({ name: 'for_date', type: 'date' })
  forDate: string;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
