import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EngagementPlanEntity } from './engagement-plan.entity';

/**
 * What citizens can expect and the rules of engagement, as numbered versions; a version once
 * published is what the organisation's feed shows (the newest published one).
 */
@Entity('engagement_terms')
@Index('UQ_engagement_terms_version', ['planId', 'versionNumber'], { unique: true })
export class EngagementTermsEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => EngagementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_engagement_terms_plan' })
  plan?: Relation<EngagementPlanEntity>;

  @Column({ name: 'version_number', type: 'integer' })
  versionNumber: number;

  @Column({ type: 'text' })
  expectations: string;

  @Column({ name: 'rules_of_engagement', type: 'text' })
  rulesOfEngagement: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
