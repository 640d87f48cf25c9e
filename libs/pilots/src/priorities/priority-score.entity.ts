import { OrganisationOwned } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { PriorityAreaEntity } from './priority-area.entity';

/** One member's 1–5 scores for a priority area; scoring again replaces them. */
@Entity('priority_score')
@Index('UQ_priority_score_member', ['priorityAreaId', 'userId'], { unique: true })
@Check(
  'CHK_priority_score_range',
  `"need" BETWEEN 1 AND 5 AND "feasibility" BETWEEN 1 AND 5 AND "appetite" BETWEEN 1 AND 5 AND "impact" BETWEEN 1 AND 5`,
)
export class PriorityScoreEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'priority_area_id', type: 'uuid' })
  priorityAreaId: string;

  @ManyToOne(() => PriorityAreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'priority_area_id', foreignKeyConstraintName: 'FK_priority_score_area' })
  priorityArea?: Relation<PriorityAreaEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'smallint' })
  need: number;

  @Column({ type: 'smallint' })
  feasibility: number;

  /** Citizens' appetite for taking part. */
  @Column({ type: 'smallint' })
  appetite: number;

  @Column({ type: 'smallint' })
  impact: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
