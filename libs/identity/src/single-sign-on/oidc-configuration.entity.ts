import { EditableTenantRecord } from '@app/database';
import type { Role } from '@app/common';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** One value of the identity provider's claim and the role a person holding it gets. */
export interface RoleMappingRow {
  claimValue: string;
  role: Role;
}

/**
 * An organisation's single sign-on with its own OpenID Connect provider (one per organisation):
 * where the provider is, the client coprod signs in as, which claim carries people's groups and
 * the role each value gives, and whether passwords still count there. The client secret is kept
 * sealed (client-secret-box.ts) and never answered. `slug` is the short name people type on the
 * sign-in page, unique across organisations since it is looked up before anyone is known.
 */
@Entity('oidc_configuration')
@Index('UQ_oidc_configuration_organisation', ['organisationId'], { unique: true })
@Index('UQ_oidc_configuration_slug', ['slug'], { unique: true })
@Index('IDX_oidc_configuration_issuer', ['issuer'])
export class OidcConfigurationEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_oidc_configuration_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 63 })
  slug: string;

  /** Whether people may sign in this way (the configuration can be kept while it is off). */
  @Column({ type: 'boolean', default: false })
  enabled: boolean;

  /** Exactly as the provider's discovery document and its tokens' `iss` say it. */
  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ name: 'client_id', type: 'varchar', length: 200 })
  clientId: string;

  /** The client secret sealed with a key derived from JWT_SECRET; null for a public client. */
  @Column({ name: 'client_secret_sealed', type: 'text', nullable: true })
  clientSecretSealed: string | null;

  /** The `aud` the provider's access tokens carry for coprod's API, besides the client id (ID tokens). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  audience: string | null;

  @Column({ name: 'role_claim', type: 'varchar', length: 100 })
  roleClaim: string;

  @Column({ name: 'role_mapping', type: 'jsonb' })
  roleMapping: RoleMappingRow[];

  @Column({ name: 'create_members_on_first_sign_in', type: 'boolean', default: false })
  createMembersOnFirstSignIn: boolean;

  @Column({ name: 'password_sign_in_allowed', type: 'boolean', default: true })
  passwordSignInAllowed: boolean;
}
