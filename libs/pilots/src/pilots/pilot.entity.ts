import { ProgrammeEntity } from '@app/programmes';
import type { PilotDecision, PilotStatus } from '@app/workflow';
import { EditableTenantRecord } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** A small trial in a priority area (Focus it), with its own lifecycle (libs/workflow/pilot-lifecycle). */
@Entity('pilot')
@Index('IDX_pilot_programme', ['programmeId', 'status'])
@Index('IDX_pilot_organisation', ['organisationId', 'status'])
@Check('CHK_pilot_status', `"status" IN ('PROPOSED', 'APPROVED', 'RUNNING', 'EVALUATING', 'SCALE', 'STOP', 'REJECTED')`)
@Check('CHK_pilot_decision', `"last_decision" IS NULL OR "last_decision" IN ('SCALE', 'ADAPT', 'STOP')`)
@Check('CHK_pilot_dates', `"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"`)
@Check('CHK_pilot_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('CHK_pilot_target_participants', `"target_participants" IS NULL OR "target_participants" >= 0`)
export class PilotEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_pilot_programme' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ name: 'priority_area_id', type: 'uuid', nullable: true })
  priorityAreaId: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  hypothesis: string;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** In minor units of `currency` (exact money). */
  @Column({ name: 'budget_minor', type: 'bigint', nullable: true })
  budgetMinor: string | null;

  /** One currency per pilot; its financial lines must use it. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Recorded by hand until participants are enrolled. */
  @Column({ name: 'participants_reached', type: 'integer', nullable: true })
  participantsReached: number | null;

  /** How many people the pilot means to reach: the measure of a small start, set before it runs. */
  @Column({ name: 'target_participants', type: 'integer', nullable: true })
  targetParticipants: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: PilotStatus;

  /** 1, then one more each time an ADAPT decision returns the pilot to APPROVED. */
  @Column({ type: 'integer', default: 1 })
  iteration: number;

  @Column({ name: 'last_decision', type: 'varchar', length: 8, nullable: true })
  lastDecision: PilotDecision | null;

  @Column({ name: 'last_reason', type: 'text', nullable: true })
  lastReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
