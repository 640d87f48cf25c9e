import { UserEntity } from '@app/identity';
import type { Step } from '@app/workflow';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A section of a personal workshop template. */
export interface TemplateSection {
  title: string;
  minutes: number;
  checklistKeys: string[];
}

/**
 * A workshop template a person (usually a consultant) keeps for themselves and reuses in every
 * organisation they serve. It belongs to its owner, not to an organisation, and holds nothing of
 * any organisation's: a title, a step and agenda sections. Behind the tenancy wall it is reached
 * only on the WORKSHOP_TEMPLATES path, always with its owner's id.
 */
@Entity('workshop_template')
@Index('IDX_workshop_template_owner', ['ownerUserId', 'updatedAt'])
@Check('CHK_workshop_template_step', `"step" IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')`)
export class WorkshopTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_user_id', type: 'uuid' })
  ownerUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'FK_workshop_template_owner' })
  owner?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  step: Step;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  sections: TemplateSection[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
