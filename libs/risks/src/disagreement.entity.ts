import { EditableTenantRecord } from '@app/database';
import type { Decider, DisagreementStatus } from '@app/workflow';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Groups that differ about something in a programme, and who is to decide between them. */
@Entity('programme_disagreement')
@ForeignKey('programme', ['organisationId', 'programmeId'], ['organisationId', 'id'], {
  name: 'FK_programme_disagreement_programme',
  onDelete: 'CASCADE',
})
@Index('IDX_programme_disagreement_programme', ['organisationId', 'programmeId'])
@Check('CHK_programme_disagreement_status', `"status" IN ('OPEN', 'ARBITRATED', 'SETTLED', 'WITHDRAWN')`)
@Check('CHK_programme_disagreement_decider', `"decider" IN ('POLITICIANS', 'PROGRAMME_BOARD', 'SERVICE_MANAGERS', 'PARTICIPANTS', 'OTHER')`)
export class DisagreementEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_programme_disagreement' })
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  /** The groups that differ (e.g. carers, day-centre staff), each named once. */
  @Column({ type: 'varchar', length: 200, array: true })
  groups: string[];

  /** What they differ about. */
  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'varchar', length: 24 })
  decider: Decider;

  @Column({ type: 'varchar', length: 16, default: 'OPEN' })
  status: DisagreementStatus;
}
