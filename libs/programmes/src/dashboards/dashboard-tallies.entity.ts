import type { ProgrammeStatus, Step } from '@app/workflow';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/*
 * The organisation dashboard's counts, kept by triggers on `programme` and `task` as they change
 * (migration 1796450000030, which says how) and read by dashboards.queries.ts. The server never
 * writes them; these entities describe the tables for the schema check and say who owns them.
 */

/** Programmes by organisation, current step and status. */
@Entity('programme_tally')
@ForeignKey('organisation', ['organisationId'], ['id'], { name: 'FK_programme_tally_organisation', onDelete: 'CASCADE' })
export class ProgrammeTallyEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'PK_programme_tally' })
  organisationId: string;

  @PrimaryColumn({ name: 'current_step', type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_programme_tally' })
  currentStep: Step;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_programme_tally' })
  status: ProgrammeStatus;

  @Column({ type: 'integer' })
  programmes: number;
}

/** Open tasks of running programmes by organisation, assignee (the nil id for nobody) and due date (`infinity` for none). */
@Entity('open_task_tally')
@ForeignKey('organisation', ['organisationId'], ['id'], { name: 'FK_open_task_tally_organisation', onDelete: 'CASCADE' })
export class OpenTaskTallyEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'PK_open_task_tally' })
  organisationId: string;

  @PrimaryColumn({ name: 'assignee_id', type: 'uuid', primaryKeyConstraintName: 'PK_open_task_tally' })
  assigneeId: string;

  @PrimaryColumn({ name: 'due_date', type: 'date', primaryKeyConstraintName: 'PK_open_task_tally' })
  dueDate: string;

  @Column({ type: 'integer' })
  tasks: number;
}
