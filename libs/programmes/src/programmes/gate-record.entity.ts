import { OrganisationOwned } from '@app/database';
import type { Step } from '@app/workflow';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ProgrammeStepEntity } from './programme-step.entity';

/** One checklist item's verdict as it stood when its step was passed. */
export interface RecordedVerdict {
  satisfied: boolean;
  explanation: string;
}

/**
 * What a step's gate said when the step was completed: each item's verdict and explanation,
 * when, and whether past an unmet gate. A completed step shows this record rather than a live
 * evaluation, so later changes (a pilot moving on) never unsay a gate that was passed. Reopening
 * the step (or a step before it) sets the record aside: the row stays, with `setAsideAt`, and
 * the next completion writes a new one. Step rows are per cycle, so each cycle has its own.
 */
@Entity('gate_record')
@Index('UQ_gate_record_in_force', ['programmeStepId'], { unique: true, where: '"set_aside_at" IS NULL' })
@Index('IDX_gate_record_programme', ['programmeId', 'cycle'])
export class GateRecordEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ name: 'programme_step_id', type: 'uuid' })
  programmeStepId: string;

  @ManyToOne(() => ProgrammeStepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_step_id', foreignKeyConstraintName: 'FK_gate_record_programme_step' })
  programmeStep?: Relation<ProgrammeStepEntity>;

  @Column({ type: 'integer' })
  cycle: number;

  @Column({ type: 'varchar', length: 16 })
  step: Step;

  @Column({ name: 'passed_at', type: 'timestamptz' })
  passedAt: Date;

  /** The member who passed the gate; null for an API key (history names the key). */
  @Column({ name: 'passed_by', type: 'uuid', nullable: true })
  passedBy: string | null;

  @Column({ name: 'passed_by_override', type: 'boolean' })
  passedByOverride: boolean;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  /** Each checklist item's verdict at the time, by checklist item id. */
  @Column({ type: 'jsonb' })
  verdicts: Record<string, RecordedVerdict>;

  /** When a reopen set this record aside; null while it is the step's record in force. */
  @Column({ name: 'set_aside_at', type: 'timestamptz', nullable: true })
  setAsideAt: Date | null;
}
