import { OrganisationOwned } from '@app/database';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * The link to a programme's "you said, we did" page (only its sha256): whoever holds it sees the
 * decisions the programme published. Revoking it deletes the row.
 */
@Entity('programme_outcome_page')
@Index('UQ_programme_outcome_page_token', ['tokenHash'], { unique: true })
@Index('IDX_programme_outcome_page_organisation', ['organisationId'])
@ForeignKey('programme', ['organisationId', 'programmeId'], ['organisationId', 'id'], {
  name: 'FK_programme_outcome_page_programme',
  onDelete: 'CASCADE',
})
export class OutcomePageEntity extends OrganisationOwned {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid', primaryKeyConstraintName: 'PK_programme_outcome_page' })
  programmeId: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;
}
