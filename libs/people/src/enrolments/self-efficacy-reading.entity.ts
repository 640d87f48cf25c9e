import { TenantRecord } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';

/**
 * A participant's self-efficacy (1–5) in a pilot: once at enrolment, again later. An outcome
 * the body tries to raise, never a reason to rank or exclude anyone.
 */
@Entity('self_efficacy_reading')
@Index('IDX_self_efficacy_enrolment', ['enrolmentId', 'recordedOn'])
@Check('CHK_self_efficacy_score', `"score" BETWEEN 1 AND 5`)
export class SelfEfficacyReadingEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'FK_self_efficacy_enrolment' })
  enrolment?: Relation<EnrolmentEntity>;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;
}
