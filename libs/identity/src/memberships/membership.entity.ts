import { TenantRecord } from '@app/database';
import { Role } from '@app/common';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

export const ROLE_CHECK = `IN ('ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER')`;

@Entity('membership')
@Index('UQ_membership_organisation_user', ['organisationId', 'userId'], { unique: true })
@Index('IDX_membership_user', ['userId'])
@Check('CHK_membership_role', `"role" ${ROLE_CHECK}`)
export class MembershipEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_membership_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_membership_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 32 })
  role: Role;
}
