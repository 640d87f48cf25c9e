import { TenantRecord } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EngagementPlanEntity } from './engagement-plan.entity';

/** An incentive by kind (Alford 2009); SANCTION is allowed but warned against. */
@Entity('incentive')
@Index('IDX_incentive_plan', ['planId'])
@Check('CHK_incentive_kind', `"kind" IN ('INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL', 'SANCTION')`)
export class IncentiveEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
}
