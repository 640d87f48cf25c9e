import { TenantRecord } from '@app/database';
import { UserEntity } from '@app/identity';
import { ParticipantEntity } from '@app/people';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WorkshopEntity } from './workshop.entity';

/** Someone expected at a workshop: a member (by user) or a participant with a lawful basis recorded, never both. */
@Entity('workshop_attendee')
@Index('IDX_workshop_attendee_workshop', ['workshopId'])
@Index('IDX_workshop_attendee_participant', ['participantId'])
@Index('UQ_workshop_attendee_user', ['workshopId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('UQ_workshop_attendee_participant', ['workshopId', 'participantId'], { unique: true, where: '"participant_id" IS NOT NULL' })
@Check('CHK_workshop_attendee_one', `("user_id" IS NULL) <> ("participant_id" IS NULL)`)
export class WorkshopAttendeeEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'FK_workshop_attendee_workshop' })
  workshop?: Relation<WorkshopEntity>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_workshop_attendee_user' })
  user?: Relation<UserEntity>;

  @Column({ name: 'participant_id', type: 'uuid', nullable: true })
  participantId: string | null;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'FK_workshop_attendee_participant' })
  participant?: Relation<ParticipantEntity>;
}
