import { OrganisationOwned } from '@app/database';
import { PilotEntity } from '@app/pilots';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ParticipantEntity } from '../participants/participant.entity';

/** A participant taking part in a pilot, with a role. */
@Entity('enrolment')
@Index('UQ_enrolment_pilot_participant', ['pilotId', 'participantId'], { unique: true })
@Index('IDX_enrolment_participant', ['participantId'])
export class EnrolmentEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_enrolment_pilot' })
  pilot?: Relation<PilotEntity>;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'FK_enrolment_participant' })
  participant?: Relation<ParticipantEntity>;

  @Column({ type: 'varchar', length: 100 })
  role: string;

  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt: Date;

  /** Set when the participant leaves the pilot; the enrolment and its readings stay, so the pilot's figures do. */
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
