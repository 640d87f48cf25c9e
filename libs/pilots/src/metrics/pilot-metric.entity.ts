import { TenantRecord } from '@app/database';
import type { BeneficiaryGroup } from '@app/workflow';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { PilotEntity } from '../pilots/pilot.entity';

/** An outcome a pilot tracks: unit, which direction is better, baseline and target. */
@Entity('pilot_metric')
@Index('IDX_pilot_metric_pilot', ['pilotId'])
@Check(
  'CHK_pilot_metric_beneficiary_group',
  `"beneficiary_group" IN ('SERVICE_USERS', 'CITIZENS', 'FRONTLINE_STAFF', 'MANAGERS', 'POLITICIANS')`,
)
@Check('CHK_pilot_metric_direction', `"direction" IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')`)
export class PilotMetricEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_pilot_metric_pilot' })
  pilot?: Relation<PilotEntity>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 50 })
  unit: string;

  @Column({ type: 'varchar', length: 20 })
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

  @Column({ type: 'numeric', nullable: true })
  baseline: string | null;

  @Column({ type: 'numeric', nullable: true })
  target: string | null;

  /** Whose gain the metric tracks (libs/workflow benefits.ts). */
  @Column({ name: 'beneficiary_group', type: 'varchar', length: 20 })
  beneficiaryGroup: BeneficiaryGroup;

  @VersionColumn()
  version: number;
}
