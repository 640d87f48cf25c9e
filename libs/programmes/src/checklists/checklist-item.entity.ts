import { OrganisationOwned } from '@app/database';
import type { ChecklistKind, RuleId, Step } from '@app/workflow';
import { Check, Column, JoinColumn, ManyToOne, type Relation, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeStepEntity } from '../programmes/programme-step.entity';

/** A checklist item of one programme step (per cycle), copied from the programme's template. */
@Entity('checklist_item')
@Index('UQ_checklist_item_step_key', ['programmeStepId', 'key'], { unique: true })
@Index('IDX_checklist_item_programme', ['programmeId', 'cycle'])
@Check('CHK_checklist_item_kind', `"kind" IN ('MANUAL', 'EVIDENCED')`)
export class ChecklistItemEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ name: 'programme_step_id', type: 'uuid' })
  programmeStepId: string;

  @ManyToOne(() => ProgrammeStepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_step_id', foreignKeyConstraintName: 'FK_checklist_item_programme_step' })
  programmeStep?: Relation<ProgrammeStepEntity>;

  @Column({ type: 'integer' })
  cycle: number;

  @Column({ type: 'varchar', length: 16 })
  step: Step;

  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  guidance: string;

  @Column({ type: 'boolean' })
  required: boolean;

  @Column({ type: 'varchar', length: 16 })
  kind: ChecklistKind;

  @Column({ type: 'varchar', length: 64, nullable: true })
  rule: RuleId | null;

  @Column({ type: 'varchar', length: 200 })
  source: string;

  @Column({ name: 'ticked_at', type: 'timestamptz', nullable: true })
  tickedAt: Date | null;

  @Column({ name: 'ticked_by', type: 'uuid', nullable: true })
  tickedBy: string | null;

  @Column({ name: 'evidence_text', type: 'text', nullable: true })
  evidenceText: string | null;

  @Column({ name: 'evidence_url', type: 'varchar', length: 2000, nullable: true })
  evidenceUrl: string | null;
}
