import { ProgrammeEntity } from '@app/programmes';
import { EditableTenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** A service area proposed for coproduction first (Focus it), scored by the room. */
@Entity('priority_area')
@Index('IDX_priority_area_programme', ['programmeId'])
@Index('IDX_priority_area_organisation', ['organisationId'])
export class PriorityAreaEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_priority_area_programme' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ name: 'service_area_id', type: 'uuid' })
  serviceAreaId: string;

  @Column({ type: 'text', default: '' })
  rationale: string;

  /** Chosen for piloting. */
  @Column({ type: 'boolean', default: false })
  selected: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
