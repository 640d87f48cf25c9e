import { EditableTenantRecord } from '@app/database';
import { PilotEntity } from '@app/pilots';
import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** How a pilot decided SCALE grows (Grow it): mechanism, where, for how many, with transparency. */
@Entity('scaling_plan')
@Index('UQ_scaling_plan_pilot', ['pilotId'], { unique: true })
@Check('CHK_scaling_plan_mechanism', `"mechanism" IN ('REPLICATE', 'EMBED_IN_COMMISSIONING', 'WIDEN_ELIGIBILITY', 'OTHER')`)
@Check('CHK_scaling_plan_reach', `"expected_reach" IS NULL OR "expected_reach" >= 0`)
@Check(
  'CHK_scaling_plan_cost',
  `("cost_minor" IS NULL AND "cost_currency" IS NULL) OR ("cost_minor" >= 0 AND "cost_currency" ~ '^[A-Z]{3}$')`,
)
export class ScalingPlanEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @OneToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_scaling_plan_pilot' })
  pilot?: Relation<PilotEntity>;

  @Column({ type: 'varchar', length: 32 })
  mechanism: 'REPLICATE' | 'EMBED_IN_COMMISSIONING' | 'WIDEN_ELIGIBILITY' | 'OTHER';

  @Column({ name: 'mechanism_note', type: 'text', default: '' })
  mechanismNote: string;

  @Column({ name: 'target_service_area_ids', type: 'uuid', array: true, default: () => `'{}'` })
  targetServiceAreaIds: string[];

  @Column({ name: 'expected_reach', type: 'integer', nullable: true })
  expectedReach: number | null;

  @Column({ name: 'transparency_measures', type: 'text', default: '' })
  transparencyMeasures: string;

  /** What it costs, in exact minor units of `costCurrency` (the organisation's); null while not known. */
  @Column({ name: 'cost_minor', type: 'bigint', nullable: true })
  costMinor: string | null;

  @Column({ name: 'cost_currency', type: 'char', length: 3, nullable: true })
  costCurrency: string | null;
}
