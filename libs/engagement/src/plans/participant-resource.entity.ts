import { TenantRecord } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EngagementPlanEntity } from './engagement-plan.entity';

/** What the body gives participants so that they can take part (Jakobsen 2012). */
@Entity('participant_resource')
@Index('IDX_participant_resource_plan', ['planId'])
@Check('CHK_participant_resource_kind', `"kind" IN ('SKILLS_AND_KNOWLEDGE', 'TOOLS_AND_FACILITIES', 'TIME')`)
export class ParticipantResourceEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => EngagementPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_participant_resource_plan' })
  plan?: Relation<EngagementPlanEntity>;

  @Column({ type: 'varchar', length: 24 })
  kind: 'SKILLS_AND_KNOWLEDGE' | 'TOOLS_AND_FACILITIES' | 'TIME';

  @Column({ type: 'text' })
  description: string;
}
