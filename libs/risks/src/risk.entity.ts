import { EditableTenantRecord } from '@app/database';
import type { RiskKind, RiskStatus } from '@app/workflow';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A risk to a programme: what could go wrong, how likely and how bad, who watches it and what is done about it. */
@Entity('programme_risk')
@ForeignKey('programme', ['organisationId', 'programmeId'], ['organisationId', 'id'], {
  name: 'FK_programme_risk_programme',
  onDelete: 'CASCADE',
})
@Index('IDX_programme_risk_programme', ['organisationId', 'programmeId'])
@Check(
  'CHK_programme_risk_kind',
  `"kind" IN ('DELIVERY', 'FINANCIAL', 'PARTICIPATION', 'SAFEGUARDING', 'LEGAL', 'REPUTATION', 'CONFLICT', 'OTHER')`,
)
@Check('CHK_programme_risk_status', `"status" IN ('OPEN', 'MITIGATING', 'CLOSED')`)
@Check('CHK_programme_risk_likelihood', `"likelihood" BETWEEN 1 AND 5`)
@Check('CHK_programme_risk_impact', `"impact" BETWEEN 1 AND 5`)
export class RiskEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_programme_risk' })
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: RiskKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'smallint' })
  likelihood: number;

  @Column({ type: 'smallint' })
  impact: number;

  /** Who watches the risk: a role or team, in the organisation's words. */
  @Column({ type: 'varchar', length: 200, default: '' })
  owner: string;

  @Column({ type: 'text', default: '' })
  mitigation: string;

  /** The mitigation penalises participants: allowed, and always shown with a warning. */
  @Column({ type: 'boolean', default: false })
  sanction: boolean;

  @Column({ type: 'varchar', length: 16, default: 'OPEN' })
  status: RiskStatus;
}
