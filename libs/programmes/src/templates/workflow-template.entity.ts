import { EditableTenantRecord } from '@app/database';
import type { WorkflowTemplateSpec } from '@app/workflow';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '@app/identity';

/**
 * An organisation's own copy of the workflow template. The items and task suggestions are
 * one validated document (`validateTemplate` in libs/workflow), edited as a whole, so that
 * adding, editing, dropping and reordering are one checked change.
 */
@Entity('workflow_template')
@Index('IDX_workflow_template_organisation', ['organisationId'])
export class WorkflowTemplateEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_workflow_template_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The template's content version: programmes record which one they started with. */
  @Column({ name: 'template_version', type: 'integer' })
  templateVersion: number;

  @Column({ type: 'jsonb' })
  spec: WorkflowTemplateSpec;
}
