import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A person as an identity provider knows them, bound to their coprod account by the provider's
 * issuer and subject (never by e-mail), in the organisation whose provider it is. The same
 * (issuer, subject) names the same person wherever it is bound.
 */
@Entity('external_identity')
@Index('UQ_external_identity_subject', ['organisationId', 'issuer', 'subject'], { unique: true })
@Index('IDX_external_identity_lookup', ['issuer', 'subject'])
@Index('IDX_external_identity_user', ['userId'])
export class ExternalIdentityEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_external_identity_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_external_identity_user' })
  user?: Relation<UserEntity>;

  @Column({ name: 'last_signed_in_at', type: 'timestamptz' })
  lastSignedInAt: Date;
}
