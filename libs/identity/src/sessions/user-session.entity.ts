import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A browser's session (its cookie carries the secret), or the session a bearer token names (`sid`). */
export type SessionKind = 'COOKIE' | 'TOKEN';

/**
 * A person's signed-in session, held by the server so that it can be ended: signing out
 * deletes it, and a changed or reset password deletes the person's others. It belongs to a
 * person, not an organisation, so it stands outside the tenancy wall (as app_user does) and is
 * read with the person's memberships on the AUTHENTICATE path. Only a hash of a cookie's secret
 * is kept.
 */
@Entity('user_session')
@Index('UQ_user_session_secret_hash', ['secretHash'], { unique: true })
@Index('IDX_user_session_user', ['userId'])
@Index('IDX_user_session_expires', ['expiresAt'])
@Check('CHK_user_session_kind', `"kind" IN ('COOKIE', 'TOKEN') AND ("secret_hash" IS NOT NULL) = ("kind" = 'COOKIE')`)
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: SessionKind;

  /** sha256 of the cookie's secret; null for a token's session (the signed token names it). */
  @Column({ name: 'secret_hash', type: 'char', length: 64, nullable: true })
  secretHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** A cookie's session ends after SESSION_IDLE_MINUTES without use; moved on at most once a minute. */
  @Column({ name: 'last_used_at', type: 'timestamptz', default: () => 'now()' })
  lastUsedAt: Date;

  /**
   * The organisation whose identity provider signed this session in (single sign-on); null for a
   * password's. An organisation that turns passwords off lets in only sessions it signed in.
   */
  @Column({ name: 'oidc_organisation_id', type: 'uuid', nullable: true })
  oidcOrganisationId: string | null;

  /** The absolute end, however busy the session. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
