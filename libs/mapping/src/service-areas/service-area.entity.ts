import { OrganisationEntity } from '@app/identity';
import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';

/** The organisation's own list of service areas, seeded with defaults. */
@Entity('service_area')
@Index('UQ_service_area_name', ['organisationId', 'nameKey'], { unique: true })
export class ServiceAreaEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_service_area_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The name lower-cased and trimmed: "Health" and "health " are one area. */
  @Column({ name: 'name_key', type: 'varchar', length: 100 })
  nameKey: string;

  /** Areas the organisation works in now; the Map-it rule expects initiatives recorded for each. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @VersionColumn()
  version: number;
}
