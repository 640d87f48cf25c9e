import { EditableTenantRecord } from '@app/database';
import type { Step } from '@app/workflow';
import { Check, Column, JoinColumn, ManyToOne, type Relation, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { STEP_CHECK } from '../programmes/programme.entity';

export enum TaskStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
}

export enum TaskPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

@Entity('task')
@Index('IDX_task_organisation_updated', ['organisationId', 'updatedAt'])
@Index('IDX_task_organisation_assignee', ['organisationId', 'assigneeId', 'status'])
@Index('IDX_task_organisation_due', ['organisationId', 'dueDate'])
@Index('IDX_task_workshop', ['workshopId'])
// With included columns, partial, on an expression: made by migrations 1796440000050 (IDX_task_programme_step:
// programme, cycle, step, organisation, with status and due date) and 1796420000090, left alone by TypeORM.
@Index('IDX_task_programme_step', { synchronize: false })
@Index('IDX_task_open_due', { synchronize: false })
@Index('IDX_task_open_assignee_due', { synchronize: false })
@Check('CHK_task_step', `"step" ${STEP_CHECK}`)
@Check('CHK_task_status', `"status" IN ('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')`)
@Check('CHK_task_priority', `"priority" IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')`)
export class TaskEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_task_programme' })
  programme?: Relation<ProgrammeEntity>;

  /** The programme cycle the task belongs to; a step's gate counts only its own cycle's tasks. */
  @Column({ type: 'integer' })
  cycle: number;

  @Column({ type: 'varchar', length: 16 })
  step: Step;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  @Column({ type: 'varchar', length: 16 })
  priority: TaskPriority;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The workshop it came out of, if any: a reference only (libs/workshops owns that table, and a higher layer's entity is not ours to name). */
  @Column({ name: 'workshop_id', type: 'uuid', nullable: true })
  workshopId: string | null;
}
