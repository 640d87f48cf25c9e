import { OrganisationEntity } from '@app/identity';
import { EditableTenantRecord } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { type CoproductionForm, FORMS_CHECK } from '../forms';
import { ServiceAreaEntity } from '../service-areas/service-area.entity';

export enum InitiativeStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

export enum Participation {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
  BOTH = 'BOTH',
}

export enum Motivation {
  VOLUNTARY = 'VOLUNTARY',
  COMPLIANCE = 'COMPLIANCE',
}

/** An existing coproduction activity found while mapping (Map it). */
@Entity('initiative')
@Index('IDX_initiative_organisation_area', ['organisationId', 'serviceAreaId'])
@Index('IDX_initiative_programme', ['programmeId'])
@Index('IDX_initiative_published', ['organisationId', 'published'])
@Index('UQ_initiative_external_ref', ['organisationId', 'externalRef'], { unique: true, where: '"external_ref" IS NOT NULL' })
@Check('CHK_initiative_forms', FORMS_CHECK)
@Check('CHK_initiative_status', `"status" IN ('PLANNED', 'ACTIVE', 'ENDED')`)
@Check('CHK_initiative_participation', `"participation" IN ('INDIVIDUAL', 'COLLECTIVE', 'BOTH')`)
@Check('CHK_initiative_motivation', `"motivation" IN ('VOLUNTARY', 'COMPLIANCE')`)
@Check('CHK_initiative_people', `"people_involved" IS NULL OR "people_involved" >= 0`)
export class InitiativeEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_initiative_organisation' })
  organisation?: Relation<OrganisationEntity>;

  /** The programme whose mapping found it, if any (the map can be read per programme). */
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'service_area_id', type: 'uuid' })
  serviceAreaId: string;

  @ManyToOne(() => ServiceAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area_id', foreignKeyConstraintName: 'FK_initiative_service_area' })
  serviceArea?: Relation<ServiceAreaEntity>;

  /** Forms and sub-forms as text (arrays of enums fail on PGlite), kept to known values by a CHECK. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  forms: CoproductionForm[];

  @Column({ type: 'varchar', length: 16 })
  participation: Participation;

  @Column({ type: 'varchar', length: 16 })
  motivation: Motivation;

  @Column({ name: 'people_involved', type: 'integer', nullable: true })
  peopleInvolved: number | null;

  /** What the public body puts in; empty means self-organisation, which the map does not count as coproduction. */
  @Column({ name: 'public_body_input', type: 'text', default: '' })
  publicBodyInput: string;

  @Column({ type: 'varchar', length: 16 })
  status: InitiativeStatus;

  /** How to reach the initiative (shown to members, never in the public feed). */
  @Column({ type: 'varchar', length: 300, default: '' })
  contact: string;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  /** A stable key from a spreadsheet, so that importing the same rows again updates rather than duplicates. */
  @Column({ name: 'external_ref', type: 'varchar', length: 100, nullable: true })
  externalRef: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
