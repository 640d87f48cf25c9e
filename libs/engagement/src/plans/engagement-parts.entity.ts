import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EngagementPlanEntity } from './engagement-plan.entity';

/** An incentive by kind (Alford 2009); SANCTION is allowed but warned against. */
@Entity('incentive')
@Index('IDX_incentive_plan', ['planId'])
@Check('CHK_incentive_kind', `"kind" IN ('INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL', 'SANCTION')`)
export class IncentiveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => EngagementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_incentive_plan' })
  plan?: Relation<EngagementPlanEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: 'INTRINSIC' | 'SOCIAL' | 'NORMATIVE' | 'MATERIAL' | 'SANCTION';

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  audience: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * What citizens can expect and the rules of engagement, as numbered versions; a version once
 * published is what the organisation's feed shows (the newest published one).
 */
@Entity('engagement_terms')
@Index('UQ_engagement_terms_version', ['planId', 'versionNumber'], { unique: true })
export class EngagementTermsEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A communication action: channel, audience, message, dates, done or not. */
@Entity('communication_action')
@Index('IDX_communication_action_plan', ['planId'])
export class CommunicationActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => EngagementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_communication_action_plan' })
  plan?: Relation<EngagementPlanEntity>;

  @Column({ type: 'varchar', length: 100 })
  channel: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  audience: string;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** What the body gives participants so that they can take part (Jakobsen 2012). */
@Entity('participant_resource')
@Index('IDX_participant_resource_plan', ['planId'])
@Check('CHK_participant_resource_kind', `"kind" IN ('SKILLS_AND_KNOWLEDGE', 'TOOLS_AND_FACILITIES', 'TIME')`)
export class ParticipantResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => EngagementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_participant_resource_plan' })
  plan?: Relation<EngagementPlanEntity>;

  @Column({ type: 'varchar', length: 24 })
  kind: 'SKILLS_AND_KNOWLEDGE' | 'TOOLS_AND_FACILITIES' | 'TIME';

  @Column({ type: 'text' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
