import { EditableTenantRecord } from '@app/database';
import type { ProgrammeStatus, Step, WorkflowTemplateSpec } from '@app/workflow';
import { Check, Column, JoinColumn, ManyToOne, type Relation, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganisationEntity } from '@app/identity';

export const STEP_CHECK = `IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')`;

@Entity('programme')
@Index('IDX_programme_organisation', ['organisationId', 'status'])
// On an expression (the dashboard's order of programmes): made by migration 1796450000031, left alone by TypeORM.
@Index('IDX_programme_listing', { synchronize: false })
// Lets other tables name a programme with its organisation (e.g. history's event_sequence), so the pair must agree.
@Unique('UQ_programme_organisation_id', ['organisationId', 'id'])
@Check('CHK_programme_status', `"status" IN ('ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED')`)
@Check('CHK_programme_current_step', `"current_step" ${STEP_CHECK}`)
export class ProgrammeEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_programme_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ProgrammeStatus;

  @Column({ name: 'current_step', type: 'varchar', length: 16 })
  currentStep: Step;

  @Column({ type: 'integer', default: 1 })
  cycle: number;

  /** The organisation template it started from (null: the built-in default), and its content version. */
  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ name: 'template_version', type: 'integer' })
  templateVersion: number;

  /** The template as it was when the programme started: later cycles take their checklists from it. */
  @Column({ name: 'template_snapshot', type: 'jsonb' })
  templateSnapshot: WorkflowTemplateSpec;

  /**
   * Not a column: history numbers the events (HistoryService.lastSequences). Set by
   * ProgrammesService.record to the event a mutation just wrote, so its answer names that one.
   */
  lastEventSequence?: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
