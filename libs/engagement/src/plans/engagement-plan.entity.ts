import { EditableTenantRecord } from '@app/database';
import { PilotEntity } from '@app/pilots';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** How a pilot gives people reasons to take part and keep going (Market it); one per pilot. */
@Entity('engagement_plan')
@Index('UQ_engagement_plan_pilot', ['pilotId'], { unique: true })
export class EngagementPlanEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @OneToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_engagement_plan_pilot' })
  pilot?: Relation<PilotEntity>;
}
