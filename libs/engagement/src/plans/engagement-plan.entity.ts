import { PilotEntity } from '@app/pilots';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn, VersionColumn } from 'typeorm';

/** How a pilot gives people reasons to take part and keep going (Market it); one per pilot. */
@Entity('engagement_plan')
@Index('UQ_engagement_plan_pilot', ['pilotId'], { unique: true })
export class EngagementPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @OneToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_engagement_plan_pilot' })
  pilot?: Relation<PilotEntity>;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
