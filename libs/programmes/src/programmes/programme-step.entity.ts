import { OrganisationOwned } from '@app/database';
import type { Step, StepState } from '@app/workflow';
import { Check, Column, JoinColumn, ManyToOne, type Relation, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';
import { STEP_CHECK } from './programme.entity';

/** One step of one cycle of a programme; earlier cycles' rows stay as they were. */
@Entity('programme_step')
@Index('UQ_programme_step', ['programmeId', 'cycle', 'step'], { unique: true })
@Check('CHK_programme_step_step', `"step" ${STEP_CHECK}`)
@Check('CHK_programme_step_state', `"state" IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')`)
export class ProgrammeStepEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_programme_step_programme' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'integer' })
  cycle: number;

  @Column({ type: 'varchar', length: 16 })
  step: Step;

  @Column({ type: 'varchar', length: 16 })
  state: StepState;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The override reason when the step was completed past an unmet gate. */
  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;
}
