import type { WorkflowTemplateSpec } from '@app/workflow';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrganisationEntity } from '@app/identity';

/**
 * An organisation's own copy of the workflow template. The items and task suggestions are
 * one validated document (`validateTemplate` in libs/workflow), edited as a whole, so that
 * adding, editing, dropping and reordering are one checked change.
 */
@Entity('workflow_template')
@Index('IDX_workflow_template_organisation', ['organisationId'])
export class WorkflowTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

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

  /** Optimistic concurrency for edits. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
