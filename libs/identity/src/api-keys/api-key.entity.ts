import { TenantRecord } from '@app/database';
import { Role } from '@app/common';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ROLE_CHECK } from '../memberships/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** An organisation's credential for an integration; the secret is shown once and kept hashed. */
@Entity('api_key')
@Index('UQ_api_key_secret_hash', ['secretHash'], { unique: true })
@Index('IDX_api_key_organisation', ['organisationId'])
@Index('IDX_api_key_parent', ['parentKeyId'])
@Check('CHK_api_key_role', `"role" ${ROLE_CHECK}`)
export class ApiKeyEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_api_key_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** The first characters of the key, shown in lists so people can tell keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** The key that created this one, if a key did: revoking it revokes this one too. */
  @Column({ name: 'parent_key_id', type: 'uuid', nullable: true })
  parentKeyId: string | null;

  @ManyToOne(() => ApiKeyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_key_id', foreignKeyConstraintName: 'FK_api_key_parent' })
  parentKey?: Relation<ApiKeyEntity>;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
