import { OrganisationEntity } from '@app/identity';
import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** The organisation's own list of skills, used to describe participants and what pilots need. */
@Entity('skill')
@Index('UQ_skill_name', ['organisationId', 'nameKey'], { unique: true })
export class SkillEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_skill_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'name_key', type: 'varchar', length: 100 })
  nameKey: string;
}
