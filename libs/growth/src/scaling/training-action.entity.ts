import { TenantRecord } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ScalingPlanEntity } from './scaling-plan.entity';

/** Training for staff or for citizens, so both sides can coproduce at scale. */
@Entity('training_action')
@Index('IDX_training_action_plan', ['planId'])
@Check('CHK_training_action_audience', `"audience" IN ('STAFF', 'CITIZENS')`)
@Check('CHK_training_action_sessions', `"sessions" >= 0`)
@Check(
  'CHK_training_action_cost',
  `("cost_minor" IS NULL AND "cost_currency" IS NULL) OR ("cost_minor" >= 0 AND "cost_currency" ~ '^[A-Z]{3}$')`,
)
export class TrainingActionEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => ScalingPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_training_action_plan' })
  plan?: Relation<ScalingPlanEntity>;

  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ type: 'varchar', length: 16 })
  audience: 'STAFF' | 'CITIZENS';

  @Column({ type: 'integer', default: 1 })
  sessions: number;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  /** What it costs, in exact minor units of `costCurrency` (the organisation's); null while not known. */
  @Column({ name: 'cost_minor', type: 'bigint', nullable: true })
  costMinor: string | null;

  @Column({ name: 'cost_currency', type: 'char', length: 3, nullable: true })
  costCurrency: string | null;
}
