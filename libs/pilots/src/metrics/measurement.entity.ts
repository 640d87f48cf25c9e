import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PilotMetricEntity } from './pilot-metric.entity';

/** A dated value of a pilot metric. */
@Entity('measurement')
@Index('IDX_measurement_metric_date', ['metricId', 'measuredOn'])
export class MeasurementEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'metric_id', type: 'uuid' })
  metricId: string;

  @ManyToOne(() => PilotMetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'FK_measurement_metric' })
  metric?: Relation<PilotMetricEntity>;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Column({ type: 'numeric' })
  value: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}
