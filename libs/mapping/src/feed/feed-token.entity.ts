import { OrganisationEntity } from '@app/identity';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';

/** The organisation's feed token (hashed): it opens the public, read-only feed of published records. */
@Entity('feed_token')
@Index('UQ_feed_token_hash', ['tokenHash'], { unique: true })
export class FeedTokenEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_feed_token_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'rotated_at', type: 'timestamptz' })
  rotatedAt: Date;
}
