import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EngagementPlanEntity } from './engagement-plan.entity';

/** A communication action: channel, audience, message, dates, done or not. */
@Entity('communication_action')
@Index('IDX_communication_action_plan', ['planId'])
export class CommunicationActionEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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
}
