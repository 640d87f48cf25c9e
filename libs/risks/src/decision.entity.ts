import { EditableTenantRecord } from '@app/database';
import type { Decider, DecisionSource } from '@app/workflow';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A decision taken in a programme, with its reason, who took it (a body) and when, linked to
 * what it answers: a disagreement it arbitrated, or a workshop output, survey or initiative.
 * Published ones make the programme's "you said, we did" page.
 */
@Entity('programme_decision')
@ForeignKey('programme', ['organisationId', 'programmeId'], ['organisationId', 'id'], {
  name: 'FK_programme_decision_programme',
  onDelete: 'CASCADE',
})
@Index('IDX_programme_decision_programme', ['organisationId', 'programmeId', 'decidedOn'])
@Index('IDX_programme_decision_source', ['organisationId', 'sourceKind', 'sourceId'])
@Check('CHK_programme_decision_source', `"source_kind" IN ('DISAGREEMENT', 'WORKSHOP_OUTPUT', 'SURVEY', 'INITIATIVE')`)
@Check(
  'CHK_programme_decision_decided_by',
  `"decided_by" IN ('POLITICIANS', 'PROGRAMME_BOARD', 'SERVICE_MANAGERS', 'PARTICIPANTS', 'OTHER')`,
)
export class DecisionEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_programme_decision' })
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ name: 'source_kind', type: 'varchar', length: 24 })
  sourceKind: DecisionSource;

  /** The disagreement, workshop output, survey or initiative (owned by its library, so no foreign key). */
  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @Column({ type: 'text' })
  decision: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'decided_by', type: 'varchar', length: 24 })
  decidedBy: Decider;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  /** What changed because of it, once known. */
  @Column({ type: 'text', default: '' })
  result: string;

  /** The decision penalises participants: allowed, and never shown without saying so. */
  @Column({ type: 'boolean', default: false })
  sanction: boolean;

  /** Shown on the programme's "you said, we did" page. */
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}
