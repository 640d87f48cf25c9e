import { TenantRecord } from '@app/database';
import type { BeneficiaryGroup } from '@app/workflow';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PilotEntity } from '../pilots/pilot.entity';

/** A dated cost, saving or wider benefit of a pilot, in exact minor units of the pilot's currency. */
@Entity('pilot_financial')
@Index('IDX_pilot_financial_pilot', ['pilotId'])
@Check(
  'CHK_pilot_financial_beneficiary_group',
  `"beneficiary_group" IN ('SERVICE_USERS', 'CITIZENS', 'FRONTLINE_STAFF', 'MANAGERS', 'POLITICIANS')`,
)
@Check('CHK_pilot_financial_kind', `"kind" IN ('COST', 'SAVING', 'WIDER_BENEFIT')`)
@Check('CHK_pilot_financial_amount', `"amount_minor" >= 0`)
@Check('CHK_pilot_financial_currency', `"currency" ~ '^[A-Z]{3}$'`)
export class PilotFinancialEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_pilot_financial_pilot' })
  pilot?: Relation<PilotEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: 'COST' | 'SAVING' | 'WIDER_BENEFIT';

  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  description: string;

  /** Who the cost is spent on, or who gains the saving or benefit (libs/workflow benefits.ts). */
  @Column({ name: 'beneficiary_group', type: 'varchar', length: 20 })
  beneficiaryGroup: BeneficiaryGroup;
}
