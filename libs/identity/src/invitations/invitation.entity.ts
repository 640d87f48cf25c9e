import { TenantRecord } from '@app/database';
import { Role } from '@app/common';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ROLE_CHECK } from '../memberships/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A one-time link to join an organisation; only the token's hash is kept. */
@Entity('invitation')
@Index('UQ_invitation_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_invitation_organisation', ['organisationId'])
@Check('CHK_invitation_role', `"role" ${ROLE_CHECK}`)
export class InvitationEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_invitation_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Attempts to accept it as someone it was not sent to; after a few it can no longer be accepted. */
  @Column({ name: 'failed_attempts', type: 'integer', default: 0 })
  failedAttempts: number;
}
